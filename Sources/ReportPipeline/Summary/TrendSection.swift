import ReportCore
import ReportPublish

/// The month-by-month trend of a report: district coal completion (cumulative at each
/// month end) and service 按时办结率 (tickets completed in the month), as `trend.svg`,
/// `trend.csv` and a small table in the summary.
///
/// Which months: a series' values end at the period's last month; a series may cover
/// more months than the period (back to January of that year at most). The trend covers
/// the period's months, or the longest series when that is longer, so a month report
/// shows January to the month when a job gives year-to-date values (a series with one
/// value per month from January). Shorter series are padded with nil at the start.
/// A trend of one month is none: a month report whose series have one value each gets no
/// trend section (today's jobs give only the period's months).
///
/// Each series is drawn in its own panel with its own axis scaled to its data
/// (`LineChart`), and the range is stated in the chart and in the summary's note.
struct TrendSection {
    let period: Period
    /// The months shown, in order, ending with the period's last month.
    let months: [Period]
    /// The series, each with one value per month of `months`.
    let series: [TrendSeries]

    /// Nil when no job gave a series, or when the trend would have a single month.
    init?(period: Period, outputs: [JobOutput]) {
        let given = outputs.flatMap(\.trends)
        guard !given.isEmpty else { return nil }
        let months = Self.months(period: period, longest: given.map(\.tenthsOfPercent.count).max() ?? 0)
        guard months.count > 1 else { return nil }
        self.period = period
        self.months = months
        self.series = given.map { line in
            var aligned = line
            let values = line.tenthsOfPercent.suffix(months.count)
            aligned.tenthsOfPercent = Array(repeating: nil, count: months.count - values.count) + values
            return aligned
        }
    }

    /// The `count` months ending with the period's last month, at least the period's
    /// months and at most January to that month.
    static func months(period: Period, longest: Int) -> [Period] {
        let last = period.months.last!
        let count = min(max(longest, period.months.count), last.index)
        return ((last.index - count + 1)...last.index).map { Period(kind: .month, year: last.year, index: $0)! }
    }

    /// True when the trend reaches back before the period (a month report's year to date).
    var extendsBeforePeriod: Bool { months.first! != period.months.first! }

    var monthLabels: [String] { months.map { "\($0.index)月" } }

    var title: String {
        extendsBeforePeriod
            ? "逐月趋势 · \(period.year)年\(months.first!.index)–\(months.last!.index)月"
            : "逐月趋势 · \(period.chineseName)"
    }

    static func percent(_ tenths: Int?) -> String { tenths.map { Rate.formatTenths($0) + "%" } ?? "" }

    var chart: LineChart {
        LineChart(title: title, categories: monthLabels,
                  series: series.map { line in
                      LineChart.Series(name: line.name, values: line.tenthsOfPercent.map { $0.map { Double($0) / 10 } },
                                       valueTexts: line.tenthsOfPercent.map(Self.percent))
                  },
                  unit: .percent)
    }

    var svg: String { chart.svg }

    var csv: [UInt8] {
        var writer = CSVTableWriter(header: ["月份"] + series.map { $0.name + "(%)" })
        for (index, month) in months.enumerated() {
            writer.append([.value(month.description)] + series.map { line in
                .value(line.tenthsOfPercent[index].map(Rate.formatTenths) ?? "")
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
        var note: RichText = extendsBeforePeriod ? "月报的趋势为本年 \(months.first!.index) 月至本月。" : ""
        note += "煤炭为截至各月末的累计完成率（全区），政务服务为当月办结办件的按时办结率（全区）；逐月数值见 \(link: "trend.csv")。"
        let ranges = chart.series.map { "\($0.name) \(chart.axis($0).rangeText)" }
        note += "图中各指标分栏绘制，纵轴按各自数据范围缩放、不一定从 0% 起（纵轴：\(ranges.joined(separator: "，"))）。"
        return [.heading(level: 2, "逐月趋势"), .chart(path: "trend.svg", title: title), .table(table), .paragraph(note)]
    }
}
