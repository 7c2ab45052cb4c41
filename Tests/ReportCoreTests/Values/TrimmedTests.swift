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

    @Test(arguments: ["", " ", "\t\r\n", "\u{3000}", "\u{00A0} \u{3000}"])
    func blank(input: String) {
        #expect(ValueParser.isBlank(input))
    }

    @Test(arguments: ["0", " - ", "\u{3001}", "a"])
    func notBlank(input: String) {
        #expect(!ValueParser.isBlank(input))
    }
}
