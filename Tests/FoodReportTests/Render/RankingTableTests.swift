import Testing
@testable import FoodReport

@Suite struct RankingTableTests {
    @Test func rankingOrderThenTheDistrict() {
        let lines = csvLines(RankingTable.render(FoodFixture.result("2018-Q4")))
        #expect(lines == [
            "排名,镇街,得分,排名变化,达标指标数,考核指标数,检查户次",
            // Scores worked out in FoodJobTests: 73.0, 41.7, 40.0; Q3 ranks 2, 3, 1.
            "1,博山镇,73.0,↑1,3,7,4",
            "2,池上镇,41.7,↑1,2,6,3",
            "3,城西街道,40.0,↓2,2,5,1",   // met: 公布 1/1, 备案 1/1
            // District: every target missed (see FoodJobTests), 4 + 3 + 1 = 8 inspections; no rank.
            ",全区,55.2,—,0,7,8",
        ])
    }
}
