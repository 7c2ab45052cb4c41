/// One cell of a CSV report, tagged with where its text comes from.
///
/// The distinction decides formula-injection escaping (OWASP "CSV injection"):
/// text copied from the inputs may start with `=`, `+`, `-`, `@`, a tab or a line
/// break and would then run as a formula in Excel or WPS, so it gets a leading `'`;
/// numbers, codes and labels the tool writes itself are never changed, so `-12.5`
/// stays a number an analyst can sum.
public enum CSVCell: Sendable, Hashable, ExpressibleByStringLiteral {
    /// Text taken from the inputs (names, villages, free-text reasons): formula-escaped.
    case text(String)
    /// Text the tool writes itself (numbers, rates, codes, fixed labels): written as is.
    case value(String)

    /// A string literal in code is written by the tool, so it is a `.value`.
    public init(stringLiteral value: String) {
        self = .value(value)
    }

    /// The characters that make a spreadsheet treat a cell as a formula when they
    /// come first: `=`, `+`, `-`, `@`, tab, carriage return and line feed.
    public static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n"]

    /// The cell's text after formula escaping, before CSV quoting.
    ///
    /// `.text` values whose first Unicode scalar is a formula trigger get a leading
    /// `'` (which Excel and WPS hide and treat as "this is text"); `.value`s are
    /// returned unchanged.
    public var escapedText: String {
        switch self {
        case .value(let string):
            return string
        case .text(let string):
            if let first = string.unicodeScalars.first, Self.formulaTriggers.contains(first) {
                return "'" + string
            }
            return string
        }
    }
}
