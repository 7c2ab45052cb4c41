import ReportCore
import ReportPublish

/// The month-by-month trend of a quarter, half-year or year report: district coal
/// completion (cumulative at each month end) and service 按时办结率 (tickets completed in
/// the month), as `trend.svg`, `trend.csv` and a small table in the summary.
struct TrendSection {
    let period: Period
    let series: [TrendSeries]

    /// Nil for a month, or when no job gave a series.
    init?(period: Period, outputs: [JobOutput]) {
        let series = outputs.flatMap(\.trends)
        guard period.kind != .month, !series.isEmpty else { return nil }
        self.period = period
        self.series = series
    }

    var monthLabels: [String] { period.months.map { "\($0.first.month)月" } }

    static func percent(_ tenths: Int?) -> String { tenths.map { Rate.formatTenths($0) + "%" } ?? "" }

    var svg: String {
        LineChart(title: "逐月趋势 · \(period.chineseName)", categories: monthLabels,
                  series: series.map { line in
                      LineChart.Series(name: line.name, values: line.tenthsOfPercent.map { $0.map { Double($0) / 10 } },
                                       valueTexts: line.tenthsOfPercent.map(Self.percent))
                  },
                  maximum: 100, gridStep: 25, gridLabel: { "\(Int($0))%" }).svg
    }

    var csv: [UInt8] {
        var writer = CSVTableWriter(header: ["月份"] + series.map { $0.name + "(%)" })
        for (index, month) in period.months.enumerated() {
            writer.append([.value(month.description)] + series.map { line in
                .value(index < line.tenthsOfPercent.count ? line.tenthsOfPercent[index].map(Rate.formatTenths) ?? "" : "")
            })
        }
        return writer.bytes
    }

    var blocks: [DocumentBlock] {
        var table = DocumentTable(columns: [TableColumn("指标")] + monthLabels.map { TableColumn($0, .right) })
        for line in series {
            table.append([.rich(.link(line.source, text: line.name))]
                         + line.tenthsOfPercent.map { .orEmpty($0.map { Rate.formatTenths($0) + "%" }) })
        }
        return [.heading(level: 2, "逐月趋势"), .chart(path: "trend.svg", title: "逐月趋势"), .table(table),
                .paragraph("煤炭为截至各月末的累计完成率（全区），政务服务为当月办结办件的按时办结率（全区）；逐月数值见 \(link: "trend.csv")。")]
    }
}
