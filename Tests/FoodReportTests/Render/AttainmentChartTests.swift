import Foundation
import Testing
@testable import FoodReport

@Suite struct AttainmentChartTests {
    @Test func oneBarPerTownshipInRankingOrderWithTheDistrictLine() throws {
        let svg = AttainmentChart.render(FoodFixture.result("2018-Q4"))
        let boshan = try #require(svg.range(of: ">博山镇<"))
        let chishang = try #require(svg.range(of: ">池上镇<"))
        let chengxi = try #require(svg.range(of: ">城西街道<"))
        #expect(boshan.lowerBound < chishang.lowerBound && chishang.lowerBound < chengxi.lowerBound)
        // Bars are score / 100 × 480 px: 72.97 → 350.3, 41.67 → 200.0, 40.0 → 192.0.
        #expect(svg.contains("width=\"350.3\""))
        #expect(svg.contains("width=\"200.0\""))
        #expect(svg.contains("width=\"192.0\""))
        // Every township misses a target: three red bars.
        #expect(svg.components(separatedBy: "fill=\"#e15759\"").count - 1 == 3)
        #expect(svg.contains(">全区 55.2</text>"))
    }
}
