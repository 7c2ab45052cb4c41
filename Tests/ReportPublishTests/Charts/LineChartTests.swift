import Foundation
import Testing
@testable import ReportPublish

@Suite struct LineChartTests {
    static let coal = LineChart.Series(name: "清洁煤炭累计完成率", values: [38.6, 74.1, 91.3],
                                       valueTexts: ["38.6%", "74.1%", "91.3%"])
    static let service = LineChart.Series(name: "政务服务按时办结率", values: [96.2, 96.5, 97.1],
                                          valueTexts: ["96.2%", "96.5%", "97.1%"])
    static let quarter = LineChart(title: "逐月趋势 · 2018年第四季度", categories: ["10月", "11月", "12月"],
                                   series: [coal, service])

    /// One panel per series, each with its own axis and the range in its heading.
    @Test func eachSeriesHasItsOwnAxisScaledToItsData() {
        let svg = Self.quarter.svg
        #expect(svg.contains(">清洁煤炭累计完成率（纵轴 25%–100%）</text>"))
        #expect(svg.contains(">政务服务按时办结率（纵轴 95.5%–98.0%）</text>"))
        // Both bounds are labelled.
        for label in ["25%", "100%", "95.5%", "98.0%"] {
            #expect(svg.contains("fill=\"#666666\">\(label)</text>"), "\(label)")
        }
        #expect(!svg.contains(">0%</text>"))
    }

    /// Legend row 40–60, panels from 68, 206 high and 14 apart: the second at 288, its
    /// plot from 318 to 468. x = 70 + 20 = 90 for 10月, 90 + 580 = 670 for 12月.
    /// 96.2 is at (962 − 955) / 25 = 0.28 of 95.5–98.0: y = 468 − 0.28 × 150 = 426.0;
    /// 97.1 at 0.64: y = 468 − 96 = 372.0; 96.5 at 0.4: y = 408.0 at x = 380.
    @Test func pointsFollowThePanelAxis() {
        let svg = Self.quarter.svg
        #expect(Self.quarter.height == 68 + 2 * 206 + 14 + 8)
        #expect(svg.contains("points=\"90.0,426.0 380.0,408.0 670.0,372.0\""))
        // Value texts 8 above each point, 16 below a point lower than its neighbours
        // (96.2, lower than 96.5), with a halo.
        let purple = ChartPalette.series("政务服务按时办结率")
        #expect(svg.contains("<text x=\"90.0\" y=\"442.0\" text-anchor=\"middle\" font-size=\"11\" "
            + "fill=\"\(purple)\" \(SVGFormat.halo)>96.2%</text>"))
        #expect(svg.contains("<text x=\"380.0\" y=\"400.0\" text-anchor=\"middle\" font-size=\"11\" "
            + "fill=\"\(purple)\" \(SVGFormat.halo)>96.5%</text>"))
    }

    /// The colour belongs to the series name, not to its position: 按时办结率 alone, after
    /// coal, or first has the same colour, and it is none of the state colours.
    @Test func seriesColourIsFixedByName() {
        let purple = ChartPalette.series("政务服务按时办结率")
        let alone = LineChart(title: "t", categories: ["1月", "2月"], series: [Self.service]).svg
        let swapped = LineChart(title: "t", categories: ["1月", "2月"], series: [Self.service, Self.coal]).svg
        for svg in [alone, swapped, Self.quarter.svg] {
            #expect(svg.contains("<polyline fill=\"none\" stroke=\"\(purple)\""))
            #expect(svg.contains("stroke=\"\(purple)\" stroke-width=\"3\"/><text x="))   // its legend entry
            for state in [ChartPalette.onTrack, ChartPalette.warning, ChartPalette.behind] {
                #expect(!svg.contains(state))
            }
        }
    }

    @Test func legendListsTheSeries() throws {
        let svg = Self.quarter.svg
        let start = try #require(svg.range(of: "<g aria-label=\"图例\""))
        let end = try #require(svg.range(of: "</g>"))
        let legend = String(svg[start.lowerBound..<end.lowerBound])
        #expect(legend.contains(">清洁煤炭累计完成率</text>") && legend.contains(">政务服务按时办结率</text>"))
        #expect(legend.contains("stroke=\"\(ChartPalette.series("清洁煤炭累计完成率"))\""))
        #expect(legend.components(separatedBy: "<line").count - 1 == 2)
    }

    @Test func missingValuesBreakTheLineAndAnEmptySeriesSaysSo() {
        let gappy = LineChart.Series(name: "x", values: [50, nil, 60, 70], valueTexts: ["50%", "", "60%", "70%"])
        let none = LineChart.Series(name: "y", values: [nil, nil], valueTexts: [])
        let svg = LineChart(title: "t", categories: ["1月", "2月", "3月", "4月"], series: [gappy, none]).svg
        // 50 alone draws no line; 60–70 is one polyline.
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 1)
        #expect(svg.components(separatedBy: "<circle").count - 1 == 3)
        #expect(svg.contains(">无数据</text>"))
        #expect(svg.contains(">y（纵轴 0%–100%）</text>"))
    }

    @Test func isAStandaloneDocument() {
        let svg = Self.quarter.svg
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"502\" viewBox=\"0 0 720 502\""))
        #expect(svg.contains("font-family=\"\(SVGFormat.fontFamily)\""))
        #expect(!svg.contains("id=") && !svg.contains("href") && !svg.contains("<image") && !svg.contains("<script"))
        #expect(svg == Self.quarter.svg)
        #expect(svg.hasSuffix("</svg>\n"))
    }
}
