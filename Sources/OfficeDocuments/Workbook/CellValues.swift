/// The values of cells as SpreadsheetML writes them: column letters, number literals and
/// date serials, all as ASCII text computed without floating point.
enum CellValues {
    /// Excel's last column, `XFD`.
    static let maxColumns = 16_384

    /// The letters of 1-based column `index`: 1 → `A`, 26 → `Z`, 27 → `AA`, 16 384 → `XFD`.
    static func columnLetters(_ index: Int) -> String {
        precondition(index >= 1, "columns are numbered from 1")
        var letters: [UInt8] = []
        var rest = index
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters.append(UInt8(ascii: "A") + UInt8(digit))
            rest = (rest - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// Whether `literal` is an optional `-`, one or more digits, and optionally `.` followed
    /// by one or more digits (`12`, `-0.75`, `1344.500`; not `1e5`, `.5`, `5.`, `+1`, ` 1`).
    static func isDecimalLiteral(_ literal: String) -> Bool {
        decimalPlaces(literal.utf8) != nil
    }

    /// The digits after the point of a decimal literal (see ``isDecimalLiteral(_:)``):
    /// `-12.50` → 2, `12` → 0; nil for anything else.
    static func decimalPlaces<Bytes: Collection<UInt8>>(_ literal: Bytes) -> Int? {
        var bytes = literal[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let integer = bytes.prefix { isDigit($0) }
        guard !integer.isEmpty else { return nil }
        bytes = bytes.dropFirst(integer.count)
        guard let point = bytes.first else { return 0 }
        guard point == UInt8(ascii: ".") else { return nil }
        let fraction = bytes.dropFirst()
        return !fraction.isEmpty && fraction.allSatisfy(isDigit) ? fraction.count : nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
    private static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static let serialEpoch = daysFromCivil(1899, 12, 30)

    /// The Excel serial day number of a date in the 1900 date system: days since 1899-12-30
    /// (so 1900-03-01 is 61 and 2018-12-03 is 43437). Nil for an impossible date or one
    /// outside 1900-03-01…9999-12-31: before March 1900 Excel's serials are off by one (it
    /// counts a 29 February 1900 that never was), and no report needs those days.
    static func serialDay(year: Int, month: Int, day: Int) -> Int? {
        guard (1900...9999).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1], year > 1900 || month >= 3 else { return nil }
        return daysFromCivil(year, month, day) - serialEpoch
    }

    private static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// Decimal places of a date-time serial's fraction of a day.
    static let fractionDigits = 10

    /// The serial of a date and time as decimal text: the day number, then the seconds of the
    /// day divided by 86 400, rounded half up to ``fractionDigits`` places in integer
    /// arithmetic, trailing zeros dropped (`43437.375` is 2018-12-03 09:00:00, `43437` its
    /// midnight). 10⁻¹⁰ of a day is under 9 µs, so every second reads back exactly; with a
    /// five-digit day number the text has at most 15 significant digits, which a Double holds.
    static func serialText(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> String? {
        var text: [UInt8] = []
        guard appendSerial(year: year, month: month, day: day, hour: hour, minute: minute, second: second,
                           to: &text) else { return nil }
        return String(decoding: text, as: UTF8.self)
    }

    /// ``serialText(year:month:day:hour:minute:second:)`` appended to `buffer` as ASCII; false
    /// (nothing appended) where that gives nil.
    static func appendSerial(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int,
                             to buffer: inout [UInt8]) -> Bool {
        guard let serial = serialDay(year: year, month: month, day: day),
              (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return false }
        appendDecimal(serial, to: &buffer)
        let seconds = hour * 3600 + minute * 60 + second
        if seconds > 0 {
            buffer.append(UInt8(ascii: "."))
            appendFraction(ofDaySeconds: seconds, to: &buffer)
        }
        return true
    }

    /// The digits of `seconds / 86 400` after the point, rounded half up to ``fractionDigits``
    /// places, trailing zeros dropped (`seconds` in 1…86 399).
    private static func appendFraction(ofDaySeconds seconds: Int, to buffer: inout [UInt8]) {
        let scaled = seconds * 10_000_000_000
        var fraction = scaled / 86_400
        if (scaled % 86_400) * 2 >= 86_400 { fraction += 1 }
        // seconds ≤ 86 399, so the rounded fraction stays below 10¹⁰ (it is at most 9 999 884 259).
        var digits = [UInt8](repeating: UInt8(ascii: "0"), count: fractionDigits)
        var index = fractionDigits
        while fraction > 0 {
            index -= 1
            digits[index] = UInt8(ascii: "0") + UInt8(fraction % 10)
            fraction /= 10
        }
        var count = fractionDigits
        while count > 0 && digits[count - 1] == UInt8(ascii: "0") { count -= 1 }
        buffer.append(contentsOf: digits[..<count])
    }

    /// A non-negative integer in decimal.
    static func appendDecimal(_ value: Int, to buffer: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { raw in
            var rest = value, index = raw.count
            repeat {
                index -= 1
                raw[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            buffer.append(contentsOf: raw[index...])
        }
    }

    /// `yyyy-mm-dd`, for a date in a text column.
    static func dateText(year: Int, month: Int, day: Int) -> String {
        "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// `hh:mm:ss`, for a date-time in a text column.
    static func timeText(hour: Int, minute: Int, second: Int) -> String {
        "\(padded(hour, 2)):\(padded(minute, 2)):\(padded(second, 2))"
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// A column width as `<col width>` writes it: `12`, `12.5`.
    static func widthText(_ width: Double) -> String {
        width == width.rounded() && abs(width) < 1e6 ? String(Int(width)) : "\(width)"
    }
}
