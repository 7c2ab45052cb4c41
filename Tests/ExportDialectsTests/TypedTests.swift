import Testing
@testable import ExportDialects

@Suite struct TypedTests {
    @Test func quantitiesAndMoneyGetTheirUnits() throws {
        let result = try ExportRewrite.rewrite(file: "coal_deliveries.csv", bytes: utf8(coalFixture), dialect: .typed)
        #expect(result.text("coal_deliveries.csv") == """
            登记编号,镇街,村居,户号,购买数量(吨),总金额(元),配送日期
            A1,博山镇,郭庄村,1001,1.5吨,1230.00元,2018-09-01
            A2,源泉镇,东村,1002,0.75 吨,"1,200.50",2018-09-02
            A3,石马镇,西村,1003,两吨,¥80,2018-09-03

            """)
        #expect(result.lineMap["coal_deliveries.csv", 3]?.line == 3)
    }

    @Test func moneyAlternatesAndGroupsOnlyFromAThousand() {
        var typed = TypedValues()
        let values = ["120", "1230.00", "820", "999.50"].map { typed.retype(Field($0), role: .money(summed: true))?.string }
        #expect(values == ["120元", "¥1,230.00", "820元", "¥999.50"])
        #expect(TypedValues.grouped("1234567.8") == "1,234,567.8")
    }

    @Test func everyFifthTypedValueIsSurroundedByWideOrNoBreakSpaces() {
        var typed = TypedValues()
        let values = (1...10).map { typed.retype(Field("\($0)"), role: .count)?.string }
        #expect(values[3] == "4台")
        #expect(values[4] == "\u{3000}5台\u{3000}")
        #expect(values[9] == "\u{00A0}10台\u{00A0}")
    }

    @Test func dirtyValuesStayAsTheyAre() {
        var typed = TypedValues()
        for value in ["-0.75", "两吨", "８５０", " 1.5 ", "1.", ".5", "1,230.00", "", "1e3"] {
            #expect(typed.retype(Field(value), role: .tons) == nil)
        }
        for value in ["2018-10-08 9:15", "2018/10/08 09:15", "2018-10-08 09:15:00", "2018-1O-08 09:15"] {
            #expect(typed.retype(Field(value), role: .dateTime) == nil)
        }
        #expect(typed.retype(Field("A1"), role: .text) == nil)
    }

    @Test func serviceTimesBecomeISOWithSeconds() throws {
        let source = "办件编号,受理时间,办结时间,等候时长(分钟)\nBS1,2018-10-08 09:15,,15\n"
        let result = try ExportRewrite.rewrite(file: "service_tickets.csv", bytes: utf8(source), dialect: .typed)
        #expect(result.text("service_tickets.csv") == "办件编号,受理时间,办结时间,等候时长(分钟)\nBS1,2018-10-08T09:15:00,,15\n")
    }
}
