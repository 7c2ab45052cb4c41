import SharedTestSupport
import Testing
@testable import ExportDialects

@Suite struct SplitTests {
    @Test func chunksAreContiguousAndCoverEveryRecord() {
        #expect(Part.chunks(10) == [0..<3, 3..<6, 6..<8, 8..<10])
        #expect(Part.chunks(2) == [0..<1, 1..<2])
        #expect(Part.chunks(0) == [0..<0])
    }

    @Test func partsHoldEveryRecordOnceInOrderWithVariedHeaders() throws {
        let result = try ExportRewrite.rewrite(file: "coal_deliveries.csv", bytes: utf8(numberedCoal(10)), dialect: .split)
        #expect(result.files.map(\.path) == (1...4).map { "coal_deliveries/part-\($0).csv" })
        #expect(result.text("coal_deliveries/part-1.csv") == """
            登记编号,镇街,购买数量(吨),总金额(元)
            R01,博山镇,1.5,100.00
            R02,博山镇,2.5,200.00
            R03,博山镇,3.5,300.00

            """)
        // part-2: columns reversed.
        #expect(result.text("coal_deliveries/part-2.csv") == """
            总金额(元),购买数量(吨),镇街,登记编号
            400.00,4.5,博山镇,R04
            500.00,5.5,博山镇,R05
            600.00,6.5,博山镇,R06

            """)
        // part-3: GB18030, the source being UTF-8.
        let part3 = "登记编号,镇街,购买数量(吨),总金额(元)\nR07,博山镇,7.5,700.00\nR08,博山镇,8.5,800.00\n"
        #expect(result.bytes("coal_deliveries/part-3.csv") == GB18030Text.encode(part3))
        // part-4: the English aliases of SPEC §2.2.
        #expect(result.text("coal_deliveries/part-4.csv") == """
            record_id,township,tons,amount
            R09,博山镇,9.5,900.00
            R10,博山镇,10.5,1000.00

            """)
        let expected: [(Int, String, Int)] = [(2, "part-1", 2), (4, "part-1", 4), (5, "part-2", 2), (8, "part-3", 2),
                                              (9, "part-3", 3), (10, "part-4", 2), (11, "part-4", 3)]
        for (line, part, now) in expected {
            #expect(result.lineMap["coal_deliveries.csv", line] == RecordLocation(file: "coal_deliveries/\(part).csv", line: now))
        }
        #expect(result.lineMap.count == 10)
    }

    @Test func englishHeadersBecomeChineseAndGB18030BecomesUTF8WithBOM() throws {
        var source = "batch,supplier,sulfur\n"
        for index in 1...4 { source += "B\(index),淄博,0.3\(index)\n" }
        let result = try ExportRewrite.rewrite(file: "coal_quality.csv", bytes: GB18030Text.encode(source), dialect: .split)
        let part4 = "批号,供应企业,\"全硫St,d(%)\"\nB4,淄博,0.34\n"
        #expect(result.bytes("coal_quality/part-4.csv") == GB18030Text.encode(part4))
        #expect(TextEncoding.detect(GB18030Text.encode(source)) == .gb18030)
        let part3 = try #require(result.bytes("coal_quality/part-3.csv"))
        #expect(part3 == TextEncoding.bom + utf8("batch,supplier,sulfur\nB3,淄博,0.33\n"))
    }

    @Test func aGB18030PartThatWouldReadAsUTF8StaysUTF8() throws {
        // 鲁泰 in GB18030 is C2 B3 CC A9: valid UTF-8 (³ and a combining mark).
        #expect(TextEncoding.detect(GB18030Text.encode("鲁泰")) == .utf8)
        let source = "id,x\nR1,a\nR2,b\nR3,鲁泰\n"
        let result = try ExportRewrite.rewrite(file: "x.csv", bytes: utf8(source), dialect: .split)
        #expect(result.bytes("x/part-3.csv") == utf8("id,x\nR3,鲁泰\n"))
    }

    @Test func reversingPadsShortRowsAndKeepsExtraCellsLast() throws {
        let source = "a,b,c\n1,2,3\nx,y\np,q,r,s\n"
        let result = try ExportRewrite.rewrite(file: "other.csv", bytes: utf8(source), dialect: .split)
        #expect(result.text("other/part-2.csv") == "c,b,a\n,y,x\n")
        #expect(result.text("other/part-3.csv") == "a,b,c\np,q,r,s\n")
    }

    @Test func allPutsEachPartInItsOwnExcelFormWithTypedValues() throws {
        let result = try ExportRewrite.rewrite(file: "coal_deliveries.csv", bytes: utf8(numberedCoal(4, lineEnding: "\r\n")),
                                               dialect: .all)
        #expect(result.text("coal_deliveries/part-2.csv") == "博山区清洁煤炭配送登记表,,,,,,\r\n"
                + "填报单位：博山区发展和改革局,,,填报日期：2019年1月8日,,,\r\n,,,,,,\r\n"
                + "序号,总金额(元),购买数量(吨),镇街,登记编号,,\r\n"
                + "1,¥200.00,2.5 吨,博山镇,R02,,\r\n"
                + ",200.00,2.5,合计,,,\r\n")
        #expect(result.lineMap["coal_deliveries.csv", 3] == RecordLocation(file: "coal_deliveries/part-2.csv", line: 5))
    }
}
