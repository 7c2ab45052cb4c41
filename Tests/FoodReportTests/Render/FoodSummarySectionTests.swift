import Foundation
import Testing
@testable import FoodReport

@Suite struct FoodSummarySectionTests {
    let result = FoodFixture.result("2018-Q4")

    @Test func missedTargetsComeFirstThenTheTablesAndTheChart() throws {
        let text = FoodSummarySection.render(result)
        #expect(text.hasPrefix("## 食品安全（博政办字〔2018〕115号）\n\n"))
        let missed = try #require(text.range(of: "### 未达标的目标"))
        let ranking = try #require(text.range(of: "### 镇街排名"))
        let chart = try #require(text.range(of: "![食品安全目标达成得分](food/attainment.svg)"))
        #expect(missed.lowerBound < ranking.lowerBound && ranking.lowerBound < chart.lowerBound)
        // 学校食堂: only 博山镇 misses (1/2); 池上镇 1/1 meets; district (1+1)/(2+1) = 66.7%.
        #expect(text.contains("- 学校食堂B级以上率 未达标：博山镇 50.0%（1/2）（目标 95.0%；全区 66.7%（2/3））\n"))
        // 处置: worst first, ties (0/1 and 0/1) in display order: 池上镇 before 城西街道; 博山镇 1/1 meets.
        #expect(text.contains("- 不合格核查处置率 未达标：池上镇 0.0%（0/1）、城西街道 0.0%（0/1）（目标 100.0%；全区 33.3%（1/3））\n"))
        #expect(text.contains("| 1 | 博山镇 | 73.0 | ↑1 | 3/7 |"))
        #expect(text.contains("| — | 全区 | 55.2 | — | 0/7 |"))
        // Headline: 8 inspections, results 2 + 2 + 1 = 5 of which 1 + 1 + 0 = 2 passed (40.0%).
        #expect(text.contains("检查 8 户次，抽检 5 批次，合格率 40.0%；全区得分 55.2（考核 7 项，达标 0 项）"))
    }

    @Test func redFlagsTargetsMissedThenOpenFailures() {
        let flags = FoodRedFlags.render(result)
        #expect(flags.count == 2)
        // 食品相关产品: 城西街道 0/1 is worse than 博山镇 1/2, so it comes first.
        #expect(flags[0].hasPrefix("食品安全：7 项目标有镇街未达标——食品相关产品抽检合格率（城西街道、博山镇）；"))
        // 3 open failures, one per township (ties in display order), oldest 169 days (J14).
        #expect(flags[1] == "食品安全：截至 2018-12-31 有 3 个抽检不合格结果未处置（博山镇 1 个、池上镇 1 个、城西街道 1 个），"
            + "最久 169 天，见 [food/open_failures.csv](food/open_failures.csv)")
    }

    @Test func noOpenFailureFlagWhenNothingIsOpen() {
        // One 合格, published result in 2018-12: nothing is open, but the register still leaves
        // 明厨亮灶 (池上镇 0/1) and the 三小 targets missed, so only the targets flag remains.
        let row = FoodFixture.inspection("J01", "CX-R1", "2018-12-03", method: "监督抽检",
                                         result: .pass, published: true)
        let flags = FoodRedFlags.render(FoodFixture.result("2018-12", rows: [row]))
        #expect(flags.count == 1)
        #expect(!flags[0].contains("未处置"))
    }
}
