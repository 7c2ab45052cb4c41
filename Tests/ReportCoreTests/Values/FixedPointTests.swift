import SharedTestSupport
import Testing
import ReportCore

@Suite("ValueParser.fixedPoint and integer")
struct FixedPointTests {
    struct Accepted: Sendable, CustomTestStringConvertible {
        let text: String
        let scale: Int
        let expected: Int64
        var testDescription: String { "\(text) ×10^\(scale)" }
    }

    static let accepted: [Accepted] = [
        Accepted(text: "1,234.5", scale: 2, expected: 123_450),           // 1234.50 yuan = 123450 fen
        Accepted(text: "12.345", scale: 3, expected: 12_345),             // 12.345 t = 12345 kg
        Accepted(text: "12", scale: 3, expected: 12_000),                 // 12 t = 12000 kg
        Accepted(text: "0.5", scale: 3, expected: 500),
        Accepted(text: "0", scale: 2, expected: 0),
        Accepted(text: "  7.5  ", scale: 2, expected: 750),
        Accepted(text: "\t7.5\r\n", scale: 2, expected: 750),
        Accepted(text: "\u{3000}12\u{3000}", scale: 2, expected: 1_200),
        Accepted(text: "\u{00A0}12", scale: 2, expected: 1_200),
        Accepted(text: "-3.25", scale: 2, expected: -325),
        Accepted(text: "+3.25", scale: 2, expected: 325),
        Accepted(text: "－３．２５", scale: 2, expected: -325),           // full-width sign, digits, point
        Accepted(text: "＋１", scale: 0, expected: 1),
        Accepted(text: "１，２３４．５", scale: 2, expected: 123_450),     // full-width separator
        Accepted(text: "1，234", scale: 0, expected: 1_234),
        Accepted(text: "1,234,567.89", scale: 2, expected: 123_456_789),
        Accepted(text: "123,456", scale: 0, expected: 123_456),
        Accepted(text: "-12,345.678", scale: 3, expected: -12_345_678),
        Accepted(text: "1.2300", scale: 2, expected: 123),                 // extra fractional zeros
        Accepted(text: "3.000", scale: 0, expected: 3),
        Accepted(text: ".5", scale: 2, expected: 50),
        Accepted(text: "5.", scale: 2, expected: 500),
        Accepted(text: "007", scale: 0, expected: 7),
        Accepted(text: "0.07", scale: 2, expected: 7),
        Accepted(text: "-0", scale: 2, expected: 0),
        Accepted(text: "-0.00", scale: 2, expected: 0),
        Accepted(text: "1000000000000000", scale: 0, expected: 1_000_000_000_000_000),     // exactly 10^15
        Accepted(text: "-1000000000000000", scale: 0, expected: -1_000_000_000_000_000),
        Accepted(text: "10,000,000,000,000.00", scale: 2, expected: 1_000_000_000_000_000), // 10^13 yuan
        Accepted(text: "0.000000000000000001", scale: 18, expected: 1),
        Accepted(text: "0.001", scale: 3, expected: 1),
        Accepted(text: "0.00000000000000001", scale: 18, expected: 10),    // 17 digits, padded to 18
        Accepted(text: "1", scale: 15, expected: 1_000_000_000_000_000),   // 10^15 after scaling
    ]

    @Test(arguments: accepted)
    func accepts(_ c: Accepted) {
        #expect(ValueParser.fixedPoint(c.text, scale: c.scale) == .success(c.expected))
    }

    @Test(arguments: [
        "1e308", "1E5", "1e-2", "NaN", "nan", "inf", "-inf", "Infinity", "--5", "+-5", "-+5", "-", "+", ".", "-.",
        "－", "．", "1.2.3", "12a", "a12", "1 234", "- 5", "1.5-", "5-", "0x10", "1_000", "¥12", "12元", "12%",
        "(5)", "١٢", "1.-5", "..5",
    ])
    func rejectsNonNumbers(text: String) {
        let error = ValueParser.fixedPoint(text, scale: 2).error
        #expect(error?.kind == .invalidNumber)
        #expect(error?.reason == "不是有效的数字：" + text)
    }

    @Test(arguments: ["1,23", "1234,567", ",123", "123,", "1,,234", "1,2345", "0,500", "1,234,56", "1.234,5", "-,123", "12,34.5"])
    func rejectsMisplacedSeparators(text: String) {
        let error = ValueParser.fixedPoint(text, scale: 3).error
        #expect(error?.kind == .misplacedSeparator)
        #expect(error?.reason == "千位分隔符位置不对：" + text)
    }

