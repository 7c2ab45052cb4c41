/// `String` conveniences over the byte parsers, for tests, reference data and the command
/// line. Each one calls the corresponding byte version on the string's UTF-8 storage.
extension ValueParser {
    /// The string without leading and trailing whitespace, as `trimmed(_:)` on its bytes.
    public static func trimmed(_ text: String) -> String {
        withBytes(of: text) { String(decoding: trimmed($0), as: UTF8.self) }
    }

    /// True when the string is empty or only whitespace.
    public static func isBlank(_ text: String) -> Bool {
        withBytes(of: text) { isBlank($0) }
    }

    /// A decimal number scaled by 10^`scale`; see the byte version.
    public static func fixedPoint(_ text: String, scale: Int) -> Result<Int64, ValueError> {
        withBytes(of: text) { fixedPoint($0, scale: scale) }
    }

    /// A whole number; see the byte version.
    public static func integer(_ text: String) -> Result<Int64, ValueError> {
        withBytes(of: text) { integer($0) }
    }

    /// A date with an optional time of day; see the byte version.
    public static func dateTime(_ text: String) -> Result<DateTime, ValueError> {
        withBytes(of: text) { dateTime($0) }
    }

    /// A date, dropping any time of day; see the byte version.
    public static func day(_ text: String) -> Result<Day, ValueError> {
        withBytes(of: text) { day($0) }
    }

    /// A yes/no value; see the byte version.
    public static func yesNo(_ text: String) -> Result<Bool, ValueError> {
        withBytes(of: text) { yesNo($0) }
    }

    /// A decimal number that may repeat its column's unit; see the byte version.
    public static func fixedPoint(_ text: String, scale: Int, unit: ValueUnit?) -> Result<FixedPointValue, ValueError> {
        withBytes(of: text) { fixedPoint($0, scale: scale, unit: unit) }
    }

    /// The number of a cell without its column's unit, as text; see the byte version.
    public static func strippingUnit(_ text: String, unit: ValueUnit) -> Result<(number: String, hadUnit: Bool), ValueError> {
        withBytes(of: text) { bytes in
            strippingUnit(bytes, unit: unit).map { (String(decoding: $0.number, as: UTF8.self), $0.hadUnit) }
        }
    }

    /// The reason a cell shows Excel damage, or nil; see the byte version.
    public static func excelDamage(_ text: String) -> String? {
        withBytes(of: text) { excelDamage($0) }
    }

    /// True when an all-digit ID evidently lost its leading zeros; see the byte version.
    public static func strippedLeadingZeros(_ text: String, expectedLength: Int) -> Bool {
        withBytes(of: text) { strippedLeadingZeros($0, expectedLength: expectedLength) }
    }

    private static func withBytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var text = text
        return text.withUTF8(body)
    }
}
