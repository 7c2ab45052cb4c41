/// Weight as an integer number of kilograms; coal is counted in tons with three decimals
/// (parse tons with `ValueParser.fixedPoint(_:scale: 3)`).
public enum Kilograms {
    /// The weight in tons with three decimals and no thousands separators:
    /// 12345 → `12.345`, 2000 → `2.000`, -5 → `-0.005`.
    public static func formatTons(_ kg: Int64) -> String {
        scaledDecimalText(kg, fractionDigits: 3)
    }
}
