/// What a job contributes to a period's folder: its files, its part of the summary (the
/// headline block, red flags and township standings of page 1, and its detail section)
/// and of the 通报. Jobs build it; the pipeline publishes it.
public struct JobOutput: Sendable {
    /// Report files by relative path (`coal/township_ranking.csv`, `coal/completion.svg`, …).
    public var files: [(path: String, bytes: [UInt8])] = []
    /// The job's detail section of the summary (its appendix part), starting with a
    /// level-2 heading.
    public var summarySection: [DocumentBlock] = []
    /// The job's headline block for page 1.
    public var headline: Headline?
    /// Red flags for page 1, most serious first within the job.
    public var redFlags: [RedFlag] = []
    /// Each township's score, rank and rank change, for the combined table of page 1, in
    /// directory order; empty when the job ranks no townships.
    public var standings: [TownshipStanding] = []
    /// The job's part of the 通报: its paragraphs and ranking table.
    public var notice: [NoticePart] = []
    /// Anomalies by export and township, for the data-quality scorecard.
    public var anomalyCounts: [AnomalyCount] = []
    /// Month-by-month series for the trend chart of a quarter, half-year or year report.
    public var trends: [TrendSeries] = []

    public init() {}

    /// Adds a text file (UTF-8, as given).
    public mutating func add(_ path: String, text: String) {
        files.append((path, Array(text.utf8)))
    }

    /// Adds a file's bytes.
    public mutating func add(_ path: String, bytes: [UInt8]) {
        files.append((path, bytes))
    }
}

/// How many anomalies a job found in one export for one township, for the
/// data-quality scorecard.
public struct AnomalyCount: Sendable, Equatable {
    public var file: String
    public var township: String
    public var count: Int

    public init(file: String, township: String, count: Int) {
        self.file = file
        self.township = township
        self.count = count
    }
}

/// One month-by-month series of a job (district level), for the trend chart: a
/// percentage per month of the period, nil where undefined.
public struct TrendSeries: Sendable, Equatable {
    /// e.g. `清洁煤炭累计完成率`.
    public var name: String
    /// The CSV the monthly figures can be checked against.
    public var source: String
    /// Tenths of a percent per month, in month order, ending with the period's last month (a
    /// month report may give January to that month); nil where the rate is undefined.
    public var tenthsOfPercent: [Int?]

    public init(name: String, source: String, tenthsOfPercent: [Int?]) {
        self.name = name
        self.source = source
        self.tenthsOfPercent = tenthsOfPercent
    }
}

/// A piece of a job's part of the 通报, in the order the notice prints them.
public enum NoticePart: Sendable, Hashable {
    /// The job's heading (`清洁煤炭推广`).
    case heading(String)
    case paragraph(String)
    case table(DocumentTable, caption: String)
}

extension JobOutput {
    /// The detail section as `summary.md` shows it.
    public var summaryMarkdown: String { MarkdownRenderer.render(summarySection) }

    /// The red flags as `summary.md` lists them (without the severity mark).
    public var redFlagLines: [String] { redFlags.map { MarkdownRenderer.inline($0.text) } }
}
