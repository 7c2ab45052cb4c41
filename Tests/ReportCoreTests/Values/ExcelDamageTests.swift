import Testing
import ReportCore

@Suite("ValueParser.excelDamage and strippedLeadingZeros")
struct ExcelDamageTests {
    @Test func scientificNotationReason() {
        #expect(ValueParser.excelDamage("3.70304E+12")
            == "“3.70304E+12”是科学计数法：Excel 把编号当成了数字，原值已丢失，请把该列设为文本后重新导出")
        #expect(ValueParser.excelDamage(" 1.38001E+10\u{3000}")?.hasPrefix("“1.38001E+10”是科学计数法") == true)  // trimmed
    }

    @Test(arguments: [
        "3.70304E+12", "3.70304e+12", "1.23E+05", "1E+05", "1.5E-03", "9.99E12", "9e1", "1.E+5",
        "３．７０３０４Ｅ＋１２",                    // full-width
    ])
    func detectsScientificNotation(text: String) {
        #expect(ValueParser.excelDamage(text)?.contains("是科学计数法") == true)
    }

    @Test(arguments: [
        "2018E001", "12E+3", "0.5E+3", "E+12", "3.7E", "3.7E+", "3.7E+-1", "3.70304E+12x", "-3.7E+12",
        "370304000000", "13800138000", "3.7", "3.7e", "abc", "", "   ", "1.2.3E+4", "3,7E+12", "3.7 E+12",
        "BS-2018-0001", "张三",
    ])
    func plainValuesAreNotDamage(text: String) {
        #expect(ValueParser.excelDamage(text) == nil)
    }

    @Test(arguments: ["##", "####", "#####", " ######## "])
    func detectsHashFill(text: String) {
        let shown = ValueParser.trimmed(text)
        #expect(ValueParser.excelDamage(text) == "“\(shown)”是 Excel 的显示占位符：列宽不够或日期为负数时 Excel 显示 ####，"
            + "导出的文件里没有原值，请调宽该列（或改正日期）后重新导出")
    }

    @Test(arguments: [
        ("#VALUE!", "公式里的值类型不对"), ("#REF!", "公式引用的单元格已被删除"), ("#N/A", "查找不到值"),
        ("#NAME?", "公式里有无法识别的名称"), ("#DIV/0!", "除数为零"), ("#NUM!", "数值无效"),
        ("#NULL!", "引用的区域不相交"), ("#SPILL!", "公式结果无处溢出"), ("#CALC!", "公式无法计算"),
        ("#GETTING_DATA", "数据尚未取回"),
    ])
    func detectsErrorValues(text: String, meaning: String) {
        let expected = "“\(text)”是 Excel 的错误值（\(meaning)）：导出的文件里没有原值，请在表格里改正后重新导出"
        #expect(ValueParser.excelDamage(text) == expected)
        #expect(ValueParser.excelDamage(" " + text + "\u{00A0}") == expected)
    }

    @Test(arguments: ["#", "#1", "##a", "#REF", "#ref!", "#N/A!", "#VALUE!!", "# ##", "#GETTING_DATA_MORE"])
    func otherHashCellsAreNotDamage(text: String) {
        #expect(ValueParser.excelDamage(text) == nil)
    }

    @Test(arguments: [
        ("12345", 7, true),          // two zeros lost: 0012345
        ("123456", 7, true),         // one zero lost: 0123456
        ("5", 2, true),
        ("5", 3, true),
        (" 123456 ", 7, true),       // trimmed first
        ("1234567", 7, false),       // full length
        ("12345678", 7, false),      // longer
        ("1234", 7, false),          // three short: another problem
        ("012345", 7, false),        // a number never keeps a leading zero
        ("12a45", 7, false),
        ("1234-5", 8, false),
        ("１２３４５６", 7, false),   // full-width: not what Excel writes
        ("", 2, false),
        ("", 1, false),
        ("5", 1, false),
        ("5", 0, false),
    ])
    func leadingZeros(text: String, expectedLength: Int, lost: Bool) {
        #expect(ValueParser.strippedLeadingZeros(text, expectedLength: expectedLength) == lost)
    }
}
