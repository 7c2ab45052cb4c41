/// One block of a report document: the summary's sections are lists of these, rendered
/// to Markdown (`MarkdownRenderer`), HTML (`HTMLRenderer`) and, for the 通报, Word.
public enum DocumentBlock: Sendable, Hashable {
    /// A heading; level 2 is a job's section, level 3 a part of it.
    case heading(level: Int, String)
    case paragraph(RichText)
    case bullets([RichText])
    case table(DocumentTable)
    /// A chart file of the period folder (`coal/completion.svg`) with its title; HTML
    /// inlines the SVG, Markdown links the image.
    case chart(path: String, title: String)
    /// The headline blocks of page 1, one per job.
    case headlines([Headline])
    /// Where print starts a new page (the appendix after the brief); nothing on screen.
    case pageBreak
}

/// A figure of a job's headline block: `按时办结率 96.8%（较上期 ↑0.4 个百分点）`.
public struct HeadlineFigure: Sendable, Hashable {
    /// What the figure is (`完成率`).
    public var label: String
    /// The figure as shown (`91.3%`, `3 842 310.00 元`), `—` when undefined.
    public var value: String
    /// The change against the previous period as shown (`↑2.1 个百分点`), nil when there
    /// is none to show (no previous figure, or the figure is not one that changes).
    public var change: String?
    /// The report file the figure can be checked in.
    public var source: String
    /// True when the figure calls for attention (behind schedule, target missed).
    public var isAlert: Bool

    public init(label: String, value: String, change: String? = nil, source: String, isAlert: Bool = false) {
        self.label = label
        self.value = value
        self.change = change
        self.source = source
        self.isAlert = isAlert
    }
}

/// A job's headline block on page 1 of the summary: three or four figures.
public struct Headline: Sendable, Hashable {
    /// The job's short title (`清洁煤炭`).
    public var title: String
    public var figures: [HeadlineFigure]

    public init(title: String, figures: [HeadlineFigure]) {
        self.title = title
        self.figures = figures
    }
}

/// A red flag for page 1: one line with one number and a link, and how serious it is.
public struct RedFlag: Sendable, Hashable {
    /// Most serious first when flags of all jobs are merged.
    public enum Severity: Int, Sendable, Hashable, Comparable {
        /// Money or safety at stake now: failed coal batches, open food failures, overdue tickets.
        case critical = 0
        /// A target or schedule missed.
        case major = 1
        /// Worth a look: anomalies, unsampled batches, stale data.
        case minor = 2

        public static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }
    }

    public var severity: Severity
    public var text: RichText

    public init(_ severity: Severity, _ text: RichText) {
        self.severity = severity
        self.text = text
    }
}

/// One township's score, rank and rank change in one job, for the combined table.
public struct TownshipStanding: Sendable, Hashable {
    public var township: String
    /// The score as shown (`87.5`), nil when the township has none.
    public var score: String?
    public var rank: Int?
    /// ↑n / ↓n / —.
    public var rankChange: String

    public init(township: String, score: String?, rank: Int?, rankChange: String) {
        self.township = township
        self.score = score
        self.rank = rank
        self.rankChange = rankChange
    }
}
