import ReportPublish

/// `service/departments.svg`: the departments' ranking scores in ranking order, red for a
/// department with items breaking the 30% rule.
enum DepartmentChart {
    static let path = "service/departments.svg"

    static func render(_ report: ServiceReport) -> String {
        let breaching = Set(report.breaches.map(\.department))
        let bars = report.departments.map { group in
            HorizontalBarChart.Bar(label: group.name, value: group.score, valueText: group.scoreText,
                                   state: breaching.contains(group.name) ? .alert : .normal)
        }
        return HorizontalBarChart(title: "各部门政务服务综合得分（\(report.period.chineseName)）", maximum: 100, bars: bars).svg
    }
}
