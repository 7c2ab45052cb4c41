import ReportCore
import ReportPublish

/// The coal job's section of the summary: failed batches and anomalies first when there
/// are any, then the ranking with its chart, the townships behind schedule and the
/// subsidy totals in figures and 大写. Every figure is formatted as in the CSV files.
enum CoalSummarySection {
    static let heading = "清洁煤炭和节能炉具推广（博政办字〔2018〕109号）"

    static func render(_ results: CoalResults) -> [DocumentBlock] {
        let scope = results.scope
        let intro: RichText = "推广期 \(scope.campaign.lowerBound) 至 \(scope.campaign.upperBound)；累计数为推广期开始至 \(scope.period.last)，"
            + "本期数为 \(scope.period.first) 至 \(scope.period.last)；时间进度 \(scope.elapsedShare.percentText)%"
            + "（\(scope.elapsedDays)/\(scope.campaignDays) 天）。"
        return [.heading(level: 2, heading), .paragraph(intro)]
            + failedBatches(results) + anomalies(results) + ranking(results) + subsidy(results)
    }

    static func failedBatches(_ results: CoalResults) -> [DocumentBlock] {
        let failed = results.failedBatches
        guard !failed.isEmpty else { return [] }
        var table = DocumentTable(columns: [
            TableColumn("批号"), TableColumn("供应企业"), TableColumn("煤炭品种"), TableColumn("抽检日期"),
            TableColumn("不合格项目"), TableColumn("配送量(吨)", .right),
        ])
        for batch in failed {
            table.append([.orEmpty(batch.batch), .orEmpty(CoalFormat.list(batch.suppliers)), .orEmpty(batch.coalType),
                          .orEmpty(batch.shownSample?.day.description),
                          .text(batch.findings.map(CoalFormat.finding).joined(separator: "；")),
                          .text(CoalFormat.tons(batch.deliveredKg))])
        }
        return [.heading(level: 3, "抽检不合格批次"), .table(table),
                .paragraph("以上 \(failed.count) 个批次共配送 \(CoalFormat.tons(results.failedBatchKg)) 吨，计入推广进度但不予补贴；"
                    + "其供应企业为失信黑名单候选（方案五(三)）。明细见 \(link: "coal/quality_batches.csv")。")]
    }

    static func anomalies(_ results: CoalResults) -> [DocumentBlock] {
        let counts = results.anomalyCounts
        guard !counts.isEmpty else { return [] }
        var table = DocumentTable(columns: [TableColumn("异常类型"), TableColumn("条数", .right)])
        for (kind, count) in counts { table.append([.text(kind.title), .text(String(count))]) }
        table.append([.strong("合计"), .strong(String(results.anomalies.count))])
        table.footerRows = 1
        return [.heading(level: 3, "登记异常"), .table(table),
                .paragraph("涉及的登记编号与行号见 \(link: "coal/anomalies.csv")；内容冲突的重复行已拒收，见 rejects/ 文件夹。")]
    }

