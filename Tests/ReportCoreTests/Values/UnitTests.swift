import Testing
import ReportCore

@Suite("ValueParser.fixedPoint with a column unit, and strippingUnit")
struct UnitTests {
    struct Accepted: Sendable, CustomTestStringConvertible {
        let text: String
        let unit: ValueUnit
        let scale: Int
        let expected: Int64
        var testDescription: String { "\(text) as \(unit) ×10^\(scale)" }
        init(_ text: String, _ unit: ValueUnit, _ scale: Int, _ expected: Int64) {
            (self.text, self.unit, self.scale, self.expected) = (text, unit, scale, expected)
        }
    }

    static let withUnit: [Accepted] = [
        Accepted("1.5吨", .tons, 3, 1_500),                    // 1.5 t = 1500 kg
        Accepted("1.5 吨", .tons, 3, 1_500),
        Accepted("1.5\u{3000}吨", .tons, 3, 1_500),             // ideographic space
        Accepted("1.5\u{00A0}吨", .tons, 3, 1_500),             // no-break space
        Accepted("1.5 \u{3000}\t吨", .tons, 3, 1_500),          // several spaces
        Accepted(" 1.5吨 ", .tons, 3, 1_500),
        Accepted("12t", .tons, 3, 12_000),
        Accepted("12T", .tons, 3, 12_000),
        Accepted("12 t", .tons, 3, 12_000),
        Accepted("12ｔ", .tons, 3, 12_000),                     // full-width t
        Accepted("1,234.567吨", .tons, 3, 1_234_567),
        Accepted("１．５吨", .tons, 3, 1_500),                  // full-width digits and point
        Accepted("120元", .yuan, 2, 12_000),                   // 120 yuan = 12000 fen
        Accepted("120 元", .yuan, 2, 12_000),
        Accepted("¥120.00", .yuan, 2, 12_000),                 // U+00A5
        Accepted("￥120.00", .yuan, 2, 12_000),                // U+FFE5
        Accepted("￥ 1,230.00", .yuan, 2, 123_000),
        Accepted("¥\u{3000}1,230.5", .yuan, 2, 123_050),
        Accepted("¥120元", .yuan, 2, 12_000),
        Accepted("¥-5", .yuan, 2, -500),
        Accepted("1.2300元", .yuan, 2, 123),                   // extra fractional zeros, as plain
        Accepted("1台", .stoves, 0, 1),
        Accepted("2 台", .stoves, 0, 2),
        Accepted("27.6分钟", .minutes, 1, 276),                // 27.6 min in tenths
        Accepted("27.6分", .minutes, 1, 276),
        Accepted("15min", .minutes, 0, 15),
        Accepted("15 MIN", .minutes, 0, 15),
        Accepted("3天", .workingDays, 0, 3),
        Accepted("3个工作日", .workingDays, 0, 3),
        Accepted("3工作日", .workingDays, 0, 3),
        Accepted("3日", .workingDays, 0, 3),
        Accepted("2.5 天", .workingDays, 1, 25),
        Accepted("52%", .percent, 1, 520),
        Accepted("0.52％", .percent, 2, 52),                   // full-width percent sign
        Accepted("0.52 %", .percent, 2, 52),
    ]

    @Test(arguments: withUnit)
    func stripsTheColumnsUnit(_ c: Accepted) {
        #expect(ValueParser.fixedPoint(c.text, scale: c.scale, unit: c.unit) == .success(FixedPointValue(value: c.expected, hadUnit: true)))
    }

    @Test func plainNumbersAreReadAsWithoutUnit() {
        #expect(ValueParser.fixedPoint("1.5", scale: 3, unit: .tons) == .success(FixedPointValue(value: 1_500, hadUnit: false)))
        #expect(ValueParser.fixedPoint(" 1,230.00 ", scale: 2, unit: .yuan) == .success(FixedPointValue(value: 123_000, hadUnit: false)))
        #expect(ValueParser.fixedPoint("1.5吨", scale: 3, unit: nil).error?.reason == "不是有效的数字：1.5吨")
        #expect(ValueParser.fixedPoint("7", scale: 0, unit: nil) == .success(FixedPointValue(value: 7, hadUnit: false)))
    }

