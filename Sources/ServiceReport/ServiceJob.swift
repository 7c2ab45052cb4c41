import ReportCore
import ReportInputs

/// The `service` job (SPEC §4.3, 博政办字〔2018〕116号 §三): feed it the validated tickets
/// of `service_tickets.csv` one at a time, then ask for the computed `ServiceReport` and
/// render it with `ServiceRenderer`.
///
/// ```swift
/// var job = ServiceJob(period: period, reference: reference, policy: policy)
/// for ticket in tickets { job.add(ticket) }
/// let output = ServiceRenderer.render(try job.report())
/// ```
///
/// Memory stays flat however many tickets stream through: the job keeps counters per
/// department, hall and township for the period and its previous period (for rank change),
/// per-minute wait histograms, and the list of overdue open tickets.
public struct ServiceJob: Sendable {
    /// The report period.
    public let period: Period
    private let rule: TimeLimitRule
    private let score: ServiceScore
    private var tally: ServiceTally

    /// A job for `period` over the catalogue, calendar and townships of `reference`, with the
    /// 30% rule, step limit and ranking weights of `policy`.
    public init(period: Period, reference: ReferenceData, policy: Policy) {
        self.period = period
        rule = TimeLimitRule(maxPercentOfStatutory: policy.service.committedMaxPercentOfStatutory)
        score = ServiceScore(policy.service)
        tally = ServiceTally(period: period, catalogue: CatalogueIndex(reference.catalogue, rule: rule),
                             calendar: reference.calendar, townships: reference.townships.all.map(\.name),
                             maxSteps: policy.service.maxSteps)
    }

    /// Adds one validated ticket (allocation-light: no string is built per ticket).
    public mutating func add(_ ticket: ServiceTicket) {
        tally.add(ticket)
    }

    /// Adds the tickets another job of the same period took (another part of the same
    /// file, read on another core). The result is the same as one job taking them all.
    public mutating func merge(_ other: ServiceJob) {
        tally.merge(other.tally)
    }

    /// Call once every ticket is in: sorts the overdue list in place, so that the report
    /// shares it instead of holding a sorted copy beside it (the list grows with the export).
    public mutating func finishReading() {
        tally.sortOverdue()
    }

    /// The computed report. Throws when the calendar does not cover the period (elapsed
    /// working days and 超期在办 cannot be known), or when a ticket spans a year missing
    /// from the calendar.
    public func report() throws(ServiceJobError) -> ServiceReport {
        let current = tally.windows[0]
        guard current.covered else {
            throw .calendarDoesNotCover(period, coveredYears: tally.calendar.coveredYearsText)
        }
        if let problem = tally.calendarProblem { throw .calendar(problem) }
        return ServiceReport(tally: tally, rule: rule, score: score)
    }
}

/// Why the `service` job cannot report.
public enum ServiceJobError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The calendar does not cover the report period; `coveredYears` as `2017–2019`.
    case calendarDoesNotCover(Period, coveredYears: String)
    /// A ticket's elapsed working days touch a day outside the calendar's years.
    case calendar(CalendarError)

    /// One line in Chinese, for the terminal and the cron log.
    public var description: String {
        switch self {
        case .calendarDoesNotCover(let period, let years):
            return "工作日历不覆盖 \(period.chineseName)（覆盖 \(years)），请补充 calendar.csv"
        case .calendar(let error):
            return "政务服务办件无法计算工作日：\(error.reason)，请补充 calendar.csv"
        }
    }
}
