import Testing
@testable import FoodReport

@Suite struct FoodOutputTests {
    @Test func filesSectionAndFlagsFromOneResult() {
        let output = FoodOutput.render(FoodFixture.result("2018-Q4"))
        #expect(output.files.map(\.path) == ["food/township_indicators.csv", "food/township_ranking.csv",
                                             "food/open_failures.csv", "food/attainment.svg"])
        #expect(output.summaryMarkdown.hasPrefix("## 食品安全（博政办字〔2018〕115号）"))
        #expect(output.redFlagLines.count == 2)   // open failures, targets missed
    }

    @Test func sameInputsGiveIdenticalBytes() {
        let first = FoodOutput.render(FoodFixture.result("2018-Q4"))
        let second = FoodOutput.render(FoodFixture.result("2018-Q4"))
        #expect(first.files.map(\.bytes) == second.files.map(\.bytes))
        #expect(first.summaryMarkdown == second.summaryMarkdown)
        #expect(first.redFlagLines == second.redFlagLines)
    }

    @Test func unpublishedOrUnreportedResultsCountAsNotPublished() {
        // 2018-Q3, 博山镇: the only result is J14 with 信息公布 empty → 0/1; 城西街道: J12 是 → 1/1.
        let result = FoodFixture.result("2018-Q3")
        let boshan = result.township("博山镇").outcome(.publicationRate)
        #expect(boshan.numerator == 0 && boshan.denominator == 1)
        #expect(result.township("城西街道").outcome(.publicationRate).status == .met)
    }
}
