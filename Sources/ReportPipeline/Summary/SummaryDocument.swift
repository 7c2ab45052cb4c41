import ReportCore
import ReportInputs
import ReportPublish

/// The leadership summary of a period, built once as a document model and rendered as
/// `summary.md` and `summary.html`.
///
/// Page 1 is the brief: the period and the data it rests on, one headline block per job
/// (three or four figures with their change against the previous period), the red flags
/// of every job ordered by severity, and one table of every township's coal, food and
/// service score, rank and rank change. The job sections, the trend, the data sources and
/// the data-quality scorecard follow as the appendix (a new page in print).
struct SummaryDocument {
    let period: Period
    let jobs: [JobName]
    let context: ExportContext
    let reading: ExportReading
    let outputs: [JobOutput]
    /// The scorecard of this run (also written as `data_quality.csv`).
    let quality: DataQuality
    /// The month-by-month trend (also `trend.svg`/`trend.csv`).
    let trend: TrendSection?

    init(period: Period, jobs: [JobName], context: ExportContext, reading: ExportReading, outputs: [JobOutput]) {
        self.period = period
        self.jobs = jobs
        self.context = context
        self.reading = reading
        self.outputs = outputs
        let policy = context.policy
        let campaign = policy.coal.campaign(year: period.last.year)
        let reference = context.reference
        let coalFiles = Set(JobName.coal.inputFiles)
        quality = DataQuality(period: period, policy: policy, reading: reading, townships: reference.townships,
                              anomalies: outputs.flatMap(\.anomalyCounts), expectFresh: { file in
            // Coal exports are expected to be current only while the campaign runs.
            coalFiles.contains(file) ? campaign?.contains(period.last) ?? false : true
        }, hasNothingToDeliver: { file, township in
            // A township with no coal and no stove task sends no coal rows: no staleness flag.
            guard coalFiles.contains(file) else { return false }
            let quota = reference.quota(township: township, year: period.last.year)
            return (quota?.coalKilograms ?? 0) == 0 && (quota?.stoves ?? 0) == 0
        })
        trend = TrendSection(period: period, outputs: outputs)
    }

    /// The document title.
    var title: String { "博山区镇街工作报表 · \(period.chineseName)" }

    /// `summary.md`.
    func markdown() -> String { MarkdownRenderer.render(blocks) }

    /// `summary.html`, with the charts of `files` inline.
    func html(files: [String: [UInt8]]) -> String {
        var charts: [String: String] = [:]
        for (path, bytes) in files where path.hasSuffix(".svg") { charts[path] = String(decoding: bytes, as: UTF8.self) }
        return HTMLRenderer.page(title: title, blocks: blocks, charts: charts)
    }

    /// The whole document: the brief, a page break, the appendix.
    var blocks: [DocumentBlock] { brief + [.pageBreak] + appendix }

    var brief: [DocumentBlock] {
        var blocks: [DocumentBlock] = [.heading(level: 1, title)]
        let read = reading.reports.reduce(0) { $0 + $1.rowsRead }
        let accepted = reading.reports.reduce(0) { $0 + $1.rowsAccepted }
        blocks.append(.paragraph("统计期间：\(period.first) 至 \(period.last)；内容：\(jobs.map(\.title).joined(separator: "、"))。"
            + "数据依据：\(reading.reports.count) 个导出文件，读取 \(read) 行，采用 \(accepted) 行，"
            + "拒收 \(read - accepted) 行（见附录“数据来源”）。"))
        let headlines = outputs.compactMap(\.headline)
        if !headlines.isEmpty { blocks.append(.headlines(headlines)) }
        blocks.append(.heading(level: 2, "需要关注"))
        let flags = redFlags
        blocks.append(flags.isEmpty ? .paragraph("本期未发现需要特别关注的问题。")
                                    : .bullets(flags.map { Self.mark($0.severity) + $0.text }))
        if let table = TownshipStandingsTable.table(jobs: jobs, outputs: outputs, townships: context.reference.townships) {
            blocks.append(.heading(level: 2, "镇街综合排名"))
            blocks.append(.table(table))
            blocks.append(.paragraph("各项得分与排名的算法见附录各节；排名变化与上期（\(period.previous.chineseName)）比较。"))
        }
        return blocks
    }

    /// Every job's flags and the stale exports, most serious first (stable within a severity).
    var redFlags: [RedFlag] {
        var flags = outputs.flatMap(\.redFlags)
        flags += quality.staleExports.map { stale in
            let latest = stale.latest.map { "最新记录为 \($0)，距期末 \(stale.days!) 天" } ?? "没有任何记录"
            return RedFlag(.minor, "导出文件 \(stale.file) \(latest)，超过 \(context.policy.run.staleExportDays) 天：数据可能未及时报送，相关镇街的进度可能被低估")
        }
        return flags.enumerated().sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }.map(\.element)
    }

    static func mark(_ severity: RedFlag.Severity) -> RichText {
        switch severity {
        case .critical: return .strong("【严重】")
        case .major: return .strong("【关注】")
        case .minor: return "【提示】"
        }
    }

    var appendix: [DocumentBlock] {
        var blocks: [DocumentBlock] = []
        for output in outputs { blocks += output.summarySection }
        if let trend { blocks += trend.blocks }
        blocks += dataSection
        blocks.append(.heading(level: 2, "数据质量"))
        blocks.append(.paragraph("各镇街报送的行数、拒收、异常与更新情况（明细见 \(link: "data_quality.csv")）："))
        blocks.append(.table(quality.table))
        blocks += AcceptedVariantsSection.blocks(reading.reports)
        blocks.append(.paragraph("拒收的行及原因见 rejects/ 下与输入同名的文件；各输入文件的校验值与本次参数见 \(link: "manifest.json")。"))
        return blocks
    }

    private var dataSection: [DocumentBlock] {
        var table = DocumentTable(columns: [
            TableColumn("导出文件"), TableColumn("编码"), TableColumn("读取行数", .right),
            TableColumn("采用", .right), TableColumn("拒收", .right), TableColumn("最新记录"),
            TableColumn("时效"),
        ])
        let stale = Set(quality.staleExports.map(\.file))
        for input in reading.reports {
            let freshness = input.latestDay.map { day in
                (stale.contains(input.export) ? "⚠ " : "") + (day >= period.last ? "已到期末" : "距期末 \(period.last - day) 天")
            } ?? (stale.contains(input.export) ? "⚠ 无记录" : nil)
            table.append([.text(input.file), .text(input.encoding.rawValue), .text(String(input.rowsRead)),
                          .text(String(input.rowsAccepted)),
                          input.rowsRejected == 0 ? .text("0") : .rich(.link("rejects/\(input.file)", text: String(input.rowsRejected))),
                          .orEmpty(input.latestDay?.description), .orEmpty(freshness)])
        }
        return [.heading(level: 2, "数据来源"), .table(table)]
    }
}
