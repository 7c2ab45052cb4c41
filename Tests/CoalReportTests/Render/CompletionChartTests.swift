import ReportPublish
import Testing
@testable import CoalReport

@Suite struct CompletionChartTests {
    static func legendTexts(_ svg: String) -> [String] {
        guard let start = svg.range(of: "<g aria-label=\"图例\""),
              let end = svg.range(of: "</g>", range: start.upperBound..<svg.endIndex) else { return [] }
        return svg[start.upperBound..<end.lowerBound].matches(of: #/<text[^>]*>([^<]*)</text>/#).map { String($0.1) }
    }

    /// November 2018 of the two-month fixture: 源泉镇 100.0%, 博山镇 and 石马镇 50.0%
    /// (behind the elapsed share 91 / 122 = 74.6%), 城西街道 without a quota.
    @Test func coloursLegendAxisAndTheElapsedLine() {
        let svg = CompletionChart.svg(CoalFixture.twoMonths("2018-11").results())
        // Blue and red from the one palette; the legend names what they mean here.
        #expect(Self.legendTexts(svg) == ["不低于时间进度", "落后于时间进度", "—", "无清洁煤炭任务", "时间进度"])
        #expect(svg.contains("width=\"12\" height=\"12\" fill=\"\(ChartPalette.onTrack)\"/><text x=\"184.0\" y=\"54.0\">不低于时间进度"))
        #expect(svg.contains("fill=\"\(ChartPalette.behind)\"/><text x=\"310.0\" y=\"54.0\">落后于时间进度"))
        // Rows from y = 86: 源泉镇 a full blue bar (axis 0–100%), 博山镇 and 石马镇 red, half.
        #expect(svg.contains("<rect x=\"160.0\" y=\"91.0\" width=\"480.0\" height=\"18.0\" fill=\"\(ChartPalette.onTrack)\"/>"))
        #expect(svg.components(separatedBy: "width=\"240.0\" height=\"18.0\" fill=\"\(ChartPalette.behind)\"").count - 1 == 2)
        #expect(svg.contains(">0%</text>") && svg.contains(">100%</text>") && !svg.contains(">125%</text>"))
        // The line at 160 + 480 × 91 / 122 = 518.0, dashed grey, before every value text;
        // 源泉镇's text after its bar (646), 博山镇's at 406 (ends near 442, clear of 518).
        let line = svg.range(of: "<line x1=\"518.0\" y1=\"82.0\" x2=\"518.0\" y2=\"202.0\" stroke=\"\(ChartPalette.reference)\"")
        #expect(line != nil)
        for text in [">100.0%</text>", ">50.0%</text>", ">—</text>"] {
            let position = svg.ranges(of: text).last
            #expect(position != nil && line!.lowerBound < position!.lowerBound, "\(text)")
        }
        #expect(svg.contains("<text x=\"646.0\" y=\"105.0\""))
        #expect(svg.contains("<text x=\"406.0\" y=\"133.0\""))
    }
}
