import ReportCore
import ReportInputs

/// Which rows one coal report counts, and how far the campaign has run by the period end.
///
/// The quota year is the year of the period's last day; the campaign window is the
/// policy's campaign of that year (default 1 September – 31 December, 博政办字〔2018〕109号
/// 四(三)). A row dated
/// - after the period end is not part of this report;
/// - before 1 January of the quota year belongs to an earlier year's campaign and is not
///   part of this report either (so a January report does not flag the whole previous
///   campaign as "outside the window");
/// - in the quota year, up to the period end, but outside the window is an anomaly
///   (配送日期不在推广期内) and is counted nowhere;
/// - inside the window, up to the period end, is counted cumulatively, and also "within
///   the period" when the period contains its date.
public struct CampaignScope: Sendable, Equatable {
    /// Where a dated row falls for this report.
    public enum Placement: Sendable, Equatable {
        /// Before 1 January of the quota year: another campaign.
        case earlierYear
        /// After the period end: not yet part of this report.
        case afterPeriodEnd
        /// In the quota year, up to the period end, outside the campaign window.
        case outsideCampaign
        /// Counted from the campaign start to the period end; `inPeriod` when the period
        /// itself contains the date.
        case counted(inPeriod: Bool)
    }

    /// The reporting period.
    public let period: Period
    /// The year whose quotas and campaign apply: the year of the period's last day.
    public let quotaYear: Int
    /// The campaign window of the quota year, both ends included.
    public let campaign: ClosedRange<Day>
    /// 1 January of the quota year: rows dated before it belong to an earlier campaign.
    public let yearStart: Day

    /// The scope of `period`, or nil when the policy's campaign dates do not exist in
    /// the quota year (29 February in a common year).
    public init?(period: Period, policy: Policy.Coal) {
        let year = period.last.year
        guard let campaign = policy.campaign(year: year), let yearStart = Day(year: year, month: 1, day: 1) else {
            return nil
        }
        self.period = period
        self.quotaYear = year
        self.campaign = campaign
        self.yearStart = yearStart
    }

    /// Where a row dated `day` falls.
    public func place(_ day: Day) -> Placement {
        if day > period.last { return .afterPeriodEnd }
        if day < yearStart { return .earlierYear }
        guard campaign.contains(day) else { return .outsideCampaign }
        return .counted(inPeriod: period.contains(day))
    }

    /// True once the period end has reached the campaign start.
    public var hasStarted: Bool { period.last >= campaign.lowerBound }

    /// Days of the campaign window up to min(period end, campaign end), inclusive; 0
    /// before the campaign starts.
    public var elapsedDays: Int {
        guard hasStarted else { return 0 }
        return min(period.last, campaign.upperBound) - campaign.lowerBound + 1
    }

    /// Days of the whole campaign window, inclusive.
    public var campaignDays: Int { campaign.upperBound - campaign.lowerBound + 1 }

    /// The elapsed share of the campaign (时间进度): elapsed days / window days.
    public var elapsedShare: Rate { Rate(numerator: elapsedDays, denominator: campaignDays) }
}
