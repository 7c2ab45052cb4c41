import ArgumentParser
import CSVReader
import Foundation
import ReportInputs
import ReportPipeline

/// `inspect FILE`: how one file is read — encoding and header mapping first, then the
/// first records, with personal columns masked as in the reports unless `--unmasked`.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "查看一个 CSV 文件如何被读取：先列编码与表头对应，再列前几条记录。",
        discussion: """
            姓名、电话、户号等个人信息列按报表的规则打码，--unmasked 时原样显示。\
            加 --json 时，标准输出只有记录本身：每行一个 JSON 字符串数组（表头在前），\
            与解析所得完全一致（保留空格、不打码），用于与 Python csv 模块等解析器逐字节比较；\
            编码与表头对应写到标准错误。
            """)

    @Argument(help: "要查看的 CSV 文件。")
    var file: String

    @Option(help: "显示多少条记录（默认 10；--json 时为全部）。")
    var rows: Int?

    @Flag(help: "按 JSON 数组逐行输出记录（原样、不打码）。")
    var json = false

    @Flag(help: "个人信息列不打码。")
    var unmasked = false

    func validate() throws {
        if let rows, rows < 0 { throw ValidationError("--rows 不能为负") }
    }

    func run() throws {
        var options = CSVReader.Options()
        options.preserveSpaces = true
        let reader = CSVReader(path: file, options: options)
        let limit = rows ?? (json ? Int.max : 10)
        // The header is looked for among the first records, as `run` does (a sheet saved
        // from an Excel form has title rows above it). Records are held back until it is
        // found, so that the header's description comes first; the records before it are
        // shown as skipped. With --json every record is printed as parsed, header first.
        let name = Self.schemaFileName(file)
        var early: [(line: Int, fields: [String])] = []
        var match: HeaderMatch?
        var settled = false
        var shown = 0
        var damaged: [Int] = []
        func show(_ line: Int, _ fields: [String]) {
            guard !json, shown < limit else { return }
            shown += 1
            let masked = unmasked || match == nil ? fields
                : PersonalMasking.mask(record: fields, personal: match!.personal, headerCount: match!.columns.count)
            print("第\(line)行: " + JSONLine.array(masked))
        }
        func settleHeader() {
            guard !settled else { return }
            settled = true
            let found = early.firstIndex { SchemaCatalog.bestMatch(fileName: name, headers: $0.fields)?.problem == nil } ?? 0
            let header = early.isEmpty ? [] : early[found].fields
            match = SchemaCatalog.bestMatch(fileName: name, headers: header)
            let description = describe(header: header, match: match, encoding: reader.encoding.rawValue)
            if json { printError(description) } else { print(description + "\n") }
            guard !early.isEmpty else { return }
            for skipped in early[..<found] where !json { print("第\(skipped.line)行（表头之前，已跳过）: " + JSONLine.array(skipped.fields)) }
            for record in early[(found + 1)...] { show(record.line, record.fields) }
        }
        do {
            try reader.forEachRecord { record in
                if record.invalidBytesLine != nil { damaged.append(record.line) }
                if json { print(JSONLine.array(record.strings)) }
                if !settled {
                    early.append((record.line, record.strings))
                    if early.count >= 10 { settleHeader() }
                    return
                }
                show(record.line, record.strings)
            }
            settleHeader()
        } catch let error as CSVReadError {
            settleHeader()
            printError("错误：\(error)")
            throw ExitCode(65)
        }
        if !damaged.isEmpty {
            let text = "含无法解码字节的记录（行号）：" + damaged.prefix(20).map(String.init).joined(separator: ", ")
            if json { printError(text) } else { print(text) }
        }
    }

    /// The input a file is read as: its own name, or for a file of an export folder
    /// (`coal_deliveries/01.csv`) the export the folder is named after.
    static func schemaFileName(_ path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().lastPathComponent + ".csv"
        return SchemaCatalog.all.contains { $0.fileName == folder } ? folder : url.lastPathComponent
    }

    private func describe(header: [String], match: HeaderMatch?, encoding: String) -> String {
        var lines = ["文件：\(file)", "编码：\(encoding)"]
        guard let match else {
            lines.append("表头与已知的输入都不匹配：" + header.joined(separator: ", "))
            return lines.joined(separator: "\n")
        }
        lines.append("按“\(match.title)”（\(match.fileName)）读取，表头对应：")
        for (index, (header, column)) in match.columns.enumerated() {
            let privacy = match.personal[index] == nil ? "" : (unmasked || json ? "（个人信息，未打码）" : "（个人信息，已打码）")
            lines.append("  \(header) → \(column ?? "（未识别，忽略）")\(privacy)")
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