    static func ranking(_ results: CoalResults) -> [DocumentBlock] {
        var table = DocumentTable(columns: [
            TableColumn("排名", .center), TableColumn("镇街"), TableColumn("煤炭完成率", .right),
            TableColumn("炉具完成率", .right), TableColumn("进度差(百分点)", .right), TableColumn("得分", .right),
            TableColumn("排名变化", .center),
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
        var blocks: [DocumentBlock] = [.heading(level: 3, "镇街进度与排名"), .table(table)]
        var reasons: [(reason: String, townships: [String])] = []
        for row in results.townships {
            guard let reason = TownshipRankingCSV.unrankedReason(row) else { continue }
            if let index = reasons.firstIndex(where: { $0.reason == reason }) {
                reasons[index].townships.append(row.township)
            } else {
                reasons.append((reason, [row.township]))
            }
        }
        var text = RichText()
        for (reason, townships) in reasons { text += "\(reason)：\(CoalFormat.list(townships))。" }
        text += "全区累计配送清洁煤炭 \(d.coalHouseholds) 户、\(CoalFormat.tons(d.coalKg)) 吨（本期 \(CoalFormat.tons(d.coalKgInPeriod)) 吨），"
            + "完成率 \(orDash(d.coalCompletion))；安装节能炉具 \(d.stoves) 台（本期 \(d.stovesInPeriod) 台），"
            + "完成率 \(orDash(d.stoveCompletion))。"
        text += "得分 = 100 ×（\(weight(p.weightCoal)) × 煤炭完成率 + \(weight(p.weightStove)) × 炉具完成率），完成率超过 100% 按 100% 计；"
            + "排名变化与上期（\(results.scope.period.previous.chineseName)）比较。"
            + "明细见 \(link: "coal/township_ranking.csv")。"
        blocks += [.paragraph(text), .chart(path: "coal/completion.svg", title: CompletionChart.title(results))]
        let behind = results.behindSchedule
        if behind.isEmpty {
            if results.townships.contains(where: { $0.scheduleGapTenths != nil }) {
                blocks.append(.paragraph("各镇街清洁煤炭完成率均不低于时间进度。"))
            }
        } else {
            blocks.append(.paragraph("进度滞后（煤炭完成率低于时间进度 \(results.scope.elapsedShare.percentText)%）："
                + .plain(CoalFormat.list(behind.map { "\($0.township)（\(CoalFormat.tenths($0.scheduleGapTenths)) 个百分点）" })) + "。"))
        }
        return blocks
    }

    static func subsidy(_ results: CoalResults) -> [DocumentBlock] {
        let s = results.subsidy, p = results.policy
        var table = DocumentTable(columns: [
            TableColumn("项目"), TableColumn("补贴数量", .right), TableColumn("户数", .right),
            TableColumn("金额(元)", .right), TableColumn("金额(大写)"),
        ])
        table.append([.text("清洁煤炭"), .text("\(CoalFormat.tons(s.subsidisedKg)) 吨"), .text(String(s.coalHouseholds)),
                      .text(CoalFormat.yuan(s.coalFen)), .text(CoalFormat.capital(s.coalFen))])
        table.append([.text("节能炉具"), .text("\(s.subsidisedStoves) 台"), .text(String(s.stoveHouseholds)),
                      .text(CoalFormat.yuan(s.stoveFen)), .text(CoalFormat.capital(s.stoveFen))])
        table.append([.strong("合计"), .empty, .text(String(s.households)),
                      .strong(CoalFormat.yuan(s.totalFen)), .text(CoalFormat.capital(s.totalFen))])
        table.footerRows = 1
        var text: RichText = "标准：清洁煤炭每户不超过 \(CoalFormat.limit(p.subsidyMaxKilogramsPerHousehold)) 吨、\(CoalFormat.yuan(p.subsidyFenPerTon)) 元/吨；"
            + "节能炉具每户不超过 \(p.stoveMaxPerHousehold) 台、\(CoalFormat.yuan(p.stoveSubsidyFen)) 元/台（方案四(二)），按户号在全区合并计算。"
        text += "抽检不合格批次的 \(CoalFormat.tons(results.failedBatchKg)) 吨不予补贴；"
            + "未抽检批次（\(results.neverSampledBatches.count) 个）的 \(CoalFormat.tons(results.neverSampledKg)) 吨已计入补贴。"
        text += "分户明细见 \(link: "coal/subsidy_households.csv")，"
            + "分村分企业汇总见 \(link: "coal/village_company.csv") 与 \(link: "coal/stove_village_company.csv")。"
        return [.heading(level: 3, "市级财政补贴"), .table(table), .paragraph(text)]
    }

    static func percent(_ rate: Rate) -> TableCell {
        rate.percentText.isEmpty ? .empty : .text(rate.percentText + "%")
    }

    static func orDash(_ rate: Rate) -> String {
        rate.percentText.isEmpty ? TableCell.emptyMark : rate.percentText + "%"
    }

    /// A ranking weight as written in the policy: 0.5, 1, 0.25.
    private static func weight(_ value: Double) -> String {
        CoalFormat.limit(Int64((value * 1000).rounded()))
    }
}
