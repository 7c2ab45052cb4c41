/// Text of an integer that counts units of 10^-`fractionDigits`, with exactly that many
/// decimals and no thousands separators: 123450 with 2 digits → `1234.50`, -5 → `-0.05`.
///
/// Shared by `Fen` and `Kilograms`; works on the magnitude, so `Int64.min` is safe.
public func scaledDecimalText(_ value: Int64, fractionDigits: Int) -> String {
    var divisor: UInt64 = 1
    for _ in 0..<fractionDigits { divisor *= 10 }
    let magnitude = value.magnitude
    let whole = String(magnitude / divisor)
    var fraction = String(magnitude % divisor)
    if fraction.utf8.count < fractionDigits {
        fraction = String(repeating: "0", count: fractionDigits - fraction.utf8.count) + fraction
    }
    let sign = value < 0 ? "-" : ""
    return fractionDigits == 0 ? sign + whole : sign + whole + "." + fraction
}