    /// Property: every value the plain parser accepts reads the same with a unit column, and
    /// the same again, flagged, with the unit appended (with and without a space).
    @Test(arguments: FixedPointTests.accepted)
    func plainBehaviourIsUnchanged(_ c: FixedPointTests.Accepted) {
        #expect(ValueParser.fixedPoint(c.text, scale: c.scale, unit: .tons) == .success(FixedPointValue(value: c.expected, hadUnit: false)))
        let number = ValueParser.trimmed(c.text)
        for text in [number + "吨", number + " t", "￥" + number] {
            let unit: ValueUnit = text.hasPrefix("￥") ? .yuan : .tons
            #expect(ValueParser.fixedPoint(text, scale: c.scale, unit: unit) == .success(FixedPointValue(value: c.expected, hadUnit: true)), "\(text)")
        }
    }

    @Test(arguments: [
        ("1.5公斤", ValueUnit.tons, "吨"),
        ("1.5kg", .tons, "吨"),
        ("1.5 kg", .tons, "吨"),
        ("1.5吨吨", .tons, "吨"),
        ("120美元", .yuan, "元"),                                // ends with 元 but is not 元
        ("¥120美元", .yuan, "元"),
        ("1.5吨", .yuan, "元"),
        ("1.5元", .tons, "吨"),
        ("2套", .stoves, "台"),
        ("30秒", .minutes, "分钟"),
        ("15mins", .minutes, "分钟"),
        ("3小时", .workingDays, "工作日"),
        ("3个月", .workingDays, "工作日"),
        ("5‰", .percent, "%"),
    ])
    func rejectsAnotherUnit(text: String, unit: ValueUnit, name: String) {
        let error = ValueParser.fixedPoint(text, scale: 2, unit: unit).error
        #expect(error?.kind == .wrongUnit)
        #expect(error?.reason == "“\(text)”的单位不是“\(name)”")
        #expect(error?.summary == "单位不是“\(name)”")
    }

    @Test func reasonsAfterStrippingNameTheWholeCell() {
        #expect(ValueParser.fixedPoint("1.234元", scale: 2, unit: .yuan).error?.reason == "精度超过2位小数：1.234元")
        #expect(ValueParser.fixedPoint("1.234元", scale: 2, unit: .yuan).error?.kind == .tooManyDecimals)
        #expect(ValueParser.fixedPoint("1,23吨", scale: 3, unit: .tons).error?.reason == "千位分隔符位置不对：1,23吨")
        #expect(ValueParser.fixedPoint("1.5台", scale: 0, unit: .stoves).error?.reason == "不是整数：1.5台")
        #expect(ValueParser.fixedPoint("10000000000000.01元", scale: 2, unit: .yuan).error?.reason == "数值超出范围：10000000000000.01元")
        #expect(ValueParser.fixedPoint("1.2.3吨", scale: 3, unit: .tons).error?.reason == "不是有效的数字：1.2.3吨")
        #expect(ValueParser.fixedPoint("--5元", scale: 2, unit: .yuan).error?.reason == "不是有效的数字：--5元")
    }

    /// Cells that are not a number with a unit keep the plain parser's error.
    @Test(arguments: [
        ("1 234吨", ValueUnit.tons), ("1e5", .tons), ("1e5吨", .tons), ("吨", .tons), ("-吨", .tons),
        ("1.5吨2", .tons), ("1. 5吨", .tons), ("$120", .yuan), ("-¥5", .yuan), ("¥120", .tons),
        ("约1.5吨", .tons), ("RMB 120", .yuan), ("元120", .yuan), ("NaN", .percent),
    ])
    func otherShapesKeepThePlainError(text: String, unit: ValueUnit) {
        let error = ValueParser.fixedPoint(text, scale: 2, unit: unit).error
        #expect(error == ValueParser.fixedPoint(text, scale: 2).error)
        #expect(error?.reason == "不是有效的数字：" + text)
    }

