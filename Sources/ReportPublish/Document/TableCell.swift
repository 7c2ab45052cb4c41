/// One cell of a ``DocumentTable``.
public enum TableCell: Sendable, Hashable, ExpressibleByStringLiteral {
    /// Plain text, shown literally in every format: everything taken from the inputs.
    case text(String)
    /// Text with strong parts or links (`**合计**`, a count linking its rejects file).
    case rich(RichText)
    /// A value that does not exist (a rate whose denominator is 0, no data): shown as
    /// ``TableCell/emptyMark``.
    case empty

    /// What an ``empty`` cell shows: an em dash, as the summary uses for undefined rates.
    public static let emptyMark = "—"

    /// A string literal becomes `.text`.
    public init(stringLiteral value: String) {
        self = .text(value)
    }

    /// `.text(value)`, or ``empty`` when `value` is nil or empty.
    public static func orEmpty(_ value: String?) -> TableCell {
        guard let value, !value.isEmpty else { return .empty }
        return .text(value)
    }

    /// Strong text (a total).
    public static func strong(_ text: String) -> TableCell { .rich(.strong(text)) }

    /// The cell as rich text (an empty cell is the em dash).
    public var richText: RichText {
        switch self {
        case .text(let text): return .plain(text)
        case .rich(let rich): return rich
        case .empty: return .plain(Self.emptyMark)
        }
    }
}
