import ReportInputs

/// What the exports held that was read rather than rejected — layout of an Excel form,
/// values with their unit, unlisted values of open vocabularies — and the 合计 rows that
/// do not match their rows: the part of the data-quality section that makes "accepting"
/// visible (`AcceptanceLog`).
enum AcceptedVariantsSection {
    /// Markdown lines per file, "" when nothing was accepted that way.
    static func markdown(_ reports: [InputFileReport]) -> String {
        var lines: [String] = []
        for report in reports {
            for warning in report.warnings { lines.append("- ⚠ \(report.file) \(warning)") }
        }
        for report in reports {
            for (what, tally) in report.accepted.sorted(by: { $0.key < $1.key }) {
                lines.append("- \(report.file)：\(what)，\(tally.count) 处（\(tally.linesText)）")
            }
        }
        guard !lines.isEmpty else { return "" }
        return "\n按原意采用的写法与表格版式（未拒收，列此备查）：\n\n" + lines.joined(separator: "\n") + "\n"
    }

    /// The same as plain lines for `validate`, indented under the file.
    static func validateLines(_ report: InputFileReport) -> [String] {
        report.warnings.map { "    ⚠ 合计核对：\($0)" }
            + report.accepted.sorted(by: { $0.key < $1.key }).map { "    已接受：\($0.key)，\($0.value.count) 处（\($0.value.linesText)）" }
    }
}
