import ReportCore
import ReportPublish

/// The service job's part of the 通报 (plain official prose, no links): what was assessed,
/// the township ranking, the departments breaking the 30% rule and the overdue tickets.
enum ServiceNotice {
    static func parts(_ report: ServiceReport) -> [NoticePart] {
        let d = report.district
        var parts: [NoticePart] = [.heading("政务服务")]
        var text = "\(report.period.chineseName)，全区各服务大厅受理办件\(d.received)件，办结\(d.completed)件"
        if d.completed > 0 {
            text += "，按时办结率\(ServiceSummary.shown(d.onTimeRate))，一次办好率\(ServiceSummary.shown(d.oneVisitRate))，"
                + "网办率\(ServiceSummary.shown(d.onlineRate))，满意率\(ServiceSummary.shown(d.satisfactionRate))"
        }
        parts.append(.paragraph(text + "。各镇街按时限达标事项率、按时办结率、一次办好率、网办率、满意率加权计分排名如下。"))
        var table = DocumentTable(columns: [
            TableColumn("名次", .center), TableColumn("镇街"), TableColumn("得分", .right), TableColumn("按时办结率", .right),
            TableColumn("满意率", .right), TableColumn("名次变化", .center),
        ])
        for g in report.townships {
            table.append([.orEmpty(g.rank.map(String.init)), .text(g.name), .orEmpty(g.scoreText),
                          ServiceCells.percent(g.onTimeRate), ServiceCells.percent(g.satisfactionRate), .text(g.rankChange)])
        }
        parts.append(.table(table, caption: "各镇街政务服务综合得分排名"))
        let failing = report.breaches.reduce(0) { $0 + $1.items.count }
        if failing > 0 {
            parts.append(.paragraph("承诺时限压缩方面，\(report.breaches.map(\.department).joined(separator: "、"))"
                + "共\(failing)项事项承诺时限超过法定时限的\(report.rule.maxPercentOfStatutory)%，请于下期前完成压缩。"))
        }
        if report.overdue.isEmpty {
            parts.append(.paragraph("截至\(report.period.last)，没有超过承诺时限仍未办结的办件。"))
        } else {
            let byDepartment = ServiceSummary.overdueByDepartment(report)
            parts.append(.paragraph("截至\(report.period.last)，超过承诺时限仍未办结的办件\(report.overdue.count)件，"
                + "其中" + byDepartment.map { "\($0.name)\($0.count)件" }.joined(separator: "、")
                + "，最长超期\(report.overdue[0].overdueDays)个工作日，请相关部门限期办结。"))
        }
        return parts
    }
}
