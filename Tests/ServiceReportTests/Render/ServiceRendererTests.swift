import Testing
import ReportInputs
import ReportPublish
@testable import ServiceReport

/// The files as analysts open them: exact rows worked out from the December scenario.
@Suite struct ServiceRendererTests {
    /// The file's lines without the BOM, split on CRLF.
    func lines(_ output: JobOutput, _ path: String) throws -> [String] {
        let file = try #require(output.files.first { $0.path == path })
        #expect(Array(file.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: file.bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasSuffix("\r\n"))
        return text.components(separatedBy: "\r\n").dropLast()
    }

    @Test func writesTheSevenFiles() throws {
        let output = ServiceRenderer.render(try decemberReport())
        #expect(output.files.map(\.path) == [
            "service/item_compression.csv", "service/department_indicators.csv", "service/hall_indicators.csv",
            "service/township_indicators.csv", "service/district_indicators.csv", "service/overdue.csv",
            "service/departments.svg",
        ])
    }

    @Test func itemCompressionRows() throws {
        let rows = try lines(ServiceRenderer.render(try decemberReport()), "service/item_compression.csv")
        #expect(rows.count == 6)
        #expect(rows[0] == "事项编码,事项名称,部门,法定时限(工作日),承诺时限(工作日),即办件,复杂事项,承诺占法定比例(%),"
            + "承诺压缩率(%),承诺时限达标情况,办结量,按时办结量,按时办结率(%),参评量,满意量,满意率(%)")
        // T-001: 6/20 = 30.0, 14/20 = 70.0; D1 on time, D2 late → 1/2; 满意 1 of 2 rated.
        #expect(rows[1] == "T-001,事项一,甲局,20,6,否,否,30.0,70.0,达标,2,1,50.0,2,1,50.0")
        // T-002: 7/20 = 35.0 breaks the rule; no ticket → rates empty.
        #expect(rows[2] == "T-002,事项二,甲局,20,7,否,否,35.0,65.0,未达标,0,0,,0,0,")
        // T-003: statutory 0 → ratio and compression empty.
        #expect(rows[3] == "T-003,事项三,乙局,0,0,是,否,,,达标,1,1,100.0,1,1,100.0")
        #expect(rows[4] == "T-004,事项四,乙局,60,30,否,是,50.0,50.0,豁免（复杂事项）,1,1,100.0,0,0,")
    }

    @Test func departmentRowsWithEveryIndicator() throws {
        let rows = try lines(ServiceRenderer.render(try decemberReport()), "service/department_indicators.csv")
        #expect(rows.count == 4)
        #expect(rows[0].hasPrefix("部门,排名,排名变化,上期排名,综合得分,受理量,办结量,"))
        // 甲局 (see GroupIndicatorsTests): rank 2 (↓1 from 1), 60.0; 3 received, 2 completed;
        // items 2 / 1 → 50.0, 67.5; 40 / 10 → 75.0; on time 1 → 50.0; overdue 1; 即办 0 → 0.0;
        // steps 1 → 50.0; online 1 → 50.0; one visit 2 → 100.0; zero 1 → 50.0; rated 2 → 100.0;
        // satisfied 1 → 50.0; dissatisfied 1 → 50.0; one wait of 10.
        #expect(rows[2] == "甲局,2,↓1,1,60.0,3,2,2,1,50.0,67.5,40,10,75.0,1,50.0,1,0,0.0,1,50.0,1,50.0,2,100.0,"
            + "1,50.0,2,100.0,1,50.0,1,50.0,1,10.0,10.0,10.0")
        // 丙局: no ticket, only an exempt item: counts 0, every rate empty, not ranked.
        #expect(rows[3] == "丙局,,—,,,0,0,0,0,,,0,0,,0,,0,0,,0,,0,,0,,0,,0,,0,,0,,0,,,")
    }

    @Test func districtAndTownshipFiles() throws {
        let output = ServiceRenderer.render(try decemberReport())
        let district = try lines(output, "service/district_indicators.csv")
        #expect(district.count == 2)
        #expect(district[1].hasPrefix("全区,,—,,"))
        let townships = try lines(output, "service/township_indicators.csv")
        #expect(townships.map { $0.split(separator: ",").first.map(String.init) ?? "" } == ["镇街", "博山镇", "源泉镇"])
    }

    @Test func overdueRowsMostOverdueFirst() throws {
        let rows = try lines(ServiceRenderer.render(try decemberReport()), "service/overdue.csv")
        #expect(rows.count == 3)
        #expect(rows[0] == "办件编号,受理大厅,镇街,部门,事项编码,事项名称,办理渠道,受理时间,期末后办结时间,"
            + "特殊环节(工作日),已用工作日,承诺时限(工作日),超期工作日,法定时限(工作日),超过法定时限")
        // D6: 29 elapsed, committed 6 → 23 over, statutory 20 exceeded.
        #expect(rows[1] == "D6,区政务服务中心,博山镇,甲局,T-001,事项一,窗口,2018-11-20 09:00:00,,0,29,6,23,20,是")
        #expect(rows[2] == "D7,区政务服务中心,博山镇,乙局,T-003,事项三,窗口,2018-12-03 09:00:00,,0,20,0,20,0,是")
    }

    @Test func inputTextIsFormulaEscaped() throws {
        let hostile = ticket("=cmd|' /C calc'!A0", item: "T-003", hall: "@SUM(1+1)", received: day(2018, 12, 3))
        let output = ServiceRenderer.render(try job("2018-12", [hostile]).report())
        let rows = try lines(output, "service/overdue.csv")
        #expect(rows[1].hasPrefix("'=cmd|' /C calc'!A0,'@SUM(1+1),"))
        // The summary no longer lists ticket ids; its one hall-free line names departments.
        #expect(!output.summaryMarkdown.contains("=cmd"))
    }

    @Test func summaryShowsBreachesOverdueRankingAndEmptyRates() throws {
        let output = ServiceRenderer.render(try decemberReport())
        let summary = output.summaryMarkdown
        #expect(summary.hasPrefix("## 政务服务（博政办字〔2018〕116号）\n\n"))
        // Departments breaking the 30% rule come first, with their items.
        let breach = try #require(summary.range(of: "| 甲局 | 50.0% | 事项二（法定 20 / 承诺 7 个工作日，35.0%） |"))
        let ranking = try #require(summary.range(of: "### 部门排名"))
        #expect(breach.lowerBound < ranking.lowerBound)
        #expect(summary.contains("![各部门政务服务综合得分](service/departments.svg)"))
        // Ranking rows, in two page-wide tables (volumes, then rates); 丙局's empty rates show as —.
        #expect(summary.contains("| 1 | 乙局 | 70.0 | ↑1 | 2 | 2 | 1 | 12.0 |"))
        #expect(summary.contains("| 1 | 乙局 | 100.0% | 100.0% | 50.0% | 0.0% | 100.0% |"))
        #expect(summary.contains("| — | 丙局 | — | — | 0 | 0 | 0 | — |"))
        #expect(summary.contains("| — | 丙局 | — | — | — | — | — |"))
        #expect(summary.contains("共 **2** 件办件超过承诺时限仍未办结"))
        #expect(summary.contains("本期没有参评办件达到 10 件的事项。"))
    }

    @Test func redFlagsOverdueFirstThenThirtyPercentRule() throws {
        let output = ServiceRenderer.render(try decemberReport())
        #expect(output.redFlags.map(\.severity) == [.critical, .major])
        #expect(output.redFlagLines == [
            "超期未办结办件 **2** 件（最长超期 23 个工作日）；见 [service/overdue.csv](service/overdue.csv)",
            "承诺时限超过法定时限30%的事项 **1** 项（1 个部门，116号 三(三)3）；见 [service/item\\_compression.csv](service/item_compression.csv)",
        ])
    }

    @Test func overdueLineNamesDepartmentsMostFirst() throws {
        let summary = ServiceRenderer.render(try decemberReport()).summaryMarkdown
        // D6 (甲局, 23 over) and D7 (乙局, 20 over): one each; the tie keeps the ranking order (乙局 first).
        #expect(summary.contains("按部门：乙局 1 件、甲局 1 件；超期最长 23 个工作日。"))
    }

    @Test func chartBarsFollowTheRankingAndMarkBreaches() throws {
        let output = ServiceRenderer.render(try decemberReport())
        let svg = String(decoding: try #require(output.files.first { $0.path == "service/departments.svg" }).bytes, as: UTF8.self)
        #expect(svg.contains("各部门政务服务综合得分（2018年12月）"))
        // 乙局 first (blue), 甲局 red (breaks the rule), 丙局 without a bar.
        let yi = try #require(svg.range(of: ">乙局<")), jia = try #require(svg.range(of: ">甲局<"))
        #expect(yi.lowerBound < jia.lowerBound)
        // One red bar and one blue (bars are 18 high), the palette's colours.
        #expect(svg.components(separatedBy: "height=\"18.0\" fill=\"\(ChartPalette.behind)\"").count - 1 == 1)
        #expect(svg.components(separatedBy: "height=\"18.0\" fill=\"\(ChartPalette.onTrack)\"").count - 1 == 1)
        // The legend: what blue and red mean here, and "—" for the unranked 丙局; no line.
        let legendStart = try #require(svg.range(of: "<g aria-label=\"图例\""))
        let legendEnd = try #require(svg.range(of: "</g>"))
        let legend = svg[legendStart.upperBound..<legendEnd.lowerBound]
            .matches(of: #/<text[^>]*>([^<]*)</text>/#).map { String($0.1) }
        #expect(legend == ["承诺时限压缩达标", "有事项承诺时限压缩未达30%", "—", "不参与排名"])
        #expect(!svg.contains("stroke-dasharray"))
        #expect(svg.contains(">0</text>") && svg.contains(">100</text>"))
    }

    @Test func renderingIsDeterministic() throws {
        let first = ServiceRenderer.render(try decemberReport())
        let second = ServiceRenderer.render(try decemberReport())
        #expect(first.files.map(\.bytes) == second.files.map(\.bytes))
        #expect(first.summaryMarkdown == second.summaryMarkdown)
    }
}
