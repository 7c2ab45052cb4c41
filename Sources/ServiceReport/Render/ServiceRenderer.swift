import ReportPublish

/// Renders a computed `ServiceReport` into the job's files, summary section and red flags.
/// Rendering decides nothing: every figure, order and selection comes from the report.
///
/// Service tickets carry no personal data (no applicant name, phone or 户号), so the
/// output is the same with or without `--unmasked`.
public enum ServiceRenderer {
    /// The files written, in the order they are added.
    public static let departmentPath = "service/department_indicators.csv"
    public static let hallPath = "service/hall_indicators.csv"
    public static let townshipPath = "service/township_indicators.csv"
    public static let districtPath = "service/district_indicators.csv"

    /// The job's output: seven files under `service/`, the summary section and red flags.
    public static func render(_ report: ServiceReport) -> JobOutput {
        var output = JobOutput()
        output.add(ItemCompressionTable.path, bytes: ItemCompressionTable.render(report))
        output.add(departmentPath, bytes: GroupIndicatorsTable.render(report.departments, nameHeader: "部门"))
        output.add(hallPath, bytes: GroupIndicatorsTable.render(report.halls, nameHeader: "受理大厅"))
        output.add(townshipPath, bytes: GroupIndicatorsTable.render(report.townships, nameHeader: "镇街"))
        output.add(districtPath, bytes: GroupIndicatorsTable.render([report.district], nameHeader: "范围"))
        output.add(OverdueTable.path, bytes: OverdueTable.render(report))
        output.add(DepartmentChart.path, text: DepartmentChart.render(report))
        output.summarySection = ServiceSummary.render(report)
        output.headline = ServiceSummary.headline(report)
        output.redFlags = ServiceSummary.redFlags(report)
        output.standings = report.townships.map {
            TownshipStanding(township: $0.name, score: $0.scoreText.isEmpty ? nil : $0.scoreText, rank: $0.rank,
                             rankChange: $0.rankChange)
        }
        output.notice = ServiceNotice.parts(report)
        output.trends = [TrendSeries(name: "政务服务按时办结率", source: districtPath,
                                     tenthsOfPercent: report.monthlyOnTime.map(\.tenthsOfPercent))]
        return output
    }
}
