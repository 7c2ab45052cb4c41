import ReportInputs
import ReportPublish

/// What the exports held that was read rather than rejected — layout of an Excel form,
/// values with their unit, unlisted values of open vocabularies — and the 合计 rows that
/// do not match their rows: the part of the data-quality section that makes "accepting"
/// visible (`AcceptanceLog`).
enum AcceptedVariantsSection {
    /// The summary's part: the 合计 warnings with their file and line, then per export each
    /// accepted variant with its count (the lines are in `validate` and the manifest, so a
    /// printed page stays short). Empty when nothing was accepted that way.
    static func blocks(_ reports: [InputFileReport]) -> [DocumentBlock] {
        var lines: [String] = []
        for report in reports {
            for warning in report.warnings { lines.append("⚠ \(report.file) \(warning)") }
        }
        var exports: [String] = []
        var counts: [String: [String: (count: Int, files: Set<String>)]] = [:]
        for report in reports {
            if !exports.contains(report.export) { exports.append(report.export) }
            for (what, tally) in report.accepted {
                var entry = counts[report.export, default: [:]][what] ?? (0, [])
                entry.count += tally.count
                entry.files.insert(report.file)
                counts[report.export, default: [:]][what] = entry
            }
        }
        for export in exports {
            let folderFiles = Set(reports.filter { $0.export == export && $0.file != export }.map(\.file)).count
            for (what, entry) in (counts[export] ?? [:]).sorted(by: { $0.key < $1.key }) {
                let files = folderFiles > 0 ? "（\(entry.files.count)/\(folderFiles) 个文件）" : ""
                lines.append("\(export)\(files)：\(what)，\(entry.count) 处")
            }
        }
        guard !lines.isEmpty else { return [] }
        return [.paragraph("按原意采用的写法与表格版式（未拒收，列此备查；行号见 validate 与 manifest.json）："),
                .bullets(lines.map { .plain($0) })]
    }

    /// The same as plain lines for `validate`, indented under the file, with lines.
    static func validateLines(_ report: InputFileReport) -> [String] {
        report.warnings.map { "    ⚠ 合计核对：\($0)" }
            + report.accepted.sorted(by: { $0.key < $1.key }).map { "    已接受：\($0.key)，\($0.value.count) 处（\($0.value.linesText)）" }
    }
}
