import Testing
import ReportCore
@testable import FoodReport
@testable import ReportInputs

@Suite struct OpenFailuresTableTests {
    @Test func everyOpenFailureOldestFirstWithItsAge() {
        let lines = csvLines(OpenFailuresTable.render(FoodFixture.result("2018-Q4")))
        #expect(lines == [
            "检查编号,镇街,主体编号,主体名称,主体类型,检查方式,检查日期,不合格项目,处置状态,处置日期,期末状态,未处置天数",
            // 2018-12-31 − 2018-07-15 = 169; − 2018-12-05 = 26; − 2018-12-20 = 11.
            "J14,博山镇,BS-R1,博山包装制品厂,食品相关产品生产企业,监督抽检,2018-07-15,菌落总数超标,未处置,,未处置,169",
            "J11,城西街道,CX-R1,城西塑料制品厂,食品相关产品生产企业,监督抽检,2018-12-05,菌落总数超标,处置中,,处置中,26",
            "J07,池上镇,CS-P1,池上豆制品厂,食品生产企业,监督抽检,2018-12-20,菌落总数超标,已处置,2019-01-01,期末后处置,11",
        ])
    }

    @Test func inputTextIsFormulaEscapedAndQuoted() {
        let row = FoodFixture.inspection("J99", "CS-P1", "2018-12-30", method: "监督抽检", result: .fail,
                                         failedItems: "=HYPERLINK(\"x\"),铅超标")
        let lines = csvLines(OpenFailuresTable.render(FoodFixture.result("2018-12", rows: [row])))
        // Leading = gets a ', the comma and quotes force RFC 4180 quoting; the status is empty (未填报); 1 day old.
        #expect(lines[1] == "J99,池上镇,CS-P1,池上豆制品厂,食品生产企业,监督抽检,2018-12-30,\"'=HYPERLINK(\"\"x\"\"),铅超标\",,,未填报,1")
    }
}
