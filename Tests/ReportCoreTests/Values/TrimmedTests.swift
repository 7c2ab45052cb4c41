import Testing
import ReportCore

@Suite("ValueParser.trimmed and isBlank")
struct TrimmedTests {
    @Test(arguments: [
        ("  12  ", "12"),
        ("\t12\r\n", "12"),
        ("\u{3000}张三\u{3000}", "张三"),          // ideographic space E3 80 80
        ("\u{00A0}12\u{00A0}", "12"),              // no-break space C2 A0
        (" \u{3000}\u{00A0}\t a b \t\u{00A0}\u{3000} ", "a b"),  // mixed; inner space kept
        ("12", "12"),
        ("", ""),
        ("   ", ""),
        ("\u{3000}\u{3000}", ""),
        ("\u{3001}", "\u{3001}"),                 // 、 is E3 80 81: not a space
    ])
    func trims(input: String, expected: String) {
        #expect(ValueParser.trimmed(input) == expected)
    }

    @Test func trimsBytesWithoutTouchingOtherCharacters() {
        // A lone C2 or E3 80 at the end is not a space and must stay.
        withBuffer([0x31, 0xE3, 0x80]) { #expect(Array(ValueParser.trimmed($0)) == [0x31, 0xE3, 0x80]) }
        withBuffer([0xC2, 0x31]) { #expect(Array(ValueParser.trimmed($0)) == [0xC2, 0x31]) }
        withBuffer([0x20, 0xC2, 0xA0, 0x41, 0xE3, 0x80, 0x80]) { #expect(Array(ValueParser.trimmed($0)) == [0x41]) }
        withBuffer([]) { #expect(ValueParser.trimmed($0).isEmpty) }
    }

    @Test(arguments: [
        ("\u{FEFF}12", "12"),                                   // BOM EF BB BF in front
        ("12\u{FEFF}", "12"),
        ("\u{FEFF}\u{FEFF} 张三 \u{FEFF}", "张三"),
        ("\u{3000}\u{FEFF}\u{00A0} \t1.5吨\t \u{00A0}\u{FEFF}\u{3000}", "1.5吨"),  // every kind, mixed
        ("\u{FEFF}", ""),
        ("\u{FEFF}\u{3000}\u{00A0}", ""),
        ("1\u{FEFF}2", "1\u{FEFF}2"),                          // inner BOM kept
        ("１２", "１２"),                                         // full-width digits start with EF: kept
        ("＿", "＿"),                                             // U+FF3F is EF BC BF: ends with BF, kept
        ("\u{FFBF}", "\u{FFBF}"),                               // EF BE BF, not a BOM
        ("吨", "吨"),
    ])
    func trimsByteOrderMarks(input: String, expected: String) {
        #expect(ValueParser.trimmed(input) == expected)
    }

    @Test func byteOrderMarkBytesAreMatchedExactly() {
        // A truncated BOM or one with a wrong middle byte is not a space and must stay.
        withBuffer([0xEF, 0xBB, 0x31]) { #expect(Array(ValueParser.trimmed($0)) == [0xEF, 0xBB, 0x31]) }
        withBuffer([0x31, 0xBB, 0xBF]) { #expect(Array(ValueParser.trimmed($0)) == [0x31, 0xBB, 0xBF]) }
        withBuffer([0x31, 0xEF, 0xBC, 0xBF]) { #expect(Array(ValueParser.trimmed($0)) == [0x31, 0xEF, 0xBC, 0xBF]) }
        withBuffer([0xEF, 0xBB, 0xBF, 0x41, 0xEF, 0xBB, 0xBF, 0x20]) { #expect(Array(ValueParser.trimmed($0)) == [0x41]) }
        withBuffer([0xBF]) { #expect(Array(ValueParser.trimmed($0)) == [0xBF]) }
        withBuffer([0x7F]) { #expect(Array(ValueParser.trimmed($0)) == [0x7F]) }   // DEL is not trimmed
    }

    @Test func numbersAndDatesReadThroughByteOrderMarks() {
        #expect(ValueParser.fixedPoint("\u{FEFF}1,234.5", scale: 2) == .success(123_450))
        #expect(ValueParser.day("2018-09-28\u{FEFF}") == .success(date(2018, 9, 28)))
        #expect(ValueParser.isBlank("\u{FEFF} \u{3000}"))
    }

    @Test(arguments: ["", " ", "\t\r\n", "\u{3000}", "\u{00A0} \u{3000}"])
    func blank(input: String) {
        #expect(ValueParser.isBlank(input))
    }

    @Test(arguments: ["0", " - ", "\u{3001}", "a"])
    func notBlank(input: String) {
        #expect(!ValueParser.isBlank(input))
    }
}
