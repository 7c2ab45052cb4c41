import ArgumentParser
import CSVReader
import Foundation
import ReportInputs

/// `inspect FILE`: how one file is read — encoding, header mapping, first records.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how one CSV file is read: encoding, header mapping and the first records.",
        discussion: """
            With --json, standard output holds only the records, one JSON array of strings \
            per line (header first), exactly as parsed, spaces kept: comparable with Python's \
            csv module. The rest goes to standard error.
            """)

    @Argument(help: "The CSV file.")
    var file: String

    @Option(help: "How many records to show (default 10; with --json, all).")
    var rows: Int?

    @Flag(help: "Print records as JSON arrays, one per line.")
    var json = false

    func validate() throws {
        if let rows, rows < 0 { throw ValidationError("--rows 不能为负") }
    }

    func run() throws {
        var options = CSVReader.Options()
        options.preserveSpaces = true
        let reader = CSVReader(path: file, options: options)
        let limit = rows ?? (json ? Int.max : 10)
        // The header is looked for among the first records, as `run` does (a sheet saved
        // from an Excel form has title rows above it); the records before it are shown as
        // skipped. With --json every record is printed as parsed, header first.
        let name = Self.schemaFileName(file)
        var early: [(line: Int, fields: [String])] = []
        var header: [String]?
        var shown = 0
        var damaged: [Int] = []
        func show(_ line: Int, _ fields: [String]) {
            guard !json, shown < limit else { return }
            shown += 1
            print("第\(line)行: " + JSONLine.array(fields))
        }
        func settleHeader() {
            guard header == nil, !early.isEmpty else { return }
            let found = early.firstIndex { SchemaCatalog.bestMatch(fileName: name, headers: $0.fields)?.problem == nil } ?? 0
            header = early[found].fields
            for skipped in early[..<found] where !json { print("第\(skipped.line)行（表头之前，已跳过）: " + JSONLine.array(skipped.fields)) }
            for record in early[(found + 1)...] { show(record.line, record.fields) }
        }
        do {
            try reader.forEachRecord { record in
                if record.invalidBytesLine != nil { damaged.append(record.line) }
                if json { print(JSONLine.array(record.strings)) }
                if header == nil {
                    early.append((record.line, record.strings))
                    if early.count >= 10 { settleHeader() }
                    return
                }
                show(record.line, record.strings)
            }
            settleHeader()
        } catch let error as CSVReadError {
            printError("错误：\(error)")
            throw ExitCode(65)
        }
        let report = describe(header: header ?? [], encoding: reader.encoding.rawValue, damaged: damaged)
        if json { printError(report) } else { print(report) }
    }

    /// The input a file is read as: its own name, or for a file of an export folder
    /// (`coal_deliveries/01.csv`) the export the folder is named after.
    static func schemaFileName(_ path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().lastPathComponent + ".csv"
        return SchemaCatalog.all.contains { $0.fileName == folder } ? folder : url.lastPathComponent
    }

    private func describe(header: [String], encoding: String, damaged: [Int]) -> String {
        var lines = ["文件：\(file)", "编码：\(encoding)"]
        if !damaged.isEmpty {
            lines.append("含无法解码字节的记录（行号）：" + damaged.prefix(20).map(String.init).joined(separator: ", "))
        }
        let name = Self.schemaFileName(file)
        guard let match = SchemaCatalog.bestMatch(fileName: name, headers: header) else {
            lines.append("表头与已知的输入都不匹配：" + header.joined(separator: ", "))
            return lines.joined(separator: "\n")
        }
        lines.append("按“\(match.title)”（\(match.fileName)）读取，表头对应：")
        for (header, column) in match.columns {
            lines.append("  \(header) → \(column ?? "（未识别，忽略）")")
        }
        if !match.missingRequired.isEmpty {
            lines.append("缺少必需的列：" + match.missingRequired.joined(separator: "、"))
        }
        if let problem = match.problem { lines.append("问题：\(problem)") }
        return lines.joined(separator: "\n")
    }
}

/// A JSON array of strings on one line (UTF-8 kept, control characters escaped).
enum JSONLine {
    static func array(_ values: [String]) -> String {
        "[" + values.map(string).joined(separator: ", ") + "]"
    }

    static func string(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
