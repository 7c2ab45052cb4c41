import ReportCore
import ReportInputs

/// The jobs of SPEC §4, and the exports each one reads.
public enum JobName: String, CaseIterable, Sendable, Comparable {
    case coal, food, service

    /// The reference files and vocabularies the job reads.
    public var referenceScope: ReferenceScope {
        switch self {
        case .coal: .coal
        case .food: .food
        case .service: .service
        }
    }

    /// Export file names, in reading order.
    public var inputFiles: [String] {
        switch self {
        case .coal: ["coal_quality.csv", "coal_deliveries.csv", "stove_installs.csv"]
        case .food: ["food_inspections.csv"]
        case .service: ["service_tickets.csv"]
        }
    }

    /// Chinese title for the summary.
    public var title: String {
        switch self {
        case .coal: "民用清洁煤炭和环保节能炉具推广"
        case .food: "食品安全"
        case .service: "政务服务"
        }
    }

    public static func < (lhs: JobName, rhs: JobName) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Everything one `run` needs to know, as the command line gave it.
public struct RunConfiguration: Sendable {
    public var period: Period
    public var jobs: [JobName]
    public var dataDirectory: String
    public var referenceDirectory: String
    /// Nil: `<reference>/policy.yaml` if present, else the built-in gazette defaults.
    public var policyPath: String?
    public var outputDirectory: String
    public var unmasked: Bool
    /// Overrides the policy's `run.max_reject_rate_percent`, in tenths of a percent.
    public var maxRejectRate: Int?
    /// Recorded in the manifest.
    public var commandLine: [String]
    /// Show reading progress on stderr even when it is not a terminal.
    public var showProgress = false
    /// Exports at least this large are read in parts on several cores (tests lower it).
    public var partMinimumBytes = 16 << 20

    public init(period: Period, jobs: [JobName] = JobName.allCases, dataDirectory: String = "datasets/sample",
                referenceDirectory: String = "datasets/reference", policyPath: String? = nil,
                outputDirectory: String = "reports", unmasked: Bool = false, maxRejectRate: Int? = nil,
                commandLine: [String] = []) {
        self.period = period
        self.jobs = jobs.sorted()
        self.dataDirectory = dataDirectory
        self.referenceDirectory = referenceDirectory
        self.policyPath = policyPath
        self.outputDirectory = outputDirectory
        self.unmasked = unmasked
        self.maxRejectRate = maxRejectRate
        self.commandLine = commandLine
    }
}
