import ReportCore

/// Working days over the covered years, precomputed so that "the n-th working day after
/// d" is one array lookup (it runs once per generated ticket).
struct WorkCalendar {
    let first: Day
    let last: Day
    /// Per day from `first`: is it a working day.
    private let working: [Bool]
    /// Per day from `first`: working days up to and including it.
    private let through: [Int32]
    /// All working days, ascending.
    private let workDays: [Day]

    init(firstYear: Int, lastYear: Int, isWorking: (Day) -> Bool) {
        first = Day(year: firstYear, month: 1, day: 1)!
        last = Day(year: lastYear, month: 12, day: 31)!
        var working: [Bool] = [], through: [Int32] = [], workDays: [Day] = []
        var count: Int32 = 0
        for offset in 0...(last - first) {
            let day = first.adding(days: offset)
            let w = isWorking(day)
            if w {
                count += 1
                workDays.append(day)
            }
            working.append(w)
            through.append(count)
        }
        self.working = working
        self.through = through
        self.workDays = workDays
    }

    func contains(_ day: Day) -> Bool { day >= first && day <= last }

    func isWorking(_ day: Day) -> Bool { contains(day) && working[day - first] }

    /// `day` itself for n = 0, otherwise the n-th working day after it (the day of receipt
    /// is not counted, SPEC §3); nil past the end of the calendar.
    func adding(workingDays n: Int, to day: Day) -> Day? {
        guard n > 0 else { return day }
        guard contains(day) else { return nil }
        let index = Int(through[day - first]) + n - 1
        return index < workDays.count ? workDays[index] : nil
    }

    /// Working days d with start < d ≤ end.
    func workingDays(after start: Day, through end: Day) -> Int {
        guard end > start, contains(start), contains(end) else { return 0 }
        return Int(through[end - first] - through[start - first])
    }

    /// The working days of a month.
    func workingDays(year: Int, month: Int) -> [Day] {
        let start = Day(year: year, month: month, day: 1)!
        return (0..<Day.daysInMonth(year: year, month: month)).map { start.adding(days: $0) }.filter(isWorking)
    }
}
