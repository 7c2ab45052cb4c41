import Foundation
import ReportPublish
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
        // Every township misses a target: three red bars (18 high), no blue one.
        #expect(svg.components(separatedBy: "height=\"18.0\" fill=\"\(ChartPalette.behind)\"").count - 1 == 3)
        #expect(!svg.contains(ChartPalette.onTrack))
        #expect(svg.contains(">全区 55.2</text>"))
    }

    static func legendTexts(_ svg: String) -> [String] {
        guard let start = svg.range(of: "<g aria-label=\"图例\""),
              let end = svg.range(of: "</g>", range: start.upperBound..<svg.endIndex) else { return [] }
        return svg[start.upperBound..<end.lowerBound].matches(of: #/<text[^>]*>([^<]*)</text>/#).map { String($0.1) }
    }

    /// The legend lists red only (every township misses a target) and the district line;
    /// the score axis runs 0–100 in steps of 25.
    @Test func legendAndAxis() {
        let svg = AttainmentChart.render(FoodFixture.result("2018-Q4"))
        #expect(Self.legendTexts(svg) == ["有目标未达成", "全区得分"])
        #expect(svg.contains("width=\"12\" height=\"12\" fill=\"\(ChartPalette.behind)\"/>"))
        #expect(svg.contains("stroke=\"\(ChartPalette.reference)\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>"))
        for tick in ["0", "25", "50", "75", "100"] {
            #expect(svg.contains(" font-size=\"11\" fill=\"#666666\">\(tick)</text>"), "\(tick)")
        }
        // The district line (160 + 480 × 0.552 ≈ 425) is drawn before the value texts; 池上镇's
        // 41.7 starts at 160 + 200 + 6 = 366 and ends near 395, clear of it.
        let line = svg.range(of: "stroke-dasharray=\"4 3\"/>\n")!
        let value = svg.range(of: ">41.7</text>")!
        #expect(line.lowerBound < value.lowerBound)
        #expect(svg.contains("<text x=\"366.0\""))
    }
}
