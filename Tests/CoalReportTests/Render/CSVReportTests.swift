import ReportCore
import ReportPublish
import Testing
@testable import CoalReport

@Suite struct CSVReportTests {
    func file(_ output: JobOutput, _ path: String) -> [String] {
        csvLines(output.files.first { $0.path == path }?.bytes ?? [])
    }

    @Test func writesTheSixFilesAndTheChart() {
        let output = CoalRenderer.output(CoalFixture.twoMonths("2018-11").results(), unmasked: false)
        #expect(output.files.map(\.path) == [
            "coal/township_ranking.csv", "coal/village_company.csv", "coal/stove_village_company.csv",
            "coal/subsidy_households.csv", "coal/quality_batches.csv", "coal/anomalies.csv", "coal/completion.svg",
        ])
        // Every CSV starts with the UTF-8 BOM.
        for file in output.files where file.path.hasSuffix(".csv") {
            #expect(Array(file.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        }
    }

    @Test func townshipRanking() {
        let lines = file(CoalRenderer.output(CoalFixture.twoMonths("2018-11").results(), unmasked: false),
                         "coal/township_ranking.csv")
        #expect(lines[0] == "行类型,排名,镇街,清洁煤炭任务(吨),累计配送户数,累计配送量(吨),本期配送量(吨),煤炭完成率(%),时间进度(%),"
                + "进度差(百分点),节能炉具任务(台),累计安装户数,累计安装数(台),本期安装数(台),炉具完成率(%),得分,上期排名,排名变化,备注")
        // 源泉镇: 3 households, 4 t of 4 t (100.0%), 3 t in November; gap 100.0 − 74.6 = 25.4;
        // 1 stove of 2 (50.0%); score 75.0; 2nd in October → ↑1.
        #expect(lines[1] == "镇街,1,源泉镇,4.000,3,4.000,3.000,100.0,74.6,25.4,2,1,1,0,50.0,75.0,2,↑1,")
        // 博山镇: 2/4 t = 50.0%, gap −24.6, behind schedule; 1/2 stoves; 50.0; 1st → 2nd.
        #expect(lines[2] == "镇街,2,博山镇,4.000,1,2.000,0.000,50.0,74.6,-24.6,2,1,1,0,50.0,50.0,1,↓1,进度滞后")
        // 城西街道: quota 0, shown with its 1 t, no rate, no rank.
        #expect(lines[4] == "镇街,,城西街道,0.000,1,1.000,0.000,,74.6,,0,0,0,0,,,,—,任务为0，不参与排名")
        // District: 7 households, 11 t of 16 t = 68.75% → 68.8, November 3 + 2 = 5 t; gap 68.8 − 74.6 = −5.8;
        // stoves 4 of 2 + 2 + 4 + 0 = 8 → 50.0%.
        #expect(lines[5] == "全区合计,,全区,16.000,7,11.000,5.000,68.8,74.6,-5.8,8,4,4,0,50.0,,,,进度滞后")
        #expect(lines.count == 6)
    }

    @Test func unrankedNoteNamesTheQuotaThatIsZero() {
        // 博山镇 with coal but no stove quota, 源泉镇 the other way round: neither is ranked,
        // and the note says which quota is 0 (城西街道 has both at 0).
        let quotas: [(String, Int64, Int)] = [("博山镇", 4_000, 0), ("源泉镇", 0, 2), ("石马镇", 8_000, 4), ("城西街道", 0, 0)]
        let job = CoalFixture.job("2018-11", reference: CoalFixture.reference(quotas: quotas))
        let notes = file(CoalRenderer.output(job.results(), unmasked: false), "coal/township_ranking.csv")
            .dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
            .filter { $0[0] == "镇街" }.map { "\($0[2]) \($0[1]) \($0.last!)" }
        // 石马镇 4 t of 8 and 博山镇 2 t of 4 (50.0% < 74.6%) are also behind schedule.
        #expect(notes == ["石马镇 1 进度滞后", "博山镇  节能炉具任务为0，不参与排名；进度滞后",
                          "源泉镇  清洁煤炭任务为0，不参与排名", "城西街道  任务为0，不参与排名"])
    }

    @Test func villageCompanyTableWithSubtotalsAndCapitals() {
        var job = CoalFixture.job("2018-12")
        job.feed([
            CoalFixture.delivery("M1", "博山镇", "东村", household: "H1", kg: 1_000, on: "2018-10-01"),
            CoalFixture.delivery("M2", "源泉镇", "=HYPERLINK(\"x\")", household: "H1", kg: 1_500, on: "2018-10-10"),
        ])
        let lines = file(CoalRenderer.output(job.results(), unmasked: false), "coal/village_company.csv")
        #expect(lines == [
            "行类型,镇街,村居,配送企业,户数,数量(吨),其中不合格批次(吨),金额(元),应补贴金额(元),应补贴金额(大写)",
            // 1 t × 800 = 800.00 yuan; subsidy 1 × 120 = 120.00 = 壹佰贰拾元整.
            "明细,博山镇,东村,甲煤业,1,1.000,0.000,800.00,120.00,壹佰贰拾元整",
            "镇街小计,博山镇,,,1,1.000,0.000,800.00,120.00,壹佰贰拾元整",
            // The village name from the input is formula-escaped; the cap leaves 1 t × 120 = 120.00.
            "明细,源泉镇,\"'=HYPERLINK(\"\"x\"\")\",甲煤业,1,1.500,0.000,1200.00,120.00,壹佰贰拾元整",
            "镇街小计,源泉镇,,,1,1.500,0.000,1200.00,120.00,壹佰贰拾元整",
            // One household district-wide; 240.00 = 贰佰肆拾元整.
            "全区合计,全区,,,1,2.500,0.000,2000.00,240.00,贰佰肆拾元整",
        ])
    }

    @Test func stoveTableByModel() {
        var job = CoalFixture.job("2018-12")
        job.feed([
            CoalFixture.install("S1", "博山镇", "东村", household: "H1", model: "乙型", on: "2018-10-01"),
            CoalFixture.install("S2", "博山镇", "东村", household: "H2", model: "甲型", on: "2018-10-01"),
            CoalFixture.install("S3", "博山镇", "东村", household: "H3", model: "甲型", on: "2018-10-02"),
        ])
        let lines = file(CoalRenderer.output(job.results(), unmasked: false), "coal/stove_village_company.csv")
        // Models sort by their text (乙 U+4E59 before 甲 U+7532); 2 × 1800.00 = 3600.00, 2 × 150.00 = 300.00.
        #expect(lines == [
            "行类型,镇街,村居,配送企业,炉具型号,户数,数量(台),金额(元),应补贴金额(元),应补贴金额(大写)",
            "明细,博山镇,东村,暖家炉具,乙型,1,1,1800.00,150.00,壹佰伍拾元整",
            "明细,博山镇,东村,暖家炉具,甲型,2,2,3600.00,300.00,叁佰元整",
            "镇街小计,博山镇,,,,3,3,5400.00,450.00,肆佰伍拾元整",
            "全区合计,全区,,,,3,3,5400.00,450.00,肆佰伍拾元整",
        ])
    }

    @Test func householdsAreMaskedUnlessUnmasked() {
        var job = CoalFixture.job("2018-12")
        job.feed([
            CoalFixture.delivery("M1", "博山镇", "东村", household: "370304010101", kg: 1_000, on: "2018-10-01"),
            CoalFixture.delivery("M2", "源泉镇", "南村", household: "370304010101", kg: 1_500, on: "2018-10-10"),
        ])
        job.feed([CoalFixture.install("S1", "博山镇", "东村", household: "370304010101", on: "2018-10-11")])
        let results = job.results()
        let masked = file(CoalRenderer.output(results, unmasked: false), "coal/subsidy_households.csv")
        // 2.5 t delivered, 2 t subsidised = 240.00; 1 stove = 150.00; total 390.00 = 叁佰玖拾元整.
        #expect(masked[1] == "37********01,张*明,博山镇、源泉镇,东村、南村,2.500,0.000,2.500,2.000,240.00,1,1,150.00,390.00,叁佰玖拾元整")
        let plain = file(CoalRenderer.output(results, unmasked: true), "coal/subsidy_households.csv")
        #expect(plain[1].hasPrefix("370304010101,张三明,"))
    }

    @Test func qualityBatches() {
        var job = CoalFixture.job("2018-12")
        job.feed([CoalFixture.sample("BAD", on: "2018-10-02", sulfur: 620), CoalFixture.sample("OK", on: "2018-10-02")])
        job.feed([
            CoalFixture.delivery("M1", "博山镇", "东村", household: "H1", kg: 1_000, batch: "BAD", on: "2018-10-05"),
            CoalFixture.delivery("M2", "博山镇", "东村", household: "H2", kg: 2_000, batch: "BAD", on: "2018-10-07"),
            CoalFixture.delivery("M3", "博山镇", "东村", household: "H3", kg: 500, batch: "NEW", on: "2018-10-07"),
        ])
        let lines = file(CoalRenderer.output(job.results(), unmasked: false), "coal/quality_batches.csv")
        #expect(lines[0] == "批号,供应企业,煤炭品种,抽检日期,\"全硫St,d(%)\",灰分Ad(%),挥发分Vdaf(%),\"发热量Qnet,ar(MJ/kg)\","
                + "全水分Mt(%),结论,不合格项目,抽检次数,配送次数,配送量(吨),配送企业,备注")
        // 0.62% > 0.5%; 2 deliveries, 1 + 2 = 3.000 t.
        #expect(lines[1] == "BAD,甲煤业,洁净型煤,2018-10-02,0.62,10.00,8.00,26.00,,不合格,全硫 0.62% > 0.5%,1,2,3.000,甲煤业,")
        #expect(lines[2] == "NEW,,洁净型煤,,,,,,,未抽检,,0,1,0.500,甲煤业,")
        #expect(lines[3] == "OK,甲煤业,洁净型煤,2018-10-02,0.30,10.00,8.00,26.00,,合格,,1,0,0.000,,")
    }

    @Test func anomaliesNameTheRecordsAndSplitByExport() {
        var job = CoalFixture.job("2018-12")
        let first = CoalFixture.delivery("M1", "博山镇", "东村", household: "370304010101", kg: 1_000, on: "2018-10-01")
        var second = first
        second.kilograms = 1_500
        _ = job.add(first, line: 2)
        _ = job.add(second, line: 4)
        _ = job.add(CoalFixture.install("S1", "博山镇", "西村", household: "370304010101", on: "2018-10-02"), line: 7)
        let lines = file(CoalRenderer.output(job.results(), unmasked: false), "coal/anomalies.csv")
        #expect(lines == [
            "编号,异常类型,文件,镇街,村居,户号,登记编号,行号,说明",
            // One anomaly over both exports: one row per export under the same number.
            "1,户号跨镇街/村居,coal_deliveries.csv,博山镇,东村,37********01,M1,2,同一户号登记在 2 个镇街/村居：博山镇/东村、博山镇/西村",
            "1,户号跨镇街/村居,stove_installs.csv,博山镇,西村,37********01,S1,7,同一户号登记在 2 个镇街/村居：博山镇/东村、博山镇/西村",
            "2,登记编号重复（内容冲突）,coal_deliveries.csv,博山镇,东村,37********01,M1、M1,2、4,与第 2 行登记编号相同但内容不同；以第 2 行为准，本行已拒收",
        ])
    }

    @Test func formatsOfQualityFigures() {
        #expect(CoalFormat.figure(620) == "0.62")
        #expect(CoalFormat.figure(16_000) == "16.00")
        #expect(CoalFormat.figure(12_345) == "12.345")
        #expect(CoalFormat.limit(500) == "0.5")
        #expect(CoalFormat.limit(24_000) == "24")
        #expect(CoalFormat.finding(QualityFinding(figure: .heat, value: 23_500, limit: 24_000)) == "发热量 23.5 MJ/kg < 24 MJ/kg")
    }
}
