/// A calendar day (proleptic Gregorian, no time zone), stored as days since 1970-01-01.
///
/// Dates in the exports are local dates of the district (UTC+8); the tool never
/// converts them, so a plain day count is exact and cheap to compare and subtract.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let ordinal: Int32

    /// The day `ordinal` days after 1970-01-01.
    public init(ordinal: Int32) {
        self.ordinal = ordinal
    }

    /// The day, or nil when it does not exist (2018-02-30, month 13, …).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysInMonth(year: year, month: month) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = Int32(era * 146_097 + doe - 719_468)
    }

    /// Year, month and day of month (civil_from_days).
    public var components: (year: Int, month: Int, day: Int) {
        let z = Int(ordinal) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The calendar year.
    public var year: Int { components.year }
    /// The month, 1–12.
    public var month: Int { components.month }
    /// The day of the month, 1–31.
    public var day: Int { components.day }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        let r = (Int(ordinal) + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    /// Saturday or Sunday.
    public var isWeekend: Bool { weekday >= 6 }

    /// The day `days` days later (earlier when negative).
    public func adding(days: Int) -> Day { Day(ordinal: ordinal + Int32(days)) }

    /// Whole days from `other` to `self`.
    public static func - (lhs: Day, rhs: Day) -> Int { Int(lhs.ordinal) - Int(rhs.ordinal) }

    /// Earlier days sort first.
    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    /// `2018-09-28`.
    public var description: String {
        let (y, m, d) = components
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    /// Gregorian leap year: divisible by 4, except centuries not divisible by 400.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Days in `month` (1–12) of `year`: 28–31.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A day and a time of day, as in 受理时间 `2018-09-28 14:03`.
public struct DateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The calendar day.
    public let day: Day
    /// Seconds since midnight, 0 when the export gave no time.
    public let secondOfDay: Int32

    /// The moment `secondOfDay` seconds after midnight starting `day`.
    public init(day: Day, secondOfDay: Int32 = 0) {
        self.day = day
        self.secondOfDay = secondOfDay
    }

    /// Earlier moments sort first.
    public static func < (lhs: DateTime, rhs: DateTime) -> Bool {
        (lhs.day, lhs.secondOfDay) < (rhs.day, rhs.secondOfDay)
    }

    /// `2018-09-28 14:03:00`.
    public var description: String {
        let h = Int(secondOfDay) / 3600, m = Int(secondOfDay) / 60 % 60, s = Int(secondOfDay) % 60
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(day) \(two(h)):\(two(m)):\(two(s))"
    }
}
