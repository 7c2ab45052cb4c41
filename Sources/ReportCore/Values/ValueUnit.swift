/// The unit of a numeric column, as its header names it (`购买数量(吨)`, `总金额(元)`), with
/// the spellings a cell may repeat it in (`1.5吨`, `¥120.00`, `27.6分钟`).
///
/// Only the column's own unit is stripped: `ValueParser.fixedPoint(_:scale:unit:)` rejects
/// a number followed by any other unit (`1.5公斤`, `120美元`) rather than convert it.
///
/// Spellings made of ASCII characters (`t`, `min`, `%`) match ignoring case and in their
/// full-width forms (`ｔ`, `％`); other spellings (`吨`, `个工作日`, `¥`) match byte for byte.
public struct ValueUnit: Hashable, Sendable, CustomStringConvertible {
    /// The unit as reasons name it, e.g. `吨` in `“1.5公斤”的单位不是“吨”`.
    public let name: String
    /// Spellings accepted after the number, as UTF-8.
    let suffixes: [[UInt8]]
    /// Spellings accepted before the number (currency signs), as UTF-8.
    let prefixes: [[UInt8]]

    /// A unit named `name` that a value may carry after its number as any of `suffixes`
    /// and before it as any of `prefixes`. Spellings must not contain digits, signs,
    /// points, commas or spaces (they could never be told from the number); empty
    /// spellings are ignored.
    public init(name: String, suffixes: [String], prefixes: [String] = []) {
        self.name = name
        self.suffixes = suffixes.filter { !$0.isEmpty }.map { Array($0.utf8) }
        self.prefixes = prefixes.filter { !$0.isEmpty }.map { Array($0.utf8) }
    }

    /// The name, as in reasons.
    public var description: String { name }

    /// Tons: `吨`, `t` (also `T`).
    public static let tons = ValueUnit(name: "吨", suffixes: ["吨", "t"])

    /// Yuan: `元` after the number, `¥` (U+00A5) or `￥` (U+FFE5) before it, or both.
    public static let yuan = ValueUnit(name: "元", suffixes: ["元"], prefixes: ["¥", "￥"])

    /// A count of stoves: `台`.
    public static let stoves = ValueUnit(name: "台", suffixes: ["台"])

    /// Minutes: `分钟`, `分`, `min`.
    public static let minutes = ValueUnit(name: "分钟", suffixes: ["分钟", "分", "min"])

    /// Working days: `个工作日`, `工作日`, `天`, `日` (in a working-day column a bare `天` or
    /// `日` repeats the column's unit; it is not converted from calendar days).
    public static let workingDays = ValueUnit(name: "工作日", suffixes: ["个工作日", "工作日", "天", "日"])

    /// Percent: `%` (also the full-width `％`). The number is the percentage: `0.52%` is 0.52.
    public static let percent = ValueUnit(name: "%", suffixes: ["%"])
}

/// A number read by `ValueParser.fixedPoint(_:scale:unit:)`.
public struct FixedPointValue: Hashable, Sendable {
    /// The number scaled by 10^scale, as `ValueParser.fixedPoint(_:scale:)` gives it.
    public let value: Int64
    /// True when the cell repeated the column's unit (`1.5吨`), which was stripped: callers
    /// count these as "accepted with unit" in their reports.
    public let hadUnit: Bool

    public init(value: Int64, hadUnit: Bool) {
        self.value = value
        self.hadUnit = hadUnit
    }
}
