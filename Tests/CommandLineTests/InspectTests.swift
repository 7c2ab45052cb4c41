import Foundation
import Testing

/// `inspect --json` prints every record exactly as Python's csv module reads it.
@Suite struct InspectTests {
    @Test func jsonRecordsMatchPythonsCSVModule() throws {
        // Spaces inside and around fields, quotes, commas and line breaks in quoted fields,
        // CRLF, a BOM, Chinese text, a blank line and no final newline.
        let text = "\u{FEFF}镇街, 名称 ,备注\r\n源泉镇,\" 东高村,一组 \",\"说\"\"好\"\"的\"\r\n\r\n 池上镇 ,\"上小峰\r\n新村\",\t末尾\t\r\n城东街道,,"
        let path = NSTemporaryDirectory() + "inspect-\(UUID().uuidString).csv"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }

        let ours = try ToolProcess.run(ToolProcess.executable, ["inspect", path, "--json"])
        #expect(ours.status == 0, "\(ours.stderr)")
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                for row in csv.reader(f):
                    if row: print(json.dumps(row, ensure_ascii=False))
            """
        let python = try ToolProcess.run("/usr/bin/env", ["python3", "-c", script, path])
        #expect(python.status == 0, "\(python.stderr)")
        func records(_ output: String) throws -> [[String]] {
            try output.split(separator: "\n").map { line in
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String]
            }
        }
        let mine = try records(ours.stdout)
        #expect(mine == (try records(python.stdout)))
        #expect(mine.count == 4)
        #expect(mine[1] == ["源泉镇", " 东高村,一组 ", "说\"好\"的"])
        #expect(mine[2] == [" 池上镇 ", "上小峰\r\n新村", "\t末尾\t"])
    }
}