    @Test(arguments: ["1,23", "1234,567", ",123", "123,", "1,,234", "1,2345", "0,500", "1,234,56", "1.234,5", "-,123", "12,34.5"])
    func misplacedSeparatorsStayMisplacedWithUnit(text: String) {
        #expect(ValueParser.fixedPoint(text, scale: 3, unit: .tons).error == ValueParser.fixedPoint(text, scale: 3).error)
        #expect(ValueParser.fixedPoint(text + "吨", scale: 3, unit: .tons).error?.reason == "千位分隔符位置不对：" + text + "吨")
    }

    @Test func emptyStaysEmpty() {
        #expect(ValueParser.fixedPoint(" \u{3000} ", scale: 2, unit: .yuan).error == ValueError(.empty, summary: "数值为空"))
    }

    @Test func strippingUnitReturnsTheNumberAndAFlag() {
        #expect(ValueParser.strippingUnit("￥ 1,230.00", unit: .yuan).value?.number == "1,230.00")
        #expect(ValueParser.strippingUnit("￥ 1,230.00", unit: .yuan).value?.hadUnit == true)
        #expect(ValueParser.strippingUnit("1.5吨", unit: .tons).value?.number == "1.5")
        #expect(ValueParser.strippingUnit("１．５ｔ", unit: .tons).value?.number == "１．５")
        #expect(ValueParser.strippingUnit("3个工作日", unit: .workingDays).value?.number == "3")
        #expect(ValueParser.strippingUnit(" 1.5 ", unit: .tons).value?.number == "1.5")
        #expect(ValueParser.strippingUnit(" 1.5 ", unit: .tons).value?.hadUnit == false)
        #expect(ValueParser.strippingUnit("abc", unit: .tons).value?.hadUnit == false)
        #expect(ValueParser.strippingUnit("1.5-吨", unit: .tons).value?.number == "1.5-")   // returned unjudged
        #expect(ValueParser.strippingUnit("1.5公斤", unit: .tons).error?.reason == "“1.5公斤”的单位不是“吨”")
    }

    @Test func customUnitsAndLongValues() {
        let heat = ValueUnit(name: "MJ/kg", suffixes: ["MJ/kg"])
        #expect(ValueParser.fixedPoint("25.12 MJ/kg", scale: 2, unit: heat) == .success(FixedPointValue(value: 2_512, hadUnit: true)))
        #expect(ValueParser.fixedPoint("25.12mj/KG", scale: 2, unit: heat).value?.value == 2_512)
        #expect(ValueParser.fixedPoint("25.12 kcal", scale: 2, unit: heat).error?.reason == "“25.12 kcal”的单位不是“MJ/kg”")
        let long = "1" + String(repeating: "x", count: 100)
        #expect(ValueParser.fixedPoint(long, scale: 0, unit: .tons).error?.reason == "“1" + String(repeating: "x", count: 63) + "…”的单位不是“吨”")
    }

    @Test func oneLetterAfterTheNumberIsATypo() {
        // `0.3O` (letter O for zero) in a percent column: not a number, not another unit.
        #expect(ValueParser.fixedPoint("0.3O", scale: 2, unit: .percent).error?.kind == .invalidNumber)
        #expect(ValueParser.fixedPoint("0.3 O", scale: 2, unit: .percent).error?.kind == .wrongUnit)
    }

    @Test func malformedUTF8IsRejectedNotTrapped() {
        withBuffer([0x31, 0xE5, 0x90]) { #expect(ValueParser.fixedPoint($0, scale: 2, unit: .tons).error?.kind == .wrongUnit) }  // cut-off 吨
        // One byte glued to the number is a typo in the number, not another unit.
        withBuffer([0x31, 0xFF]) { #expect(ValueParser.fixedPoint($0, scale: 2, unit: .tons).error?.kind == .invalidNumber) }
        withBuffer([0x31, 0xFF, 0xFF]) { #expect(ValueParser.fixedPoint($0, scale: 2, unit: .tons).error?.kind == .wrongUnit) }
        withBuffer([0xC2, 0x31]) { #expect(ValueParser.fixedPoint($0, scale: 2, unit: .yuan).error?.kind == .invalidNumber) }
    }
}
