import ReportCore
import ReportPublish

/// How the service job's figures become CSV and Markdown cells: one place for the
/// "empty rate stays empty" rule (`""` in CSV, `—` in Markdown).
enum ServiceCells {
    /// A count the tool computed.
    static func count(_ value: Int) -> CSVCell { .value(String(value)) }

    /// A rate as a percentage with one decimal and no `%` (the header says `(%)`); `""` when empty.
    static func rate(_ rate: Rate) -> CSVCell { .value(rate.percentText) }

    /// A rank, `""` when unranked.
    static func rank(_ rank: Int?) -> CSVCell { .value(rank.map(String.init) ?? "") }

    /// 是 / 否.
    static func yesNo(_ flag: Bool) -> CSVCell { .value(flag ? "是" : "否") }

    /// A rate with its `%` sign, `—` when empty.
    static func percent(_ rate: Rate) -> TableCell { percent(rate.percentText) }

    /// One decimal text (`75.0`) with `%`, `—` when empty.
    static func percent(_ text: String) -> TableCell { text.isEmpty ? .empty : .text(text + "%") }

    /// A figure as Markdown, `—` when empty.
    static func figure(_ text: String) -> TableCell { .orEmpty(text) }

    /// The Chinese label of a 30% rule status.
    static func label(_ status: TimeLimitStatus) -> String {
        switch status {
        case .compliant: return "达标"
        case .nonCompliant: return "未达标"
        case .exempt: return "豁免（复杂事项）"
        }
    }
}
