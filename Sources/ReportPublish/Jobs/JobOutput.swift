/// What a job contributes to a period's folder: its files, its section of
/// `summary.md` and its red flags. Jobs build it; the pipeline publishes it.
public struct JobOutput: Sendable {
    /// Report files by relative path (`coal/township_ranking.csv`, `coal/completion.svg`, …).
    public var files: [(path: String, bytes: [UInt8])] = []
    /// The job's section of `summary.md` (Markdown, Chinese), starting with a `## ` heading.
    public var summarySection = ""
    /// One-line red flags for the top of the summary, most serious first (Markdown).
    public var redFlags: [String] = []
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
    /// Tenths of a percent per month, in month order; nil where the rate is undefined.
    public var tenthsOfPercent: [Int?]

    public init(name: String, source: String, tenthsOfPercent: [Int?]) {
        self.name = name
        self.source = source
        self.tenthsOfPercent = tenthsOfPercent
    }
}
