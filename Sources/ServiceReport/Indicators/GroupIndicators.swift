import ReportCore

/// Every indicator of SPEC §4.3 for one group in the report period: a department, a hall,
/// a township or the whole district. Counts are kept so that every rate can be traced
/// (and re-aggregated by analysts); rates are `Rate`s, empty when their denominator is 0.
public struct GroupIndicators: Sendable {
    /// The department, hall or township name (`全区` for the district).
    public let name: String
    /// 受理量: tickets received within the period.
    public let received: Int
    /// 办结量: tickets completed within the period; the denominator of the ticket rates.
    public let completed: Int
    /// Items assessed by the 30% rule: for a department (and the district) its non-exempt
    /// catalogue items; for a hall or township the distinct non-exempt items it completed
    /// tickets for in the period.
    public let assessedItems: Int
    /// Of `assessedItems`, those complying with the 30% rule.
    public let compliantItems: Int
    /// 平均承诺压缩率 over the assessed items with statutory > 0.
    public let committedCompression: CompressionMean
    /// Σ statutory days and Σ elapsed working days over completed tickets whose item has
    /// statutory > 0 (实际压缩率).
    public let statutoryDaysTotal: Int
    public let elapsedDaysTotal: Int
    /// Completed with elapsed ≤ committed.
    public let onTime: Int
    /// 超期在办 at period end.
    public let overdueOpen: Int
    /// Completed tickets of 即办件 items.
    public let immediate: Int
    /// Completed with steps ≤ the policy's maximum (3).
    public let withinSteps: Int
    /// Completed via 网上 or 手机APP.
    public let online: Int
    /// Completed with at most one visit / with none.
    public let oneVisit: Int
    public let zeroVisits: Int
    /// Completed tickets with a rating, and those rated 非常满意/满意/基本满意 or 不满意/非常不满意.
    public let rated: Int
    public let satisfied: Int
    public let dissatisfied: Int
    /// Wait minutes of completed tickets that recorded one.
    public let wait: WaitStatistics
    /// The ranking score (see `ServiceScore`); nil when the group is not ranked.
    public internal(set) var score: Double?
    /// Rank in the period and in the previous period (standard competition ranking).
    public internal(set) var rank: Int?
    public internal(set) var previousRank: Int?

    /// 时限达标事项率.
    public var itemCompliance: Rate { Rate(numerator: compliantItems, denominator: assessedItems) }
    /// 实际压缩率: 1 − Σ elapsed / Σ statutory (may be negative when tickets overrun).
    public var actualCompression: Rate {
        Rate(numerator: statutoryDaysTotal - elapsedDaysTotal, denominator: statutoryDaysTotal)
    }
    /// 按时办结率.
    public var onTimeRate: Rate { Rate(numerator: onTime, denominator: completed) }
    /// 即办件比例.
    public var immediateShare: Rate { Rate(numerator: immediate, denominator: completed) }
    /// 三环节以内率.
    public var withinStepsRate: Rate { Rate(numerator: withinSteps, denominator: completed) }
    /// 网办率.
    public var onlineRate: Rate { Rate(numerator: online, denominator: completed) }
    /// 一次办好率.
    public var oneVisitRate: Rate { Rate(numerator: oneVisit, denominator: completed) }
    /// 零跑腿率.
    public var zeroVisitRate: Rate { Rate(numerator: zeroVisits, denominator: completed) }
    /// 参评率.
    public var ratedShare: Rate { Rate(numerator: rated, denominator: completed) }
    /// 满意率.
    public var satisfactionRate: Rate { Rate(numerator: satisfied, denominator: rated) }
    /// 差评率.
    public var dissatisfactionRate: Rate { Rate(numerator: dissatisfied, denominator: rated) }
    /// ↑n / ↓n / — against the previous period.
    public var rankChange: String { CompetitionRanking.change(current: rank, previous: previousRank) }
    /// The score as shown, one decimal (`87.5`), `""` when not ranked.
    public var scoreText: String { score.map { Rate.formatTenths(CompetitionRanking.tenths($0)) } ?? "" }

    /// The indicators of `tally`, with the 30% rule assessed over the catalogue items at
    /// `itemPositions` (exempt ones are skipped here).
    init(name: String, tally: GroupTally, itemPositions: [Int], catalogue: CatalogueIndex) {
        self.name = name
        received = tally.received
        completed = tally.completed
        let assessed = itemPositions.filter { catalogue.status[$0].isAssessed }
        assessedItems = assessed.count
        compliantItems = assessed.filter { catalogue.status[$0] == .compliant }.count
        committedCompression = CompressionMean(assessed.map {
            (statutory: catalogue.items[$0].statutoryDays, committed: catalogue.items[$0].committedDays)
        })
        statutoryDaysTotal = tally.statutoryDaysTotal
        elapsedDaysTotal = tally.elapsedDaysTotal
        onTime = tally.onTime
        overdueOpen = tally.overdueOpen
        immediate = tally.immediate
        withinSteps = tally.withinSteps
        online = tally.online
        oneVisit = tally.oneVisit
        zeroVisits = tally.zeroVisits
        rated = tally.rated
        satisfied = tally.satisfied
        dissatisfied = tally.dissatisfied
        wait = tally.wait.statistics
    }
}
