import Foundation
import Testing
@testable import FoodReport
import ReportPublish

@Suite struct FoodSummarySectionTests {
    let result = FoodFixture.result("2018-Q4")

    @Test func missedTargetsComeFirstThenTheTablesAndTheChart() throws {
        let text = MarkdownRenderer.render(FoodSummarySection.render(result))
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

    @Test func redFlagsOpenFailuresThenTargetsMissed() {
        let flags = FoodRedFlags.render(result)
        #expect(flags.map(\.severity) == [.critical, .major])
        // 3 open failures, oldest 169 days (J14).
        #expect(MarkdownRenderer.inline(flags[0].text)
                == "食品抽检不合格结果 **3** 个未处置，最久 169 天；见 [food/open\\_failures.csv](food/open_failures.csv)")
        // 7 targets missed; the townships behind them are 博山镇, 池上镇 and 城西街道 (the
        // three townships of the fixture with data).
        #expect(MarkdownRenderer.inline(flags[1].text)
                == "食品安全 **7** 项考核目标有镇街未达标（涉及 3 个镇街）；见 [food/township\\_indicators.csv](food/township_indicators.csv)")
    }

    @Test func noOpenFailureFlagWhenNothingIsOpen() {
        // One 合格, published result in 2018-12: nothing is open, but the register still leaves
        // 明厨亮灶 (池上镇 0/1) and the 三小 targets missed, so only the targets flag remains.
        let row = FoodFixture.inspection("J01", "CX-R1", "2018-12-03", method: "监督抽检",
                                         result: .pass, published: true)
        let flags = FoodRedFlags.render(FoodFixture.result("2018-12", rows: [row]))
        #expect(flags.count == 1)
        #expect(!flags[0].text.description.contains("未处置"))
    }
}
