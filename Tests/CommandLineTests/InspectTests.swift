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

    /// Without --json the header's description comes first, then the records with the
    /// personal columns masked as in the reports; --unmasked shows them, --json never masks.
    @Test func headerFirstAndPersonalColumnsMasked() throws {
        let text = "登记编号,镇街,村居,户号,购买人,联系电话,煤炭品种,批号,购买数量(吨),购买单价(元),总金额(元),配送企业,配送人,配送日期\n"
            + "MJ-1,源泉镇,东高村,3703040101001,张三明,13812345678,洁净型煤,B-1,1.5,820,1230.00,鲁泰,李四,2018-09-01\n"
        let path = NSTemporaryDirectory() + "inspect-\(UUID().uuidString)/coal_deliveries.csv"
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }

        let masked = try ToolProcess.run(ToolProcess.executable, ["inspect", path])
        #expect(masked.status == 0, "\(masked.stderr)")
        let lines = masked.stdout.components(separatedBy: "\n")
        #expect(lines[1] == "编码：UTF-8")
        #expect(lines.contains("  联系电话 → 联系电话/phone（个人信息，已打码）"))
        let record = try #require(lines.firstIndex { $0.hasPrefix("第2行: ") })
        #expect(record > (lines.firstIndex { $0.hasPrefix("按“") } ?? Int.max))
        // PersonalDataMask: 户号 keeps 2 + 2, a name its first and last character, a mobile 3 + 4.
        #expect(lines[record] == #"第2行: ["MJ-1", "源泉镇", "东高村", "37*********01", "张*明", "138****5678", "#
                + #""洁净型煤", "B-1", "1.5", "820", "1230.00", "鲁泰", "李*", "2018-09-01"]"#)
        #expect(!masked.stdout.contains("13812345678"))

        let unmasked = try ToolProcess.run(ToolProcess.executable, ["inspect", path, "--unmasked"])
        #expect(unmasked.stdout.contains(#""3703040101001", "张三明", "13812345678""#))
        #expect(unmasked.stdout.contains("（个人信息，未打码）"))
        let json = try ToolProcess.run(ToolProcess.executable, ["inspect", path, "--json"])
        #expect(json.stdout.contains(#""3703040101001", "张三明", "13812345678""#))
        #expect(json.stderr.hasPrefix("文件："))
    }
}
