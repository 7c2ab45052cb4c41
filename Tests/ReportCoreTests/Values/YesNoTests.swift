import Testing
import ReportCore

@Suite("ValueParser.yesNo")
struct YesNoTests {
    @Test(arguments: ["是", " 是 ", "Y", "y", "yes", "YES", "Yes", "true", "TRUE", "True", "1", "Ｙ", "１"])
    func yes(input: String) {
        #expect(ValueParser.yesNo(input) == .success(true))
    }

    @Test(arguments: ["否", "\u{3000}否", "N", "n", "no", "NO", "No", "false", "FALSE", "0", "ｎｏ", "０"])
    func no(input: String) {
        #expect(ValueParser.yesNo(input) == .success(false))
    }

    @Test(arguments: ["有", "无", "对", "是的", "否否", "ye", "yess", "t", "f", "2", "01", "1.0", "-1", "Y N", "on", "off", "x"])
    func rejected(input: String) {
        let error = ValueParser.yesNo(input).error
        #expect(error?.kind == .invalidYesNo)
        #expect(error?.reason.hasSuffix("：" + input) == true)
    }

    @Test func emptyIsRejectedAsEmpty() {
        #expect(ValueParser.yesNo("  ").error == ValueError(.empty, summary: "是/否为空"))
    }

    @Test func malformedUTF8IsRejected() {
        withBuffer([0xE6, 0x98]) { #expect(ValueParser.yesNo($0).error?.kind == .invalidYesNo) }
        withBuffer([0x79, 0xFF]) { #expect(ValueParser.yesNo($0).error?.kind == .invalidYesNo) }
    }
}
