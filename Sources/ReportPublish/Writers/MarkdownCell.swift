/// One cell of a ``MarkdownTable``.
public enum MarkdownCell: Sendable, Hashable, ExpressibleByStringLiteral {
    /// Plain text, escaped with ``MarkdownText/escape(_:)``. Use it for everything
    /// taken from the inputs and for plain tool text.
    case text(String)
    /// Inline Markdown written by the tool itself (`**12.5%**`, a link to a CSV
    /// detail file). Only made table-safe: line breaks become a space and `|`
    /// becomes `\|`. Never put input text here.
    case markdown(String)
    /// A value that does not exist (a rate whose denominator is 0, no data):
    /// rendered as ``MarkdownCell/emptyMark``.
    case empty

    /// What an ``empty`` cell shows: an em dash, as the summary uses for undefined rates.
    public static let emptyMark = "—"

    /// A string literal becomes `.text`: escaped, which is the safe default and
    /// leaves ordinary labels unchanged.
    public init(stringLiteral value: String) {
        self = .text(value)
    }

    /// `.text(value)`, or ``empty`` when `value` is nil or empty.
    public static func orEmpty(_ value: String?) -> MarkdownCell {
        guard let value, !value.isEmpty else { return .empty }
        return .text(value)
    }

    /// The cell's content as it appears between the table's `|` separators.
    public var rendered: String {
        switch self {
        case .text(let text):
            return MarkdownText.escape(text)
        case .empty:
            return Self.emptyMark
        case .markdown(let markup):
            var result = ""
            var previousWasBreak = false
            for scalar in markup.unicodeScalars {
                if scalar == "\r" || scalar == "\n" {
                    if !previousWasBreak { result += " " }
                    previousWasBreak = true
                    continue
                }
                previousWasBreak = false
                if scalar == "|" { result += "\\|" } else { result.unicodeScalars.append(scalar) }
            }
            return result
        }
    }
}
