/// Why one export cell could not be read as the value its column requires.
///
/// `reason` is the Chinese text written to the rejects CSV, naming the offending value
/// (`不是有效的数字：1e308`, `日期不存在：2018-02-30`). `summary` is the same reason without the
/// value (`不是有效的数字`), so that a run can count rejects per reason; `kind` is the same
/// classification for code.
public struct ValueError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The class of problem, independent of the value.
    public enum Kind: Hashable, Sendable {
        /// The cell is empty or only whitespace.
        case empty
        /// Not a decimal number at all: letters, exponents, NaN, doubled signs, a lone `-` or `.`.
        case invalidNumber
        /// Thousands separators not between groups of three digits of the integer part (`1,23`).
        case misplacedSeparator
        /// More non-zero fractional digits than the column's precision (`1.234` as yuan).
        case tooManyDecimals
        /// The number is too large in magnitude (more than 10^15 in the column's unit).
        case outOfRange
        /// Not one of the accepted date forms, or trailing characters after it.
        case invalidDate
        /// A well-formed date that does not exist in the calendar (`2018-02-30`, month 13).
        case nonexistentDate
        /// A year outside 1900–2100.
        case yearOutOfRange
        /// A time of day outside 00:00:00–23:59:59.
        case invalidTime
        /// Not one of the accepted yes/no spellings.
        case invalidYesNo
        /// A number followed by a unit that is not its column's (`1.5公斤` in a tons column).
        case wrongUnit
        /// A time of day with a time zone (`Z`, `+08:00`): converting it would be a guess.
        case timeZone
    }

    /// The class of problem.
    public let kind: Kind
    /// The reason in Chinese without the offending value, e.g. `不是有效的数字`.
    public let summary: String
    /// The reason in Chinese with the offending value, e.g. `不是有效的数字：1e308`.
    public let reason: String

    /// An error whose reason is `summary：value`, or `summary` alone when `value` is empty.
    /// Values longer than 64 characters are shortened with `…` so a runaway cell cannot
    /// flood a log line.
    public init(_ kind: Kind, summary: String, value: String = "") {
        self.kind = kind
        self.summary = summary
        if value.isEmpty {
            reason = summary
        } else {
            reason = summary + "：" + Self.shown(value)
        }
    }

    /// An error whose reason is written out in full, for reasons that embed the value rather
    /// than end with it (`“1.5公斤”的单位不是“吨”`); `summary` is still the reason without it.
    init(_ kind: Kind, summary: String, reason: String) {
        self.kind = kind
        self.summary = summary
        self.reason = reason
    }

    /// `value` as shown in a reason: at most 64 characters, then `…`.
    static func shown(_ value: String) -> String {
        value.count > 64 ? String(value.prefix(64)) + "…" : value
    }

    /// `bytes` (decoded leniently) as shown in a reason; see `shown(_:)`.
    static func shown(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        shown(String(decoding: bytes, as: UTF8.self))
    }

    /// An error naming `bytes` (decoded leniently) as the offending value.
    init(_ kind: Kind, summary: String, bytes: UnsafeBufferPointer<UInt8>) {
        self.init(kind, summary: summary, value: String(decoding: bytes, as: UTF8.self))
    }

    /// The reason, as printed.
    public var description: String { reason }
}
