import SharedTestSupport
import Testing
@testable import ExportDialects

@Suite struct ExcelFormTests {
    @Test func coalFormHasTitleRowsNumbersTrailingColumnsAndSums() throws {
        let result = try ExportRewrite.rewrite(file: "coal_deliveries.csv", bytes: utf8(coalFixture), dialect: .excelForm)
        #expect(result.files.map(\.path) == ["coal_deliveries.csv"])
        #expect(result.text("coal_deliveries.csv") == """
            博山区清洁煤炭配送登记表,,,,,,,,,
            填报单位：博山区发展和改革局,,,填报日期：2019年1月8日,,,,,,
            ,,,,,,,,,
            序号,登记编号,镇街,村居,户号,购买数量(吨),总金额(元),配送日期,,
            1,A1,博山镇,郭庄村,1001,1.5,1230.00,2018-09-01,,
            2,A2,源泉镇,东村,1002,0.75,"1,200.50",2018-09-02,,
            3,A3,石马镇,西村,1003,两吨,80,2018-09-03,,
            ,合计,,,,2.25,2510.50,,,

            """)
        #expect(result.lineMap["coal_deliveries.csv", 2] == RecordLocation(file: "coal_deliveries.csv", line: 5))
        #expect(result.lineMap["coal_deliveries.csv", 4] == RecordLocation(file: "coal_deliveries.csv", line: 7))
        #expect(result.lineMap.original(file: "coal_deliveries.csv", line: 6) == RecordLocation(file: "coal_deliveries.csv", line: 3))
        #expect(result.lineMap.count == 3)
    }

    @Test func serviceFormKeepsBOMAndCRLFAndHasNoTotal() throws {
        let source = "\u{FEFF}办件编号,受理时间,跑动次数\r\nBS1,2018-10-08 09:15,1\r\n"
        let result = try ExportRewrite.rewrite(file: "service_tickets.csv", bytes: utf8(source), dialect: .excelForm)
        let bytes = try #require(result.bytes("service_tickets.csv"))
        #expect(bytes.starts(with: TextEncoding.bom))
        #expect(result.text("service_tickets.csv") == "博山区政务服务大厅办件登记表,,,,,\r\n"
                + "填报单位：博山区行政审批服务局,,,填报日期：2019年1月8日,,\r\n,,,,,\r\n"
                + "序号,办件编号,受理时间,跑动次数,,\r\n1,BS1,2018-10-08 09:15,1,,\r\n")
    }

    @Test func stoveCountsAreSummedButUnitPricesAreNot() throws {
        let source = "登记编号,购买数量 (台),购买单价 (元),总金额 (元)\nL1,1,1980,1980.00\nL2,2,1680,3360.00\nL3,-1,1680,-1680.00\n"
        let result = try ExportRewrite.rewrite(file: "stove_installs.csv", bytes: utf8(source), dialect: .excelForm)
        let last = try #require(result.text("stove_installs.csv")?.split(separator: "\n").last)
        // Excel's SUM counts the negative (rejected) row too: 1 + 2 − 1, 1980 + 3360 − 1680.
        #expect(last == ",合计,2,,3660.00,,")
    }

    @Test func quotedLineBreakShiftsTheLinesOfLaterRecords() throws {
        let source = "id,name\nR1,\"a\nb\"\nR2,c\n"
        let result = try ExportRewrite.rewrite(file: "notes.csv", bytes: utf8(source), dialect: .excelForm)
        #expect(result.text("notes.csv") == "notes,,,,\n填报单位：博山区人民政府办公室,,,填报日期：2019年1月8日,\n,,,,\n"
                + "序号,id,name,,\n1,R1,\"a\nb\",,\n2,R2,c,,\n")
        #expect(result.lineMap["notes.csv", 2]?.line == 5)
        #expect(result.lineMap["notes.csv", 4]?.line == 7)
    }

    @Test func gb18030FormStaysGB18030AndUnchangedCellsKeepTheirBytes() throws {
        let source = GB18030Text.encode(coalFixture)
        let result = try ExportRewrite.rewrite(file: "coal_deliveries.csv", bytes: source, dialect: .excelForm)
        let plain = try ExportRewrite.rewrite(file: "coal_deliveries.csv", bytes: utf8(coalFixture), dialect: .excelForm)
        let expected = try #require(plain.text("coal_deliveries.csv"))
        #expect(result.bytes("coal_deliveries.csv") == GB18030Text.encode(expected))
        #expect(result.lineMap == plain.lineMap)
    }

    @Test func sumsAreExactDecimals() {
        var sum = DecimalSum()
        for value in ["1.5", "0.75", " 2 ", "1,000.125", "八百", "８５０", "", "1,00", "-0.5"] { sum.add(value) }
        #expect(sum.text == "1003.875")
        var negative = DecimalSum()
        negative.add("-0.25")
        #expect(negative.text == "-0.25")
    }
}
