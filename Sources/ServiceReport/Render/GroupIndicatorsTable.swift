import ReportPublish

/// `service/department_indicators.csv`, `service/hall_indicators.csv`,
/// `service/township_indicators.csv` and `service/district_indicators.csv`: the same
/// columns for every kind of group, only the first header differs. Rows in ranking order.
enum GroupIndicatorsTable {
    /// The headers after the group's name column.
    static let indicatorHeader = [
        "排名", "排名变化", "上期排名", "综合得分", "受理量", "办结量",
        "考核事项数", "时限达标事项数", "时限达标事项率(%)", "平均承诺压缩率(%)",
        "法定时限合计(工作日)", "实际用时合计(工作日)", "实际压缩率(%)",
        "按时办结量", "按时办结率(%)", "超期在办",
        "即办件办结量", "即办件比例(%)", "三环节以内办结量", "三环节以内率(%)",
        "网办量", "网办率(%)", "一次办好量", "一次办好率(%)", "零跑腿量", "零跑腿率(%)",
        "参评量", "参评率(%)", "满意量", "满意率(%)", "差评量", "差评率(%)",
        "等候记录数", "平均等候时长(分钟)", "等候时长中位数(分钟)", "等候时长90分位(分钟)",
    ]

    /// The table of `groups`, whose first column is headed `nameHeader` (部门, 受理大厅, 镇街, 范围).
    static func render(_ groups: [GroupIndicators], nameHeader: String) -> [UInt8] {
        var writer = CSVTableWriter(header: [nameHeader] + indicatorHeader)
        for group in groups { writer.append(row(group)) }
        return writer.bytes
    }

    static func row(_ g: GroupIndicators) -> [CSVCell] {
        typealias C = ServiceCells
        return [
            .text(g.name), C.rank(g.rank), .value(g.rankChange),
            C.rank(g.previousRank), .value(g.scoreText), C.count(g.received), C.count(g.completed),
            C.count(g.assessedItems), C.count(g.compliantItems), C.rate(g.itemCompliance),
            .value(g.committedCompression.percentText),
            C.count(g.statutoryDaysTotal), C.count(g.elapsedDaysTotal), C.rate(g.actualCompression),
            C.count(g.onTime), C.rate(g.onTimeRate), C.count(g.overdueOpen),
            C.count(g.immediate), C.rate(g.immediateShare), C.count(g.withinSteps), C.rate(g.withinStepsRate),
            C.count(g.online), C.rate(g.onlineRate), C.count(g.oneVisit), C.rate(g.oneVisitRate),
            C.count(g.zeroVisits), C.rate(g.zeroVisitRate),
            C.count(g.rated), C.rate(g.ratedShare), C.count(g.satisfied), C.rate(g.satisfactionRate),
            C.count(g.dissatisfied), C.rate(g.dissatisfactionRate),
            C.count(g.wait.count), .value(g.wait.meanText), .value(g.wait.medianText), .value(g.wait.percentile90Text),
        ]
    }
}
