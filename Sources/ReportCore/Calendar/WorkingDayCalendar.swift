/// The working-day calendar of SPEC §3, built from the State Council holiday schedule in
/// `calendar.csv`.
///
/// A day is a working day unless it is a Saturday or Sunday not listed as 班 (make-up
/// workday), or it is listed as 休 (holiday). The calendar covers exactly the years that have
/// at least one entry; a year without entries is not covered, and any question about a day
/// in it throws `CalendarError.notCovered` rather than guessing.
///
/// Answers are O(1): the initializer precomputes, for every day from 1 January of the first
/// covered year to 31 December of the last, the number of working days and of uncovered days
/// before it.
public final class WorkingDayCalendar: Sendable {
    /// What a calendar entry says about its day.
    public enum Kind: Hashable, Sendable {
        /// 休: a holiday, not worked even on a weekday.
        case holiday
        /// 班: a make-up workday, worked even on a weekend.
        case makeUpWorkday

        /// The kind for the mark used in `calendar.csv`: `休` or `班`; nil for anything else.
        public init?(mark: String) {
            switch mark {
            case "休": self = .holiday
            case "班": self = .makeUpWorkday
            default: return nil
            }
        }
    }

    /// The covered years, ascending.
    public let coveredYears: [Int]
    /// 1 January of the first covered year: index 0 of the prefix arrays.
    private let origin: Day
    /// `workingBefore[i]`: working days among the first `i` days from `origin`.
    private let workingBefore: [Int32]
    /// `uncoveredBefore[i]`: days in uncovered years among the first `i` days from `origin`.
    private let uncoveredBefore: [Int32]

    /// A calendar that covers no year: every question about a day throws `notCovered`.
    /// For a run whose jobs count no working days (the calendar file is then not read).
    public static let uncovering = WorkingDayCalendar()

    private init() {
        coveredYears = []
        origin = Day(year: 2000, month: 1, day: 1)!
        workingBefore = [0]
        uncoveredBefore = [0]
    }

    /// A calendar from its entries, in any order. The same day listed twice with the same kind
    /// is accepted; with different kinds it throws `conflictingEntries`. No entries at all
    /// throws `noEntries`.
    public init(entries: [(day: Day, kind: Kind)]) throws(CalendarError) {
        guard !entries.isEmpty else { throw .noEntries }
        var marks: [Int32: Kind] = [:]
        var years = Set<Int>()
        for entry in entries {
            if let previous = marks.updateValue(entry.kind, forKey: entry.day.ordinal), previous != entry.kind {
                throw .conflictingEntries(entry.day)
            }
            years.insert(entry.day.year)
        }
        coveredYears = years.sorted()
        let firstYear = coveredYears[0], lastYear = coveredYears[coveredYears.count - 1]
        origin = Day(year: firstYear, month: 1, day: 1)!
        let end = Day(year: lastYear, month: 12, day: 31)!
        let dayCount = end - origin + 1

        var working = [Int32](repeating: 0, count: dayCount + 1)
        var uncovered = [Int32](repeating: 0, count: dayCount + 1)
        var year = firstYear
        var nextNewYear = Day(year: firstYear + 1, month: 1, day: 1)!
        for offset in 0..<dayCount {
            let day = origin.adding(days: offset)
            if day == nextNewYear {
                year += 1
                nextNewYear = Day(year: year + 1, month: 1, day: 1)!
            }
            let isWorking: Bool
            switch marks[day.ordinal] {
            case .holiday?: isWorking = false
            case .makeUpWorkday?: isWorking = true
            case nil: isWorking = !day.isWeekend
            }
            working[offset + 1] = working[offset] + (isWorking ? 1 : 0)
            uncovered[offset + 1] = uncovered[offset] + (years.contains(year) ? 0 : 1)
        }
        workingBefore = working
        uncoveredBefore = uncovered
    }

    /// The index of `day` in the prefix arrays, or nil when it lies outside the covered span.
    private func offset(of day: Day) -> Int? {
        let offset = day - origin
        return offset >= 0 && offset < workingBefore.count - 1 ? offset : nil
    }

    /// True when `day` lies in a covered year.
    public func covers(_ day: Day) -> Bool {
        guard let offset = offset(of: day) else { return false }
        return uncoveredBefore[offset + 1] == uncoveredBefore[offset]
    }

    /// Whether `day` is a working day; throws `notCovered` outside the covered years.
    public func isWorkingDay(_ day: Day) throws(CalendarError) -> Bool {
        let offset = try coveredOffset(of: day)
        return workingBefore[offset + 1] != workingBefore[offset]
    }

    /// The working days `d` with `start < d ≤ end`: the elapsed working days of a ticket
    /// received on `start` and completed on `end` (the day of receipt is not counted), 0 when
    /// `end ≤ start`. Throws `notCovered` when `start`, `end` or any day between them lies in
    /// a year the calendar does not cover. O(1).
    public func workingDays(after start: Day, through end: Day) throws(CalendarError) -> Int {
        let startOffset = try coveredOffset(of: start)
        let endOffset = try coveredOffset(of: end)
        guard endOffset > startOffset else { return 0 }
        if uncoveredBefore[endOffset + 1] != uncoveredBefore[startOffset] {
            // A gap year lies between two covered years: name its first day.
            var offset = startOffset
            while covers(origin.adding(days: offset)) { offset += 1 }
            throw .notCovered(origin.adding(days: offset), coveredYears: coveredYears)
        }
        return Int(workingBefore[endOffset + 1] - workingBefore[startOffset + 1])
    }

    private func coveredOffset(of day: Day) throws(CalendarError) -> Int {
        guard let offset = offset(of: day), uncoveredBefore[offset + 1] == uncoveredBefore[offset] else {
            throw .notCovered(day, coveredYears: coveredYears)
        }
        return offset
    }
}
