import ReportCore
import ReportPublish
import Testing
@testable import CoalReport

@Suite struct SummarySectionTests {
    func novemberWithAFailedBatch() -> CoalResults {
        var base = CoalFixture.twoMonths("2018-11")
        base.feed([CoalFixture.sample("BAD", on: "2018-10-01", supplier: "万通|煤业", heat: 21_780)])
        _ = base.add(CoalFixture.delivery("M9", "博山镇", "东村", household: "B9", kg: 1_000, batch: "BAD", on: "2018-11-20"),
                     line: 9)
        return base.results()
    }

    @Test func sectionHasTheRankingChartAndSubsidyFigures() {
        let results = CoalFixture.twoMonths("2018-11").results()
        let section = CoalRenderer.output(results, unmasked: false).summaryMarkdown
        #expect(section.hasPrefix("## 清洁煤炭和节能炉具推广（博政办字〔2018〕109号）\n"))
        #expect(section.contains("| 1 | 源泉镇 | 100.0% | 50.0% | 25.4 | 75.0 | ↑1 |"))
        #expect(section.contains("| 不参与排名 | 城西街道 | — | — | — | — | — |"))
        #expect(section.contains("![各镇街清洁煤炭完成率（截至 2018-11-30）](coal/completion.svg)"))
        #expect(section.contains("进度滞后（煤炭完成率低于时间进度 74.6%）：博山镇（-24.6 个百分点）、石马镇（-24.6 个百分点）。"))
        // Coal: B1 2 t, Y1 1, S1 2, C1 1, Y2 1.5, Y3 1.5, S2 2 = 11 t, all within the cap:
        // 11 × 120 = 1320.00; stoves 4 × 150 = 600.00; total 1920.00 for 8 households
        // (the 7 with coal and S3, who has a stove only).
        #expect(section.contains("| 清洁煤炭 | 11.000 吨 | 7 | 1320.00 | 壹仟叁佰贰拾元整 |"))
        #expect(section.contains("| 节能炉具 | 4 台 | 4 | 600.00 | 陆佰元整 |"))
        #expect(section.contains("| **合计** | — | 8 | **1920.00** | 壹仟玖佰贰拾元整 |"))
        // No failed batch, no anomaly: those parts are left out.
        #expect(!section.contains("### 抽检不合格批次"))
        #expect(!section.contains("### 登记异常"))
    }

    @Test func summaryFiguresMatchTheCSVFiles() {
        let output = CoalRenderer.output(novemberWithAFailedBatch(), unmasked: false)
        let village = csvLines(output.files.first { $0.path == "coal/village_company.csv" }!.bytes)
        let total = village.last!.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        // The district row's subsidy (figures and 大写) appears as is in the summary.
        #expect(output.summaryMarkdown.contains("| 清洁煤炭 | 11.000 吨 | 7 | \(total[8]) | \(total[9]) |"))
        let ranking = csvLines(output.files.first { $0.path == "coal/township_ranking.csv" }!.bytes)
        let boshan = ranking.first { $0.contains(",博山镇,") }!.split(separator: ",", omittingEmptySubsequences: false)
        // 博山镇 3 t of 4 t = 75.0%, gap 75.0 − 74.6 = 0.4.
        #expect(boshan[7] == "75.0")
        #expect(boshan[9] == "0.4")
        #expect(output.summaryMarkdown.contains("| 博山镇 | 75.0% | 50.0% | 0.4 |"))
    }

    @Test func failedBatchesComeFirstInSectionAndRedFlags() {
        let output = CoalRenderer.output(novemberWithAFailedBatch(), unmasked: false)
        let section = output.summaryMarkdown
        let failed = section.range(of: "### 抽检不合格批次")!.lowerBound
        let ranking = section.range(of: "### 镇街进度与排名")!.lowerBound
        #expect(failed < ranking)
        // The supplier comes from the input: its | is escaped. 21.78 < 24 MJ/kg.
        #expect(section.contains("| BAD | 万通\\|煤业 | 洁净型煤 | 2018-10-01 | 发热量 21.78 MJ/kg &lt; 24 MJ/kg | 1.000 |"))
        // Red flags, most serious first: the failed batch (one supplier, 1 t), the township
        // behind schedule (石马镇 50.0% against 74.6%), then batch B1 of the other deliveries,
        // never sampled: 11 t.
        #expect(output.redFlags.map(\.severity) == [.critical, .major, .minor])
        #expect(output.redFlagLines == [
            "煤炭抽检不合格 **1** 个批次（1 家供应企业），已配送 1.000 吨，不予补贴；见 [coal/quality\\_batches.csv](coal/quality_batches.csv)",
            "清洁煤炭进度滞后 **1** 个镇街，最慢为石马镇（完成 50.0%，时间进度 74.6%）；见 [coal/township\\_ranking.csv](coal/township_ranking.csv)",
            "未抽检煤炭批次 **1** 个（已配送 11.000 吨）；见 [coal/quality\\_batches.csv](coal/quality_batches.csv)",
        ])
    }

    @Test func anomalyCountsForTheScorecard() {
        var job = CoalFixture.job("2018-12")
        job.feed([CoalFixture.delivery("M1", "石马镇", "北村", household: "H1", kg: 1_000, on: "2018-10-01")])
        job.feed([CoalFixture.install("S1", "博山镇", "东村", household: "H1", on: "2018-10-02")])
        let output = CoalRenderer.output(job.results(), unmasked: false)
        // One anomaly over both exports: one count per export, under each row's first township.
        #expect(output.anomalyCounts == [
            AnomalyCount(file: "coal_deliveries.csv", township: "石马镇", count: 1),
            AnomalyCount(file: "stove_installs.csv", township: "博山镇", count: 1),
        ])
        #expect(output.redFlagLines.contains("清洁煤炭登记异常 **1** 条（1 类）；见 [coal/anomalies.csv](coal/anomalies.csv)"))
    }

    @Test func chartShowsTownshipsInRankingOrderWithTheElapsedShare() {
        let svg = CoalRenderer.output(CoalFixture.twoMonths("2018-11").results(), unmasked: false)
            .files.first { $0.path == "coal/completion.svg" }!.bytes
        let text = String(decoding: svg, as: UTF8.self)
        let order = ["源泉镇", "博山镇", "石马镇", "城西街道"].map { text.range(of: ">\($0)<")!.lowerBound }
        #expect(order == order.sorted())
        #expect(text.contains("时间进度 74.6%"))
        // 博山镇 is behind schedule: red bar.
        #expect(text.contains("#e15759"))
    }

    @Test func renderingIsDeterministic() {
        // Computed twice from the inputs (not the same results rendered twice); the
        // cross-process check is CommandLineTests/RerunTests.
        let a = CoalRenderer.output(novemberWithAFailedBatch(), unmasked: false)
        let b = CoalRenderer.output(CoalFixture.twoMonths("2018-11").results(), unmasked: false)
        let c = CoalRenderer.output(novemberWithAFailedBatch(), unmasked: false)
        #expect(a.files.map(\.bytes) == c.files.map(\.bytes))
        #expect(a.summaryMarkdown == c.summaryMarkdown)
        #expect(a.files.map(\.bytes) != b.files.map(\.bytes))
    }
}
