import ReportPublish

/// `service/departments.svg`: the departments' ranking scores (0–100) in ranking order,
/// red (`ChartPalette.behind`) for a department with items breaking the 30% rule, blue
/// otherwise; an unranked department shows "—".
enum DepartmentChart {
    static let path = "service/departments.svg"

    static func render(_ report: ServiceReport) -> String {
        let breaching = Set(report.breaches.map(\.department))
        let bars = report.departments.map { group in
            HorizontalBarChart.Bar(label: group.name, value: group.score, valueText: group.scoreText,
                                   state: breaching.contains(group.name) ? .alert : .normal)
        }
        return HorizontalBarChart(title: "各部门政务服务综合得分（\(report.period.chineseName)）", maximum: 100,
                                  unit: .points, bars: bars,
                                  stateLabels: [.normal: "承诺时限压缩达标", .alert: "有事项承诺时限压缩未达30%"],
                                  noValueLabel: "不参与排名").svg
    }
}