    @Test func rejectsExtraPrecision() {
        #expect(ValueParser.fixedPoint("1.234", scale: 2).error?.reason == "精度超过2位小数：1.234")
        #expect(ValueParser.fixedPoint("1.2301", scale: 2).error?.kind == .tooManyDecimals)
        #expect(ValueParser.fixedPoint("0.0005", scale: 3).error?.reason == "精度超过3位小数：0.0005")
        #expect(ValueParser.integer("3.5").error?.reason == "不是整数：3.5")
    }

    @Test func rejectsEmpty() {
        for text in ["", "   ", "\u{3000}", "\t\r\n"] {
            #expect(ValueParser.fixedPoint(text, scale: 2).error == ValueError(.empty, summary: "数值为空"))
        }
    }

    @Test(arguments: [
        ("1000000000000001", 0),               // 10^15 + 1
        ("-1000000000000001", 0),
        ("10000000000000.01", 2),              // 10^15 + 1 fen
        ("99999999999999999999999999999", 0),  // far beyond Int64: must not trap
        ("9,223,372,036,854,775,808", 0),      // Int64.max + 1
        ("1", 16),                              // 10^16 after scaling
        ("0.1", 18),                            // 10^17 after scaling
    ])
    func rejectsOutOfRange(text: String, scale: Int) {
        let error = ValueParser.fixedPoint(text, scale: scale).error
        #expect(error?.kind == .outOfRange)
        #expect(error?.reason == "数值超出范围：" + text)
    }

    @Test func integerIsScaleZero() {
        #expect(ValueParser.integer("3.0") == .success(3))
        #expect(ValueParser.integer(" 1,200 ") == .success(1_200))
        #expect(ValueParser.integer("-７") == .success(-7))
        #expect(ValueParser.integer("3.5").error?.kind == .tooManyDecimals)
    }

    @Test func malformedUTF8IsRejectedNotTrapped() {
        withBuffer([0x31, 0xFF, 0x32]) { #expect(ValueParser.fixedPoint($0, scale: 2).error?.kind == .invalidNumber) }
        withBuffer([0x31, 0xEF, 0xBC]) { #expect(ValueParser.fixedPoint($0, scale: 2).error?.kind == .invalidNumber) }
        withBuffer([0x31, 0x00]) { #expect(ValueParser.fixedPoint($0, scale: 2).error?.kind == .invalidNumber) }
    }

    @Test func longValuesAreShortenedInTheReason() {
        let text = String(repeating: "x", count: 100)
        let reason = ValueParser.fixedPoint(text, scale: 0).error?.reason
        #expect(reason == "不是有效的数字：" + String(repeating: "x", count: 64) + "…")
    }

    /// Property: formatting an amount and parsing it back gives the amount, with and without
    /// thousands separators, in ASCII and in full-width forms.
    @Test func roundTripsThroughFormatting() {
        var random = SplitMix64(seed: 2018)
        var values: [Int64] = [0, 1, -1, 99, 100, 1_000_000_000_000_000, -1_000_000_000_000_000]
        for _ in 0..<3_000 {
            let digits = Int.random(in: 1...15, using: &random)
            var magnitude: Int64 = 1
            for _ in 0..<digits { magnitude *= 10 }
            values.append(Int64.random(in: -magnitude...magnitude, using: &random))
        }
        for value in values {
            let fenText = Fen.format(value)
            #expect(ValueParser.fixedPoint(fenText, scale: 2) == .success(value), "\(fenText)")
            #expect(ValueParser.fixedPoint(grouped(fenText), scale: 2) == .success(value), "\(grouped(fenText))")
            #expect(ValueParser.fixedPoint(fullWidth(fenText), scale: 2) == .success(value))
            let tonsText = Kilograms.formatTons(value)
            #expect(ValueParser.fixedPoint(tonsText, scale: 3) == .success(value), "\(tonsText)")
        }
    }

    /// `-1234567.89` → `-1,234,567.89`: a reference grouping written independently of the parser.
    private func grouped(_ text: String) -> String {
        var sign = "", body = Substring(text)
        if body.hasPrefix("-") { sign = "-"; body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        var integer = Array(parts[0]), out: [Character] = []
        while integer.count > 3 {
            out.insert(contentsOf: [","] + integer.suffix(3), at: 0)
            integer.removeLast(3)
        }
        out.insert(contentsOf: integer, at: 0)
        return sign + String(out) + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// ASCII digits, `-` and `.` as their full-width forms (U+FF10…, U+FF0D, U+FF0E).
    private func fullWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { Unicode.Scalar($0.value + 0xFEE0)! }))
    }
}
