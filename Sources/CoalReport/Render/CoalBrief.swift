import ReportCore
import ReportPublish

/// The coal job's page-1 headline block, its township standings and its part of the 通报.
enum CoalBrief {
    /// Completion, schedule gap, subsidy due, with changes against the previous period.
    static func headline(_ results: CoalResults) -> Headline {
        let d = results.district, before = results.previousDistrict
        let gap = d.scheduleGapTenths
        return Headline(title: "清洁煤炭", figures: [
            HeadlineFigure(label: "煤炭完成率（累计）", value: CoalSummarySection.orDash(d.coalCompletion),
                           change: ChangeText.points(d.coalCompletion, before?.coalCompletion),
                           source: "coal/township_ranking.csv"),
            HeadlineFigure(label: "与时间进度差", value: gap.map { Rate.formatTenths($0) + " 个百分点" } ?? TableCell.emptyMark,
                           change: gap.flatMap { now in before?.scheduleGapTenths.map { ChangeText.points(tenths: now - $0) } },
                           source: "coal/township_ranking.csv", isAlert: (gap ?? 0) < 0),
            HeadlineFigure(label: "应拨市级补贴", value: CoalFormat.yuan(results.subsidy.totalFen) + " 元",
                           source: "coal/subsidy_households.csv"),
            HeadlineFigure(label: "抽检不合格批次", value: "\(results.failedBatches.count) 个", source: "coal/quality_batches.csv",
                           isAlert: !results.failedBatches.isEmpty),
        ])
    }

    static func standings(_ results: CoalResults) -> [TownshipStanding] {
        results.townships.map {
            TownshipStanding(township: $0.township, score: CoalFormat.tenths($0.scoreTenths).isEmpty ? nil : CoalFormat.tenths($0.scoreTenths),
                             rank: $0.rank, rankChange: $0.rankChange)
        }
    }

    /// What was assessed, the ranking, the townships behind schedule, the failed batches
    /// and their suppliers.
    static func notice(_ results: CoalResults) -> [NoticePart] {
        let d = results.district, s = results.subsidy
        var parts: [NoticePart] = [.heading("清洁煤炭和节能炉具推广")]
        parts.append(.paragraph("截至\(results.scope.period.last)，全区累计配送清洁煤炭\(CoalFormat.tons(d.coalKg))吨，"
            + "完成率\(CoalSummarySection.orDash(d.coalCompletion))；安装节能炉具\(d.stoves)台，"
            + "完成率\(CoalSummarySection.orDash(d.stoveCompletion))；时间进度\(results.scope.elapsedShare.percentText)%。"
            + "应拨付市级财政补贴\(CoalFormat.yuan(s.totalFen))元（\(CoalFormat.capital(s.totalFen))）。各镇街推广进度排名如下。"))
        var table = DocumentTable(columns: [
            TableColumn("名次", .center), TableColumn("镇街"), TableColumn("煤炭完成率", .right),
            TableColumn("炉具完成率", .right), TableColumn("得分", .right), TableColumn("名次变化", .center),
        ])
        for row in results.townships {
            table.append([.orEmpty(row.rank.map(String.init)), .text(row.township), CoalSummarySection.percent(row.coalCompletion),
                          CoalSummarySection.percent(row.stoveCompletion), .orEmpty(CoalFormat.tenths(row.scoreTenths)),
                          .text(row.rankChange)])
        }
        parts.append(.table(table, caption: "各镇街清洁煤炭和节能炉具推广进度排名"))
        let behind = results.behindSchedule
        if !behind.isEmpty {
            parts.append(.paragraph("清洁煤炭完成率低于时间进度的镇街："
                + CoalFormat.list(behind.map { "\($0.township)（落后\(CoalFormat.tenths($0.scheduleGapTenths.map { -$0 }))个百分点）" })
                + "，请加快推广进度。"))
        }
        let failed = results.failedBatches
        if !failed.isEmpty {
            parts.append(.paragraph("质量抽检中，\(failed.count)个批次不合格（"
                + failed.map { "\($0.batch)，" + CoalFormat.list($0.suppliers) }.joined(separator: "；")
                + "），已配送\(CoalFormat.tons(results.failedBatchKg))吨不予补贴，相关供应企业列入失信黑名单候选。"))
        }
        return parts
    }
}
