import ReportCore
import ReportPublish

/// The coal job's section of `summary.md`: failed batches and anomalies first when there
/// are any, then the ranking with its chart, the townships behind schedule and the
/// subsidy totals in figures and 大写. Every figure is formatted as in the CSV files.
enum CoalSummarySection {
    static let heading = "## 清洁煤炭和节能炉具推广（博政办字〔2018〕109号）"

    static func render(_ results: CoalResults) -> String {
        let scope = results.scope
        var text = heading + "\n\n"
        text += "推广期 \(scope.campaign.lowerBound) 至 \(scope.campaign.upperBound)；累计数为推广期开始至 \(scope.period.last)，"
            + "本期数为 \(scope.period.first) 至 \(scope.period.last)；时间进度 \(scope.elapsedShare.percentText)%"
            + "（\(scope.elapsedDays)/\(scope.campaignDays) 天）。\n\n"
        text += failedBatches(results) + anomalies(results) + ranking(results) + subsidy(results)
        return text
    }

    static func failedBatches(_ results: CoalResults) -> String {
        let failed = results.failedBatches
        guard !failed.isEmpty else { return "" }
        var table = MarkdownTable(columns: [
            MarkdownColumn("批号"), MarkdownColumn("供应企业"), MarkdownColumn("煤炭品种"), MarkdownColumn("抽检日期"),
            MarkdownColumn("不合格项目"), MarkdownColumn("配送量(吨)", .right),
        ])
        for batch in failed {
            table.append([.orEmpty(batch.batch), .orEmpty(CoalFormat.list(batch.suppliers)), .orEmpty(batch.coalType),
                          .orEmpty(batch.shownSample?.day.description),
                          .text(batch.findings.map(CoalFormat.finding).joined(separator: "；")),
                          .text(CoalFormat.tons(batch.deliveredKg))])
        }
        return "### 抽检不合格批次\n\n" + table.text
            + "\n以上 \(failed.count) 个批次共配送 \(CoalFormat.tons(results.failedBatchKg)) 吨，计入推广进度但不予补贴；"
            + "其供应企业为失信黑名单候选（方案五(三)）。明细见 [coal/quality_batches.csv](coal/quality_batches.csv)。\n\n"
    }

    static func anomalies(_ results: CoalResults) -> String {
        let counts = results.anomalyCounts
        guard !counts.isEmpty else { return "" }
        var table = MarkdownTable(columns: [MarkdownColumn("异常类型"), MarkdownColumn("条数", .right)])
        for (kind, count) in counts { table.append([.text(kind.title), .text(String(count))]) }
        table.append([.markdown("**合计**"), .markdown("**\(results.anomalies.count)**")])
        return "### 登记异常\n\n" + table.text
            + "\n涉及的登记编号与行号见 [coal/anomalies.csv](coal/anomalies.csv)；内容冲突的重复行已拒收，见 `rejects/`。\n\n"
    }

