import ReportCore
import ReportInputs
import ReportPublish

/// The data-quality scorecard: per township and export, rows sent, rejected, anomalies
/// per 1 000 rows and days since the latest record, so the office sees who sends dirty
/// or late exports. Also the freshness verdict per export.
struct DataQuality {
    struct Line {
        var township: String
        var file: String
        var tally: TownshipTally
        var anomalies: Int
        /// Days from the latest record to the period end, 0 when there are records on or
        /// after it (nil: no record).
        var daysSinceLatest: Int?
        /// The township has nothing to send in this export (a coal task of 0 t and 0
        /// stoves): its age is shown but never flagged.
        var nothingToDeliver = false
    }

    let period: Period
    let staleDays: Int
    let lines: [Line]
    /// Exports whose latest record is more than `staleDays` before the period end.
    let staleExports: [(file: String, latest: Day?, days: Int?)]

    init(period: Period, policy: Policy, reading: ExportReading, townships: TownshipDirectory,
         anomalies: [AnomalyCount], expectFresh: (String) -> Bool,
         hasNothingToDeliver: (_ file: String, _ township: String) -> Bool = { _, _ in false }) {
        self.period = period
        staleDays = policy.run.staleExportDays
        var anomalyIndex: [String: Int] = [:]
        for count in anomalies { anomalyIndex[count.file + "\u{0}" + count.township, default: 0] += count.count }
        var lines: [Line] = []
        let order = townships.all.map(\.name) + [""]
        for report in reading.exportReports {
            let perTownship = reading.tallies[report.file] ?? [:]
            for township in order {
                guard let tally = perTownship[township] else { continue }
                lines.append(Line(township: township, file: report.file, tally: tally,
                                  anomalies: anomalyIndex[report.file + "\u{0}" + township] ?? 0,
                                  daysSinceLatest: tally.latestDay.map { max(0, period.last - $0) },
                                  nothingToDeliver: hasNothingToDeliver(report.file, township)))
            }
        }
        self.lines = lines
        staleExports = reading.exportReports.filter { expectFresh($0.file) }.compactMap { report in
            let days = report.latestDay.map { max(0, period.last - $0) }
            guard days.map({ $0 > policy.run.staleExportDays }) ?? true else { return nil }
            return (report.file, report.latestDay, days)
        }
    }

    /// `data_quality.csv`: one row per township × export.
    var csv: [UInt8] {
        var writer = CSVTableWriter(header: ["镇街", "文件", "行数", "拒收", "拒收率(‰)", "异常", "异常(每千行)",
                                             "最新记录日期", "距期末天数"])
        for line in lines {
            writer.append([.text(line.township.isEmpty ? "（未注明镇街）" : line.township), .value(line.file),
                           .value(String(line.tally.rows)), .value(String(line.tally.rejected)),
                           .value(Self.perMille(line.tally.rejected, line.tally.rows)),
                           .value(String(line.anomalies)), .value(Self.perMille(line.anomalies, line.tally.rows)),
                           .value(line.tally.latestDay?.description ?? ""),
                           .value(line.daysSinceLatest.map(String.init) ?? "")])
        }
        return writer.bytes
    }

    /// The compact summary table: one row per township, all exports together. The ⚠ marks
    /// an export older than the staleness limit, unless the township has nothing to deliver.
    var table: DocumentTable {
        var table = DocumentTable(columns: [
            TableColumn("镇街"), TableColumn("报送行数", .right), TableColumn("拒收", .right),
            TableColumn("拒收‰", .right), TableColumn("异常/千行", .right), TableColumn("最久未更新"),
        ])
        var townships: [String] = []
        for line in lines where !townships.contains(line.township) { townships.append(line.township) }
        for township in townships {
            let mine = lines.filter { $0.township == township }
            let rows = mine.reduce(0) { $0 + $1.tally.rows }
            let rejected = mine.reduce(0) { $0 + $1.tally.rejected }
            let anomalies = mine.reduce(0) { $0 + $1.anomalies }
            let stalest = mine.filter { $0.daysSinceLatest != nil }.max { $0.daysSinceLatest! < $1.daysSinceLatest! }
            let staleText = stalest.map {
                "\($0.file) \($0.daysSinceLatest!) 天" + ($0.daysSinceLatest! > staleDays && !$0.nothingToDeliver ? " ⚠" : "")
            }
            table.append([.text(township.isEmpty ? "（未注明镇街）" : township), .text(String(rows)),
                          .text(String(rejected)), .text(Self.perMille(rejected, rows)),
                          .text(Self.perMille(anomalies, rows)), .orEmpty(staleText)])
        }
        return table
    }

    /// `12.5`: count per thousand rows with one decimal, "" when there are no rows.
    static func perMille(_ count: Int, _ rows: Int) -> String {
        guard rows > 0 else { return "" }
        return Rate.formatTenths((count * 10_000 * 2 + rows) / (2 * rows))
    }
}
