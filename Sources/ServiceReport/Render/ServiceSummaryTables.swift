import ReportPublish

/// The ranking tables of the summary: departments (with the chart), townships and halls.
enum ServiceSummaryTables {
    static func departmentSection(_ report: ServiceReport) -> String {
        var text = "### 部门排名\n\n"
        text += "![各部门政务服务综合得分](\(DepartmentChart.path))\n\n"
        text += table(report.departments, nameTitle: "部门")
        text += "\n综合得分为时限达标事项率、按时办结率、一次办好率、网办率、满意率的加权平均（权重见政策参数，"
        text += "无数据的指标不计），本期无办结办件的不参加排名；红色为有事项未达承诺时限要求的部门。"
        if !report.previousPeriodCovered {
            text += "上期（\(report.period.previous.chineseName)）不在工作日历覆盖范围内，排名变化均记为“—”。"
        }
        return text + "明细见 [\(ServiceRenderer.departmentPath)](\(ServiceRenderer.departmentPath))。\n"
    }

    static func townshipSection(_ report: ServiceReport) -> String {
        var text = "### 镇街排名\n\n"
        text += "按办件所填镇街统计（未填镇街的办件只计入受理大厅和部门）；时限达标事项率按本期办结办件涉及的事项计算。\n\n"
        text += table(report.townships, nameTitle: "镇街")
        return text + "\n明细见 [\(ServiceRenderer.townshipPath)](\(ServiceRenderer.townshipPath))。\n"
    }

    /// One ranking table: rank, name, score, change, volumes, the five scored rates, overdue and wait.
    static func table(_ groups: [GroupIndicators], nameTitle: String) -> String {
        var table = MarkdownTable(columns: [
            MarkdownColumn("排名", .right), MarkdownColumn(nameTitle), MarkdownColumn("得分", .right),
            MarkdownColumn("排名变化", .center), MarkdownColumn("受理量", .right), MarkdownColumn("办结量", .right),
            MarkdownColumn("时限达标事项率", .right), MarkdownColumn("按时办结率", .right),
            MarkdownColumn("一次办好率", .right), MarkdownColumn("网办率", .right), MarkdownColumn("满意率", .right),
            MarkdownColumn("超期在办", .right), MarkdownColumn("等候中位数(分钟)", .right),
        ])
        for g in groups {
            table.append([
                .orEmpty(g.rank.map(String.init)), .text(g.name), .orEmpty(g.scoreText), .text(g.rankChange),
                .text(String(g.received)), .text(String(g.completed)),
                ServiceCells.percent(g.itemCompliance), ServiceCells.percent(g.onTimeRate),
                ServiceCells.percent(g.oneVisitRate), ServiceCells.percent(g.onlineRate),
                ServiceCells.percent(g.satisfactionRate), .text(String(g.overdueOpen)), ServiceCells.figure(g.wait.medianText),
            ])
        }
        return table.text
    }
}
