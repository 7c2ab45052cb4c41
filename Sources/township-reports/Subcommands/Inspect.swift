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
        var header: [String]?
        var shown = 0
        var damaged: [Int] = []
        do {
            try reader.forEachRecord { record in
                if record.invalidBytesLine != nil { damaged.append(record.line) }
                if header == nil {
                    header = record.strings
                    if json { print(JSONLine.array(record.strings)) }
                    return
                }
                guard shown < limit else { return }
                shown += 1
                print(json ? JSONLine.array(record.strings) : "第\(record.line)行: " + JSONLine.array(record.strings))
            }
        } catch let error as CSVReadError {
            printError("错误：\(error)")
            throw ExitCode(65)
        }
        let report = describe(header: header ?? [], encoding: reader.encoding.rawValue, damaged: damaged)
        if json { printError(report) } else { print(report) }
    }

    private func describe(header: [String], encoding: String, damaged: [Int]) -> String {
        var lines = ["文件：\(file)", "编码：\(encoding)"]
        if !damaged.isEmpty {
            lines.append("含无法解码字节的记录（行号）：" + damaged.prefix(20).map(String.init).joined(separator: ", "))
        }
        let name = URL(fileURLWithPath: file).lastPathComponent
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
