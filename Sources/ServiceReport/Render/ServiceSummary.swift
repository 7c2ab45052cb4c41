import ReportCore
import ReportPublish

/// The job's section of `summary.md` and its red flags (Chinese). Every figure comes from
/// a CSV under `service/`, named next to it.
enum ServiceSummary {
    static let heading = "## 政务服务（博政办字〔2018〕116号）"
    /// Departments named in the summary's overdue line (every ticket is in overdue.csv).
    static let overdueDepartmentsListed = 5

    static func render(_ report: ServiceReport) -> String {
        var text = heading + "\n\n"
        text += headline(report) + "\n\n"
        text += ruleSection(report) + "\n"
        text += overdueSection(report) + "\n"
        text += ServiceSummaryTables.departmentSection(report) + "\n"
        text += ServiceSummaryTables.townshipSection(report) + "\n"
        text += worstRatedSection(report)
        text += "\n各受理大厅的同一组指标与排名见 [\(ServiceRenderer.hallPath)](\(ServiceRenderer.hallPath))。\n"
        return text
    }

    /// In the order of the summary's red flags: departments breaking the 30% rule, then
    /// tickets overdue now.
    static func redFlags(_ report: ServiceReport) -> [String] {
        var flags: [String] = []
        let items = report.breaches.reduce(0) { $0 + $1.items.count }
        if items > 0 {
            let names = report.breaches.map { MarkdownText.escape($0.department) }.joined(separator: "、")
            flags.append("政务服务：\(report.breaches.count) 个部门（\(names)）共 **\(items)** 项事项承诺时限超过法定时限的"
                + "\(report.rule.maxPercentOfStatutory)%（116号 三(三)3），见 [\(ItemCompressionTable.path)](\(ItemCompressionTable.path))")
        }
        if let worst = report.overdue.first {
            flags.append("政务服务：截至 \(report.period.last) 有 **\(report.overdue.count)** 件办件超过承诺时限仍未办结"
                + "（最长超期 \(worst.overdueDays) 个工作日），见 [\(OverdueTable.path)](\(OverdueTable.path))")
        }
        return flags
    }

    private static func headline(_ report: ServiceReport) -> String {
        let d = report.district
        var text = "\(report.period.chineseName)，全区各服务大厅受理办件 **\(d.received)** 件，办结 **\(d.completed)** 件"
        if d.completed > 0 {
            text += "；按时办结率 \(shown(d.onTimeRate))，一次办好率 \(shown(d.oneVisitRate))，网办率 \(shown(d.onlineRate))，"
            text += "实际压缩率 \(shown(d.actualCompression))，满意率 \(shown(d.satisfactionRate))（参评率 \(shown(d.ratedShare))）"
            if !d.wait.medianText.isEmpty {
                text += "，等候时长中位数 \(d.wait.medianText) 分钟（90%的办件不超过 \(d.wait.percentile90Text) 分钟）"
            }
        }
        text += "。截至 \(report.period.last) 超期在办 **\(report.overdue.count)** 件。"
        text += "全区合计见 [\(ServiceRenderer.districtPath)](\(ServiceRenderer.districtPath))。"
        return text
    }

    private static func ruleSection(_ report: ServiceReport) -> String {
        let percent = report.rule.maxPercentOfStatutory
        var text = "### 承诺时限压缩（承诺时限不超过法定时限的\(percent)%）\n\n"
        let exempt = report.items.filter { $0.status == .exempt }.count
        let failing = report.breaches.reduce(0) { $0 + $1.items.count }
        text += "事项目录共 \(report.items.count) 项，其中复杂事项 \(exempt) 项不参加考核；"
        text += "时限达标事项率 \(shown(report.district.itemCompliance))，"
        text += "平均承诺压缩率 \(shown(report.district.committedCompression.percentText))。"
        if report.breaches.isEmpty {
            text += "参加考核的事项承诺时限均未超过法定时限的\(percent)%。\n\n"
        } else {
            text += "**\(failing)** 项事项未达标，涉及 \(report.breaches.count) 个部门：\n\n"
            var table = MarkdownTable(columns: [
                MarkdownColumn("部门"), MarkdownColumn("时限达标事项率", .right), MarkdownColumn("未达标事项"),
            ])
            for breach in report.breaches {
                let rate = Rate(numerator: breach.assessedItems - breach.items.count, denominator: breach.assessedItems)
                let items = breach.items.map { item in
                    item.item.name + "（法定 \(item.item.statutoryDays) / 承诺 \(item.item.committedDays) 个工作日"
                        + (item.committedShare.percentText.isEmpty ? "" : "，\(item.committedShare.percentText)%") + "）"
                }
                table.append([.text(breach.department), ServiceCells.percent(rate), .text(items.joined(separator: "；"))])
            }
            text += table.text + "\n"
        }
        text += "逐项明细见 [\(ItemCompressionTable.path)](\(ItemCompressionTable.path))。\n"
        return text
    }

    private static func overdueSection(_ report: ServiceReport) -> String {
        var text = "### 超期在办\n\n"
        guard !report.overdue.isEmpty else {
            return text + "截至 \(report.period.last)，没有超过承诺时限仍未办结的办件。\n"
        }
        let pastStatutory = report.overdue.filter(\.pastStatutoryLimit).count
        text += "截至 \(report.period.last)，共 **\(report.overdue.count)** 件办件超过承诺时限仍未办结，"
        text += "其中 \(pastStatutory) 件已超过法定时限。"
        // By department, most first (ties in ranking order): who has to act. Every
        // ticket, with its hall and days, is in overdue.csv.
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
        text += "按部门：" + byDepartment.prefix(overdueDepartmentsListed)
            .map { "\(MarkdownText.escape($0.name)) \($0.count) 件" }.joined(separator: "、")
        text += byDepartment.count > overdueDepartmentsListed ? " 等 \(byDepartment.count) 个部门" : ""
        text += "；超期最长 \(report.overdue[0].overdueDays) 个工作日。"
        text += "逐件（受理大厅、已用与承诺工作日）见 [\(OverdueTable.path)](\(OverdueTable.path))。\n"
        return text
    }

    private static func worstRatedSection(_ report: ServiceReport) -> String {
        let minimum = ServiceReport.worstRatedMinimumRated
        var text = "### 满意率最低的事项\n\n"
        guard !report.worstRatedItems.isEmpty else {
            return text + "本期没有参评办件达到 \(minimum) 件的事项。\n"
        }
        text += "参评办件不少于 \(minimum) 件的事项中，满意率最低的 \(report.worstRatedItems.count) 项"
        text += "（逐项见 [\(ItemCompressionTable.path)](\(ItemCompressionTable.path))）：\n\n"
        var table = MarkdownTable(columns: [
            MarkdownColumn("事项编码"), MarkdownColumn("事项名称"), MarkdownColumn("部门"), MarkdownColumn("参评量", .right),
            MarkdownColumn("满意率", .right), MarkdownColumn("按时办结率", .right),
        ])
        for item in report.worstRatedItems {
            table.append([.text(item.item.code), .text(item.item.name), .text(item.item.department), .text(String(item.rated)),
                          ServiceCells.percent(item.satisfactionRate), ServiceCells.percent(item.onTimeRate)])
        }
        return text + table.text
    }

    /// A rate in running text: `95.3%`, or `—` when empty.
    static func shown(_ rate: Rate) -> String { shown(rate.percentText) }

    static func shown(_ text: String) -> String { text.isEmpty ? MarkdownCell.emptyMark : text + "%" }
}
