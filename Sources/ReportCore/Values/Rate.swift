/// A rate computed on integer counts (SPEC §4): reported as a percentage with one decimal,
/// empty when the denominator is 0 — never 0, never NaN.
///
/// Equality compares numerator and denominator as given, so 1/2 and 2/4 differ.
public struct Rate: Equatable, Sendable {
    /// The count that meets the criterion.
    public let numerator: Int
    /// The count it is measured against.
    public let denominator: Int

    /// The rate `numerator / denominator`.
    public init(numerator: Int, denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The rate in tenths of a percent, `numerator × 1000 / denominator` rounded half up
    /// (away from zero for negative values, as 四舍五入), in exact integer arithmetic:
    /// 953/1000 → 953 (95.3%), 2/3 → 667. Nil when the denominator is 0, and also when the
    /// result would not fit in an `Int` (no real count gets there).
    public var tenthsOfPercent: Int? {
        guard denominator != 0 else { return nil }
        let negative = (numerator < 0) != (denominator < 0)
        let divisor = denominator.magnitude
        let product = numerator.magnitude.multipliedFullWidth(by: 1000)
        guard product.high < divisor else { return nil }
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        guard quotient < UInt(Int.max) else { return nil }
        let rounded = remainder >= divisor - remainder ? quotient + 1 : quotient
        return negative ? -Int(rounded) : Int(rounded)
    }

    /// The percentage with one decimal and no `%` sign (`95.3`, `100.0`), or `""` when the
    /// denominator is 0 (the Markdown writer shows `—`).
    public var percentText: String {
        tenthsOfPercent.map(Rate.formatTenths) ?? ""
    }

    /// The rate as a fraction for charts and comparisons with policy targets (0.953), or nil
    /// when the denominator is 0. Reports print `percentText`, never this.
    public var fraction: Double? {
        denominator == 0 ? nil : Double(numerator) / Double(denominator)
    }

    /// Tenths of a percent as text with one decimal: 953 → `95.3`, -25 → `-2.5`, 0 → `0.0`.
    public static func formatTenths(_ tenths: Int) -> String {
        scaledDecimalText(Int64(tenths), fractionDigits: 1)
    }
}
