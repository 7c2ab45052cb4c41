import ReportCore
import ReportPublish

/// The food job's part of the 通报: what was assessed, the township ranking, the targets
/// missed and the failed results still not disposed.
enum FoodNotice {
    static func parts(_ result: FoodResult) -> [NoticePart] {
        let d = result.district
        let pass = FoodLabels.percent(d.outcome(.samplePassRate))
        var parts: [NoticePart] = [.heading("食品安全")]
        parts.append(.paragraph("\(result.period.first)至\(result.period.last)，全区检查\(d.counts.inspections)户次，"
            + "抽检\(d.counts.results)批次，抽检合格率\(pass.isEmpty ? TableCell.emptyMark : pass + "%")；"
            + "按考核指标目标达成情况计分，各镇街排名如下。"))
        var table = DocumentTable(columns: [
            TableColumn("名次", .center), TableColumn("镇街"), TableColumn("得分", .right), TableColumn("达标/考核", .center),
            TableColumn("名次变化", .center),
        ])
        for entry in result.ranking {
            let area = entry.indicators
            table.append([.orEmpty(entry.rank.map(String.init)), .text(FoodLabels.name(area.area)),
                          .orEmpty(FoodLabels.score(area.score)), .text("\(area.met.count)/\(area.assessed.count)"),
                          .text(CompetitionRanking.change(current: entry.rank, previous: entry.previousRank))])
        }
        parts.append(.table(table, caption: "各镇街食品安全目标达成得分排名"))
        let missed = MissedTarget.all(in: result)
        if !missed.isEmpty {
            parts.append(.paragraph("未达到目标的指标：" + missed.map(\.line).joined(separator: "；") + "。"))
        }
        if result.openFailures.isEmpty {
            parts.append(.paragraph("截至\(result.period.last)，抽检不合格结果均已核查处置。"))
        } else {
            parts.append(.paragraph("截至\(result.period.last)，仍有\(result.openFailures.count)个抽检不合格结果未处置（"
                + OpenFailureCounts.byTownship(result) + "），最久\(OpenFailureCounts.oldestAge(result.openFailures))天，"
                + "请相关镇街限期核查处置。"))
        }
        return parts
    }
}
