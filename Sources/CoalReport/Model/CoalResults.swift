import ReportCore
import ReportInputs

/// Everything the coal reports show for one period, computed from the job's rows.
/// Nothing here is formatted: the renderer turns it into CSV, Markdown and SVG.
public struct CoalResults: Sendable {
    /// The period, quota year and campaign window.
    public let scope: CampaignScope
    /// The policy values the results apply (subsidy rates and caps, limits, weights).
    public let policy: Policy.Coal
    /// True when `quotas.csv` lists at least one quota for the quota year.
    public let hasQuotas: Bool
    /// Townships in ranking order: ranked by rank (ties in directory order), then the
    /// unranked in directory order.
    public let townships: [TownshipProgress]
    /// The district row: quotas summed, households distinct district-wide.
    public let district: TownshipProgress
    /// `coal/village_company.csv` rows (附件5/6).
    public let coalSummary: [CoalSummaryRow]
    /// `coal/stove_village_company.csv` rows (附件7/8).
    public let stoveSummary: [StoveSummaryRow]
    /// One row per household with a counted delivery or install.
    public let households: HouseholdSubsidies
    public let subsidy: SubsidyTotals
    /// Failed batches first, then never-sampled, then passed; each by 批号.
    public let batches: [BatchQuality]
    /// Sorted by kind, then first township (directory order), file and line.
    public let anomalies: [CoalAnomaly]
    /// Names the files of export folders in the anomalies' line positions.
    public let sourceFiles: SourceFileNames
    /// District coal completion as of the end of each month of the period (cumulative
    /// from the campaign start, like the ranking), for the trend chart; for a month report
    /// the year to date (from the campaign's first month).
    public let monthlyCompletion: [Rate]
    /// The district at the end of the previous period, for the brief's changes.
    public let previousDistrict: PreviousProgress?

    /// Townships behind schedule, most behind first (ties in directory order).
    public var behindSchedule: [TownshipProgress] {
        townships.enumerated().filter { $0.element.isBehindSchedule }
            .sorted { ($0.element.scheduleGapTenths ?? 0, $0.offset) < ($1.element.scheduleGapTenths ?? 0, $1.offset) }
            .map(\.element)
    }

    /// Batches with a failing sample.
    public var failedBatches: [BatchQuality] { batches.filter { $0.verdict == .failed } }

    /// Delivered batches without any sample by the period end.
    public var neverSampledBatches: [BatchQuality] { batches.filter { $0.verdict == .neverSampled } }

    /// Counted kilograms from failed batches (in progress, not subsidised).
    public var failedBatchKg: Int64 { failedBatches.reduce(0) { $0 + $1.deliveredKg } }

    /// Counted kilograms from never-sampled batches (subsidised, reported separately).
    public var neverSampledKg: Int64 { neverSampledBatches.reduce(0) { $0 + $1.deliveredKg } }

    /// Anomalies per kind, in kind order, kinds without any left out.
    public var anomalyCounts: [(kind: CoalAnomaly.Kind, count: Int)] {
        CoalAnomaly.Kind.allCases.compactMap { kind in
            let count = anomalies.filter { $0.kind == kind }.count
            return count > 0 ? (kind, count) : nil
        }
    }
}

/// The district's coal progress at the end of the previous period of the same kind.
public struct PreviousProgress: Sendable, Equatable {
    public let coalCompletion: Rate
    public let scheduleGapTenths: Int?
}
