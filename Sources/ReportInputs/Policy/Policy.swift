import ReportCore

/// Every number the reports apply (SPEC §4), read from the policy file.
///
/// Money is in fen, quantities in kilograms, quality figures in thousandths of their
/// unit (0.5% → 500, 24 MJ/kg → 24000), targets and thresholds in tenths of a percent
/// (94.5% → 945): integers throughout, so comparisons are exact.
public struct Policy: Sendable {
    /// 博政办字〔2018〕109号: campaign window, subsidies, quality limits, ranking weights.
    public struct Coal: Sendable {
        /// Campaign window within the quota year, as (month, day).
        public var campaignStart: (month: Int, day: Int)
        public var campaignEnd: (month: Int, day: Int)
        public var subsidyFenPerTon: Int64
        public var subsidyMaxKilogramsPerHousehold: Int64
        public var stoveSubsidyFen: Int64
        public var stoveMaxPerHousehold: Int
        public var quality: QualityLimits
        public var sharedPhoneMinHouseholds: Int
        public var amountToleranceFen: Int64
        public var weightCoal: Double
        public var weightStove: Double

        /// The campaign window of `year`.
        public func campaign(year: Int) -> ClosedRange<Day>? {
            guard let first = Day(year: year, month: campaignStart.month, day: campaignStart.day),
                  let last = Day(year: year, month: campaignEnd.month, day: campaignEnd.day), first <= last
            else { return nil }
            return first...last
        }
    }

    /// Limits of 109号 三(一), in thousandths (see `Policy`).
    public struct QualityLimits: Sendable {
        public var sulfurMax: Int64
        public var ashMax: Int64
        public var volatileMax: Int64
        public var heatMin: Int64
        public var lantanMoistureMax: Int64
        /// Coal types the moisture limit applies to.
        public var lantanTypes: [String]
    }

    /// 博政办字〔2018〕115号: the targets of the food-safety indicators.
    public struct Food: Sendable {
        /// Targets in tenths of a percent.
        public var relatedProductsPassRate: Int
        public var failureDisposalRate: Int
        public var publicationRate: Int
        public var schoolCanteenGradeBRate: Int
        public var openKitchenRate: Int
        public var smallBusinessRegistrationRate: Int
        public var smallBusinessCoverageRate: Int
    }

    /// 博政办字〔2018〕116号: the 30% rule, the step limit and the ranking weights.
    public struct Service: Sendable {
        /// The 30% rule: compliant when committed × 100 ≤ statutory × this.
        public var committedMaxPercentOfStatutory: Int
        public var maxSteps: Int
        public var weightItemCompliance: Double
        public var weightOnTime: Double
        public var weightOneVisit: Double
        public var weightOnline: Double
        public var weightSatisfaction: Double
    }

    /// How strict a run is with its inputs.
    public struct Run: Sendable {
        /// Tenths of a percent.
        public var maxRejectRate: Int
        public var staleExportDays: Int
        /// A read of an input that makes no progress for this long stops the run (exit 74):
        /// a pipe whose writer went silent, a stalled network mount. Optional in a policy
        /// file (`run.read_stall_seconds`), 600 when absent.
        public var readStallSeconds: Int
    }

    public var coal: Coal
    public var food: Food
    public var service: Service
    public var run: Run
    /// Every value as written in the file, by dotted key, for the manifest.
    public var values: [String: String]
    /// Where the values came from (a path, or "built-in").
    public var source: String
}
