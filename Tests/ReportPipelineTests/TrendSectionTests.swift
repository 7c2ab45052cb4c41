import Foundation
import ReportCore
import ReportPublish
import Testing
@testable import ReportPipeline

@Suite struct TrendSectionTests {
    static func output(_ series: TrendSeries...) -> JobOutput {
        var output = JobOutput()
        output.trends = series
        return output
    }

    static let coalQ4 = TrendSeries(name: "清洁煤炭累计完成率", source: "coal/township_ranking.csv",
                                    tenthsOfPercent: [386, 741, 913])
    static let serviceQ4 = TrendSeries(name: "政务服务按时办结率", source: "service/district_indicators.csv",
                                       tenthsOfPercent: [962, 965, 971])

    @Test func aQuarterShowsItsMonthsEachOnItsOwnAxis() throws {
        let trend = try #require(TrendSection(period: Period("2018-Q4")!,
                                              outputs: [Self.output(Self.coalQ4), Self.output(Self.serviceQ4)]))
        #expect(trend.months.map(\.description) == ["2018-10", "2018-11", "2018-12"])
        #expect(trend.title == "逐月趋势 · 2018年第四季度")
        #expect(trend.svg.contains(">政务服务按时办结率（纵轴 95.5%–98.0%）</text>"))
        #expect(trend.svg.contains(">清洁煤炭累计完成率（纵轴 25%–100%）</text>"))
        #expect(MarkdownRenderer.render(trend.blocks).contains("纵轴：清洁煤炭累计完成率 25%–100%，政务服务按时办结率 95.5%–98.0%"))
        #expect(!MarkdownRenderer.render(trend.blocks).contains("月报"))
        #expect(String(decoding: trend.csv, as: UTF8.self)
            == "\u{FEFF}月份,清洁煤炭累计完成率(%),政务服务按时办结率(%)\r\n2018-10,38.6,96.2\r\n2018-11,74.1,96.5\r\n2018-12,91.3,97.1\r\n")
    }

    /// Today's jobs give a month report one value per series: no trend of one point.
    @Test func aMonthWithOneValuePerSeriesHasNoTrend() {
        let one = TrendSeries(name: "政务服务按时办结率", source: "s", tenthsOfPercent: [962])
        #expect(TrendSection(period: Period("2018-12")!, outputs: [Self.output(one)]) == nil)
        #expect(TrendSection(period: Period("2018-12")!, outputs: [JobOutput()]) == nil)
        // January to January is one month even with a longer series.
        let long = TrendSeries(name: "x", source: "s", tenthsOfPercent: [1, 2, 3])
        #expect(TrendSection(period: Period("2018-01")!, outputs: [Self.output(long)]) == nil)
    }

    /// A year-to-date series (January to the month) makes a month report's trend; a
    /// shorter series is padded with empty months at the start (its values end at the
    /// period's last month).
    @Test func aMonthWithAYearToDateSeriesShowsJanuaryToTheMonth() throws {
        let service = TrendSeries(name: "政务服务按时办结率", source: "service/district_indicators.csv",
                                  tenthsOfPercent: [962, 965, 971, 968, 969, 970, 964, 966, 963, 966, 958, 971])
        let coal = TrendSeries(name: "清洁煤炭累计完成率", source: "coal/township_ranking.csv", tenthsOfPercent: [913])
        let trend = try #require(TrendSection(period: Period("2018-12")!,
                                              outputs: [Self.output(coal), Self.output(service)]))
        #expect(trend.months.count == 12 && trend.months.first?.description == "2018-01")
        #expect(trend.monthLabels.first == "1月" && trend.monthLabels.last == "12月")
        #expect(trend.title == "逐月趋势 · 2018年1–12月")
        #expect(trend.series[0].tenthsOfPercent == Array(repeating: nil, count: 11) + [913])
        #expect(trend.series[1].tenthsOfPercent == service.tenthsOfPercent)
        #expect(MarkdownRenderer.render(trend.blocks).contains("月报的趋势为本年 1 月至本月。"))
        // 95.8…97.1, padded by 0.5 → 95.3…97.6; step 0.5 gives 95.0…98.0, 6 intervals (too
        // many); step 1 gives 95…98, 3 intervals.
        #expect(trend.svg.contains(">政务服务按时办结率（纵轴 95%–98%）</text>"))
        let csv = String(decoding: trend.csv, as: UTF8.self).components(separatedBy: "\r\n")
        #expect(csv[1] == "2018-01,,96.2")
        #expect(csv[12] == "2018-12,91.3,97.1")
    }

    /// A series longer than January to the month keeps its last values.
    @Test func aSeriesReachingBeforeJanuaryIsCut() throws {
        let long = TrendSeries(name: "x", source: "s", tenthsOfPercent: [1, 2, 3, 4, 5])
        let trend = try #require(TrendSection(period: Period("2018-03")!, outputs: [Self.output(long)]))
        #expect(trend.months.map(\.description) == ["2018-01", "2018-02", "2018-03"])
        #expect(trend.series[0].tenthsOfPercent == [3, 4, 5])
    }

    /// The same series has the same colour whatever else is in the chart.
    @Test func seriesColourDoesNotDependOnTheOtherSeries() throws {
        let both = try #require(TrendSection(period: Period("2018-Q4")!,
                                             outputs: [Self.output(Self.coalQ4), Self.output(Self.serviceQ4)]))
        let alone = try #require(TrendSection(period: Period("2018-Q4")!, outputs: [Self.output(Self.serviceQ4)]))
        let purple = ChartPalette.series("政务服务按时办结率")
        for svg in [both.svg, alone.svg] {
            #expect(svg.contains("<polyline fill=\"none\" stroke=\"\(purple)\""))
        }
        #expect(both.svg.contains("<polyline fill=\"none\" stroke=\"\(ChartPalette.series("清洁煤炭累计完成率"))\""))
    }
}
