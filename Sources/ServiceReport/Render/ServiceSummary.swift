import ReportCore
import ReportPublish

/// The job's part of the summary (Chinese): its headline block, red flags and section.
/// Every figure comes from a CSV under `service/`, linked next to it.
enum ServiceSummary {
    static let heading = "政务服务（博政办字〔2018〕116号）"
    /// Departments named in the summary's overdue line (every ticket is in overdue.csv).
    static let overdueDepartmentsListed = 5

    static func render(_ report: ServiceReport) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = [.heading(level: 2, heading), .paragraph(headlineText(report))]
        blocks += ruleSection(report)
        blocks += overdueSection(report)
        blocks += ServiceSummaryTables.departmentSection(report)
        blocks += ServiceSummaryTables.townshipSection(report)
        blocks += worstRatedSection(report)
        blocks.append(.paragraph("各受理大厅的同一组指标与排名见 \(link: ServiceRenderer.hallPath)。"))
        return blocks
    }

    /// Page 1: the 30% rule, on-time completion, overdue open tickets and satisfaction,
    /// each with its change against the previous period.
    static func headline(_ report: ServiceReport) -> Headline {
        let d = report.district, before = report.previousDistrict
        return Headline(title: "政务服务", figures: [
            HeadlineFigure(label: "承诺时限达标事项率（30%要求）", value: shown(d.itemCompliance),
                           source: ItemCompressionTable.path, isAlert: !report.breaches.isEmpty),
            HeadlineFigure(label: "按时办结率", value: shown(d.onTimeRate),
                           change: ChangeText.points(d.onTimeRate, before?.onTimeRate), source: ServiceRenderer.districtPath),
            // No change shown: the tally counts overdue tickets as of this period's end only.
            HeadlineFigure(label: "超期在办", value: "\(report.overdue.count) 件",
                           source: OverdueTable.path, isAlert: !report.overdue.isEmpty),
            HeadlineFigure(label: "满意率", value: shown(d.satisfactionRate),
                           change: ChangeText.points(d.satisfactionRate, before?.satisfactionRate),
                           source: ServiceRenderer.districtPath),
        ])
    }

    /// Departments breaking the 30% rule (major), then tickets overdue now (critical).
    static func redFlags(_ report: ServiceReport) -> [RedFlag] {
        var flags: [RedFlag] = []
        if let worst = report.overdue.first {
            flags.append(RedFlag(.critical, "超期未办结办件 \(strong: report.overdue.count) 件（最长超期 \(worst.overdueDays) 个工作日）；"
                + "见 \(link: OverdueTable.path)"))
        }
        let items = report.breaches.reduce(0) { $0 + $1.items.count }
        if items > 0 {
            flags.append(RedFlag(.major, "承诺时限超过法定时限\(report.rule.maxPercentOfStatutory)%的事项 \(strong: items) 项"
                + "（\(report.breaches.count) 个部门，116号 三(三)3）；见 \(link: ItemCompressionTable.path)"))
        }
        return flags
    }

    private static func headlineText(_ report: ServiceReport) -> RichText {
        let d = report.district
        var text: RichText = "\(report.period.chineseName)，全区各服务大厅受理办件 \(strong: d.received) 件，办结 \(strong: d.completed) 件"
        if d.completed > 0 {
            text += "；按时办结率 \(shown(d.onTimeRate))，一次办好率 \(shown(d.oneVisitRate))，网办率 \(shown(d.onlineRate))，"
            text += "实际压缩率 \(shown(d.actualCompression))，满意率 \(shown(d.satisfactionRate))（参评率 \(shown(d.ratedShare))）"
            if !d.wait.medianText.isEmpty {
                text += "，等候时长中位数 \(d.wait.medianText) 分钟（90%的办件不超过 \(d.wait.percentile90Text) 分钟）"
            }
        }
        text += "。截至 \(report.period.last) 超期在办 \(strong: report.overdue.count) 件。"
        text += "全区合计见 \(link: ServiceRenderer.districtPath)。"
        return text
    }

    private static func ruleSection(_ report: ServiceReport) -> [DocumentBlock] {
        let percent = report.rule.maxPercentOfStatutory
        let blocks: [DocumentBlock] = [.heading(level: 3, "承诺时限压缩（承诺时限不超过法定时限的\(percent)%）")]
        let exempt = report.items.filter { $0.status == .exempt }.count
        let failing = report.breaches.reduce(0) { $0 + $1.items.count }
        var text: RichText = "事项目录共 \(report.items.count) 项，其中复杂事项 \(exempt) 项不参加考核；"
        text += "时限达标事项率 \(shown(report.district.itemCompliance))，"
        text += "平均承诺压缩率 \(shown(report.district.committedCompression.percentText))。"
        if report.breaches.isEmpty {
            text += "参加考核的事项承诺时限均未超过法定时限的\(percent)%。"
            text += "逐项明细见 \(link: ItemCompressionTable.path)。"
            return blocks + [.paragraph(text)]
        }
        text += "\(strong: failing) 项事项未达标，涉及 \(report.breaches.count) 个部门："
        var table = DocumentTable(columns: [
            TableColumn("部门"), TableColumn("时限达标事项率", .right), TableColumn("未达标事项"),
        ])
        for breach in report.breaches {
            let rate = Rate(numerator: breach.assessedItems - breach.items.count, denominator: breach.assessedItems)
            let items = breach.items.map { item in
                item.item.name + "（法定 \(item.item.statutoryDays) / 承诺 \(item.item.committedDays) 个工作日"
                    + (item.committedShare.percentText.isEmpty ? "" : "，\(item.committedShare.percentText)%") + "）"
            }
            table.append([.text(breach.department), ServiceCells.percent(rate), .text(items.joined(separator: "；"))])
        }
        return blocks + [.paragraph(text), .table(table), .paragraph("逐项明细见 \(link: ItemCompressionTable.path)。")]
    }

    private static func overdueSection(_ report: ServiceReport) -> [DocumentBlock] {
        let heading = DocumentBlock.heading(level: 3, "超期在办")
        guard !report.overdue.isEmpty else {
            return [heading, .paragraph("截至 \(report.period.last)，没有超过承诺时限仍未办结的办件。")]
        }
        let pastStatutory = report.overdue.filter(\.pastStatutoryLimit).count
        var text: RichText = "截至 \(report.period.last)，共 \(strong: report.overdue.count) 件办件超过承诺时限仍未办结，"
        text += "其中 \(pastStatutory) 件已超过法定时限。"
        let byDepartment = overdueByDepartment(report)
        let listed = byDepartment.prefix(overdueDepartmentsListed).map { "\($0.name) \($0.count) 件" }.joined(separator: "、")
        text += "按部门：\(listed)"
        if byDepartment.count > overdueDepartmentsListed { text += " 等 \(byDepartment.count) 个部门" }
        text += "；超期最长 \(report.overdue[0].overdueDays) 个工作日。"
        text += "逐件（受理大厅、已用与承诺工作日）见 \(link: OverdueTable.path)。"
        return [heading, .paragraph(text)]
    }

    /// Overdue tickets by department, most first (ties in ranking order): who has to act.
    static func overdueByDepartment(_ report: ServiceReport) -> [(name: String, count: Int)] {
        var byDepartment: [(name: String, count: Int)] = []
        for ticket in report.overdue {
            if let index = byDepartment.firstIndex(where: { $0.name == ticket.item.department }) {
                byDepartment[index].count += 1
            } else {
                byDepartment.append((ticket.item.department, 1))
            }
        }
        let order = Dictionary(uniqueKeysWithValues: report.departments.enumerated().map { ($1.name, $0) })
        byDepartment.sort { ($1.count, order[$0.name] ?? Int.max) < ($0.count, order[$1.name] ?? Int.max) }
        return byDepartment
    }

    private static func worstRatedSection(_ report: ServiceReport) -> [DocumentBlock] {
        let minimum = ServiceReport.worstRatedMinimumRated
        let heading = DocumentBlock.heading(level: 3, "满意率最低的事项")
        guard !report.worstRatedItems.isEmpty else {
            return [heading, .paragraph("本期没有参评办件达到 \(minimum) 件的事项。")]
        }
        var table = DocumentTable(columns: [
            TableColumn("事项编码"), TableColumn("事项名称"), TableColumn("部门"), TableColumn("参评量", .right),
            TableColumn("满意率", .right), TableColumn("按时办结率", .right),
        ])
        for item in report.worstRatedItems {
            table.append([.text(item.item.code), .text(item.item.name), .text(item.item.department), .text(String(item.rated)),
                          ServiceCells.percent(item.satisfactionRate), ServiceCells.percent(item.onTimeRate)])
        }
        return [heading,
                .paragraph("参评办件不少于 \(minimum) 件的事项中，满意率最低的 \(report.worstRatedItems.count) 项"
                    + "（逐项见 \(link: ItemCompressionTable.path)）："),
                .table(table)]
    }

    /// A rate in running text: `95.3%`, or `—` when empty.
    static func shown(_ rate: Rate) -> String { shown(rate.percentText) }

    static func shown(_ text: String) -> String { text.isEmpty ? TableCell.emptyMark : text + "%" }
}
