/// Money as an integer number of fen (分): 1 yuan = 100 fen. No floating point ever
/// touches money (SPEC §4); parse yuan with `ValueParser.fixedPoint(_:scale: 2)`.
public enum Fen {
    /// The amount in yuan with two decimals and no thousands separators, as written into
    /// CSV cells: 123450 → `1234.50`, -5 → `-0.05`, 0 → `0.00`.
    public static func format(_ fen: Int64) -> String {
        scaledDecimalText(fen, fractionDigits: 2)
    }
}