    static func ranking(_ results: CoalResults) -> String {
        var table = MarkdownTable(columns: [
            MarkdownColumn("排名", .center), MarkdownColumn("镇街"), MarkdownColumn("煤炭完成率", .right),
            MarkdownColumn("炉具完成率", .right), MarkdownColumn("进度差(百分点)", .right), MarkdownColumn("得分", .right),
            MarkdownColumn("排名变化", .center),
        ])
        for row in results.townships {
            table.append([
                row.rank.map { .text(String($0)) } ?? (row.rankingStatus == .campaignNotStarted ? .empty : .text("不参与排名")),
                .text(row.township), percent(row.coalCompletion), percent(row.stoveCompletion),
                .orEmpty(CoalFormat.tenths(row.scheduleGapTenths)), .orEmpty(CoalFormat.tenths(row.scoreTenths)),
                .text(row.rankChange),
            ])
        }
        let d = results.district, p = results.policy
        var text = "### 镇街进度与排名\n\n" + table.text + "\n"
        var reasons: [(reason: String, townships: [String])] = []
        for row in results.townships {
            guard let reason = TownshipRankingCSV.unrankedReason(row) else { continue }
            if let index = reasons.firstIndex(where: { $0.reason == reason }) {
                reasons[index].townships.append(MarkdownText.escape(row.township))
            } else {
                reasons.append((reason, [MarkdownText.escape(row.township)]))
            }
        }
        for (reason, townships) in reasons { text += "\(reason)：\(CoalFormat.list(townships))。" }
        text += "全区累计配送清洁煤炭 \(d.coalHouseholds) 户、\(CoalFormat.tons(d.coalKg)) 吨（本期 \(CoalFormat.tons(d.coalKgInPeriod)) 吨），"
            + "完成率 \(orDash(d.coalCompletion))；安装节能炉具 \(d.stoves) 台（本期 \(d.stovesInPeriod) 台），"
            + "完成率 \(orDash(d.stoveCompletion))。"
        text += "得分 = 100 ×（\(weight(p.weightCoal)) × 煤炭完成率 + \(weight(p.weightStove)) × 炉具完成率），完成率超过 100% 按 100% 计；"
            + "排名变化与上期（\(results.scope.period.previous.chineseName)）比较。"
            + "明细见 [coal/township_ranking.csv](coal/township_ranking.csv)。\n\n"
        text += "![\(CompletionChart.title(results))](coal/completion.svg)\n\n"
        let behind = results.behindSchedule
        if behind.isEmpty {
            let measured = results.townships.contains { $0.scheduleGapTenths != nil }
            text += measured ? "各镇街清洁煤炭完成率均不低于时间进度。\n\n" : ""
        } else {
            text += "进度滞后（煤炭完成率低于时间进度 \(results.scope.elapsedShare.percentText)%）："
                + CoalFormat.list(behind.map { "\(MarkdownText.escape($0.township))（\(CoalFormat.tenths($0.scheduleGapTenths)) 个百分点）" })
                + "。\n\n"
        }
        return text
    }

    static func subsidy(_ results: CoalResults) -> String {
        let s = results.subsidy, p = results.policy
        var table = MarkdownTable(columns: [
            MarkdownColumn("项目"), MarkdownColumn("补贴数量", .right), MarkdownColumn("户数", .right),
            MarkdownColumn("金额(元)", .right), MarkdownColumn("金额(大写)"),
        ])
        table.append([.text("清洁煤炭"), .text("\(CoalFormat.tons(s.subsidisedKg)) 吨"), .text(String(s.coalHouseholds)),
                      .text(CoalFormat.yuan(s.coalFen)), .text(CoalFormat.capital(s.coalFen))])
        table.append([.text("节能炉具"), .text("\(s.subsidisedStoves) 台"), .text(String(s.stoveHouseholds)),
                      .text(CoalFormat.yuan(s.stoveFen)), .text(CoalFormat.capital(s.stoveFen))])
        table.append([.markdown("**合计**"), .empty, .text(String(s.households)),
                      .markdown("**\(CoalFormat.yuan(s.totalFen))**"), .text(CoalFormat.capital(s.totalFen))])
        var text = "### 市级财政补贴\n\n" + table.text + "\n"
        text += "标准：清洁煤炭每户不超过 \(CoalFormat.limit(p.subsidyMaxKilogramsPerHousehold)) 吨、\(CoalFormat.yuan(p.subsidyFenPerTon)) 元/吨；"
            + "节能炉具每户不超过 \(p.stoveMaxPerHousehold) 台、\(CoalFormat.yuan(p.stoveSubsidyFen)) 元/台（方案四(二)），按户号在全区合并计算。"
        text += "抽检不合格批次的 \(CoalFormat.tons(results.failedBatchKg)) 吨不予补贴；"
            + "未抽检批次（\(results.neverSampledBatches.count) 个）的 \(CoalFormat.tons(results.neverSampledKg)) 吨已计入补贴。"
        text += "分户明细见 [coal/subsidy_households.csv](coal/subsidy_households.csv)，"
            + "分村分企业汇总见 [coal/village_company.csv](coal/village_company.csv) 与 "
            + "[coal/stove_village_company.csv](coal/stove_village_company.csv)。\n\n"
        return text
    }

    private static func percent(_ rate: Rate) -> MarkdownCell {
        rate.percentText.isEmpty ? .empty : .text(rate.percentText + "%")
    }

    private static func orDash(_ rate: Rate) -> String {
        rate.percentText.isEmpty ? MarkdownCell.emptyMark : rate.percentText + "%"
    }

    /// A ranking weight as written in the policy: 0.5, 1, 0.25.
    private static func weight(_ value: Double) -> String {
        CoalFormat.limit(Int64((value * 1000).rounded()))
    }
}
