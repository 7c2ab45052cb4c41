import ReportCore
import ReportInputs
import ReportPublish

/// `summary.md`: the one page leadership reads first — the period, the data it rests
/// on, red flags from every job, each job's section (ranking, chart, links to the CSV
/// files behind every figure), and the data-quality scorecard.
struct SummaryDocument {
    let period: Period
    let jobs: [JobName]
    let context: ExportContext
    let reading: ExportReading
    let outputs: [JobOutput]
    /// The scorecard of this run (also written as `data_quality.csv`).
    let quality: DataQuality
    /// The month-by-month trend of a quarter, half-year or year (also `trend.svg`/`trend.csv`).
    let trend: TrendSection?

    init(period: Period, jobs: [JobName], context: ExportContext, reading: ExportReading, outputs: [JobOutput]) {
        self.period = period
        self.jobs = jobs
        self.context = context
        self.reading = reading
        self.outputs = outputs
        let campaign = context.policy.coal.campaign(year: period.last.year)
        quality = DataQuality(period: period, policy: context.policy, reading: reading,
                              townships: context.reference.townships,
                              anomalies: outputs.flatMap(\.anomalyCounts)) { file in
            // Coal exports are expected to be current only while the campaign runs.
            JobName.coal.inputFiles.contains(file) ? campaign?.contains(period.last) ?? false : true
        }
        trend = TrendSection(period: period, outputs: outputs)
    }

    func render() -> String {
        var text = "# 博山区镇街工作报表 · \(period.chineseName)\n\n"
        text += "统计期间：\(period.first) 至 \(period.last)　　内容："
        text += jobs.map(\.title).joined(separator: "、") + "\n\n"
        // Red flags come first (SPEC §5); the line above them says what they rest on, the
        // table of exports with their freshness follows them.
        let read = reading.reports.reduce(0) { $0 + $1.rowsRead }
        let accepted = reading.reports.reduce(0) { $0 + $1.rowsAccepted }
        text += "数据依据：\(reading.reports.count) 个导出文件，读取 \(read) 行，采用 \(accepted) 行，"
        text += "拒收 \(read - accepted) 行（各文件及其时效见下文“数据来源”）。\n\n"

        var flags = outputs.flatMap(\.redFlags)
        flags += quality.staleExports.map { stale in
            let latest = stale.latest.map { "最新记录为 \($0)，距期末 \(stale.days!) 天" } ?? "没有任何记录"
            return "导出文件 \(stale.file) \(latest)，超过 \(context.policy.run.staleExportDays) 天：数据可能未及时报送，相关镇街的进度可能被低估"
        }
        text += "## 需要关注\n\n"
        text += flags.isEmpty ? "本期未发现需要特别关注的问题。\n\n" : flags.map { "- " + $0 }.joined(separator: "\n") + "\n\n"
        text += dataSection(quality) + "\n"

        for output in outputs where !output.summarySection.isEmpty {
            text += output.summarySection
            text += output.summarySection.hasSuffix("\n\n") ? "" : output.summarySection.hasSuffix("\n") ? "\n" : "\n\n"
        }

        if let trend { text += trend.markdown }

        text += "## 数据质量\n\n各镇街报送的行数、拒收、异常与更新情况（明细见 [data_quality.csv](data_quality.csv)）：\n\n"
        text += quality.markdown + "\n"
        text += AcceptedVariantsSection.markdown(reading.reports)
        text += "拒收的行及原因见 `rejects/` 下与输入同名的文件；各输入文件的校验值与本次参数见 [manifest.json](manifest.json)。\n"
        return text
    }

    private func dataSection(_ quality: DataQuality) -> String {
        var text = "## 数据来源\n\n"
        var table = MarkdownTable(columns: [
            MarkdownColumn("导出文件"), MarkdownColumn("编码"), MarkdownColumn("读取行数", .right),
            MarkdownColumn("采用", .right), MarkdownColumn("拒收", .right), MarkdownColumn("最新记录"),
            MarkdownColumn("时效"),
        ])
        let stale = Set(quality.staleExports.map(\.file))
        for input in reading.reports {
            let freshness = input.latestDay.map { day in
                (stale.contains(input.export) ? "⚠ " : "") + (day >= period.last ? "已到期末" : "距期末 \(period.last - day) 天")
            } ?? (stale.contains(input.export) ? "⚠ 无记录" : nil)
            table.append([.text(input.file), .text(input.encoding.rawValue), .text(String(input.rowsRead)),
                          .text(String(input.rowsAccepted)),
                          input.rowsRejected == 0 ? .text("0") : .markdown("[\(input.rowsRejected)](rejects/\(input.file))"),
                          .orEmpty(input.latestDay?.description), .orEmpty(freshness)])
        }
        text += table.text
        return text
    }
}
