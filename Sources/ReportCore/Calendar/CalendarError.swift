/// A problem with the working-day calendar (`calendar.csv`) or a date it cannot answer for.
public enum CalendarError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The calendar has no entries, so it covers no year.
    case noEntries
    /// The same day is listed both as 休 and as 班.
    case conflictingEntries(Day)
    /// A day in a year the calendar does not cover; SPEC §3: an error, not a guess.
    case notCovered(Day, coveredYears: [Int])

    /// The reason in Chinese, e.g. `日期 2021-03-01 超出工作日历覆盖的年份（2017–2019）`.
    public var reason: String {
        switch self {
        case .noEntries:
            return "工作日历没有任何条目，无法计算工作日"
        case .conflictingEntries(let day):
            return "日期 \(day) 在工作日历中既列为“休”又列为“班”"
        case .notCovered(let day, let years):
            return "日期 \(day) 超出工作日历覆盖的年份（\(CalendarError.yearList(years))）"
        }
    }

    /// The reason, as printed.
    public var description: String { reason }

    /// Sorted years as runs: `2017–2019`, `2017、2019–2020`.
    static func yearList(_ years: [Int]) -> String {
        var runs: [String] = []
        var index = 0
        while index < years.count {
            var end = index
            while end + 1 < years.count, years[end + 1] == years[end] + 1 { end += 1 }
            runs.append(end == index ? "\(years[index])" : "\(years[index])–\(years[end])")
            index = end + 1
        }
        return runs.isEmpty ? "无" : runs.joined(separator: "、")
    }
}
