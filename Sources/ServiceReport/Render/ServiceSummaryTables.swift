import ReportPublish

/// The ranking tables of the summary: departments (with the chart) and townships. Each
/// ranking is shown as two tables that fit a portrait page: volumes and score, then the
/// five scored rates.
enum ServiceSummaryTables {
    static func departmentSection(_ report: ServiceReport) -> [DocumentBlock] {
        var note: RichText = "综合得分为时限达标事项率、按时办结率、一次办好率、网办率、满意率的加权平均（权重见政策参数，"
        note += "无数据的指标不计），本期无办结办件的不参加排名；红色为有事项未达承诺时限要求的部门。"
        if !report.previousPeriodCovered {
            note += "上期（\(report.period.previous.chineseName)）不在工作日历覆盖范围内，排名变化均记为“—”。"
        }
        note += "明细见 \(link: ServiceRenderer.departmentPath)。"
        return [.heading(level: 3, "部门排名"), .chart(path: DepartmentChart.path, title: "各部门政务服务综合得分")]
            + tables(report.departments, nameTitle: "部门") + [.paragraph(note)]
    }

    static func townshipSection(_ report: ServiceReport) -> [DocumentBlock] {
        [.heading(level: 3, "镇街排名"),
         .paragraph("按办件所填镇街统计（未填镇街的办件只计入受理大厅和部门）；时限达标事项率按本期办结办件涉及的事项计算。")]
            + tables(report.townships, nameTitle: "镇街")
            + [.paragraph("明细见 \(link: ServiceRenderer.townshipPath)。")]
    }

    /// One ranking as two tables: rank, name, score, change, volumes, overdue and wait;
    /// then rank, name and the five scored rates.
    static func tables(_ groups: [GroupIndicators], nameTitle: String) -> [DocumentBlock] {
        let table = table(groups, nameTitle: nameTitle)
        return [.table(table.selecting([0, 1, 2, 3, 4, 5, 11, 12])), .table(table.selecting([0, 1, 6, 7, 8, 9, 10]))]
    }

    /// The whole ranking in one table (13 columns, for the two page-wide parts).
    static func table(_ groups: [GroupIndicators], nameTitle: String) -> DocumentTable {
        var table = DocumentTable(columns: [
            TableColumn("排名", .right), TableColumn(nameTitle), TableColumn("得分", .right),
            TableColumn("排名变化", .center), TableColumn("受理量", .right), TableColumn("办结量", .right),
            TableColumn("时限达标事项率", .right), TableColumn("按时办结率", .right),
            TableColumn("一次办好率", .right), TableColumn("网办率", .right), TableColumn("满意率", .right),
            TableColumn("超期在办", .right), TableColumn("等候中位数(分钟)", .right),
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
        return table
    }
}
