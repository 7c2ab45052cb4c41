import SharedTestSupport
import Foundation
import Testing
@testable import CSVReader

/// Random well-formed CSV: whatever was written must be read back field for field, on
/// the right line, whatever the chunk size; and it must agree with Python's `csv`.
@Suite struct RoundTripPropertyTests {
    static let pieces = ["a", "Z", "9", "张", "镇街", "𠮷", " ", "\t", ",", "\"", "\n", "\r\n", "'", "=", "é"]

    /// Rows, and the CSV text that writes them (quoting only where needed, LF or CRLF).
    static func randomFile(_ rng: inout SplitMix64) -> (rows: [[String]], text: String, lines: [Int]) {
        var rows: [[String]] = []
        var text = ""
        var lines: [Int] = []
        var line = 1
        let newline = Bool.random(using: &rng) ? "\n" : "\r\n"
        for _ in 0..<Int.random(in: 1...30, using: &rng) {
            var row: [String] = []
            for _ in 0..<Int.random(in: 1...6, using: &rng) {
                var field = ""
                for _ in 0..<Int.random(in: 0...5, using: &rng) { field += pieces.randomElement(using: &rng)! }
                row.append(field)
            }
            let encoded = row.map { field -> String in
                let needsQuotes = field.isEmpty && row.count == 1
                    || field.contains(where: { ",\"\n\r".contains($0) || $0 == "\r\n" })
                return needsQuotes ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: ",")
            lines.append(line)
            text += encoded + newline
            line += encoded.filter { $0 == "\n" || $0 == "\r\n" }.count + 1
            rows.append(row)
        }
        if Bool.random(using: &rng) { text.removeLast() }  // no final newline
        return (rows, text, lines)
    }

    @Test(arguments: 0..<60)
    func readsBackWhatWasWritten(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &* 7919)
        let (rows, text, lines) = Self.randomFile(&rng)
        let chunk = [16, 17, 23, 64, 4096][seed % 5]
        let records = try readAll(text, chunkSize: chunk, preserveSpaces: true)
        #expect(records.map(\.fields) == rows)
        #expect(records.map(\.line) == lines)
    }

    @Test func agreesWithPythonCSV() throws {
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile)
                ?? ProcessInfo.processInfo.environment["PATH"].flatMap({ path in
                    path.split(separator: ":").map { "\($0)/python3" }.first(where: FileManager.default.isExecutableFile)
                }) else {
            Issue.record("python3 not found")
            return
        }
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                for row in csv.reader(f):
                    if row: print(json.dumps(row, ensure_ascii=False))
            """
        var rng = SplitMix64(seed: 2018)
        for round in 0..<20 {
            let (_, text, _) = Self.randomFile(&rng)
            let path = NSTemporaryDirectory() + "csv-python-\(getpid())-\(round).csv"
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = ["-c", script, path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let pythonRows = String(decoding: output, as: UTF8.self).split(separator: "\n").map { line in
                try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String]
            }
            #expect(try readAll(text, chunkSize: 32, preserveSpaces: true).map(\.fields) == pythonRows, "round \(round)")
        }
    }
}
