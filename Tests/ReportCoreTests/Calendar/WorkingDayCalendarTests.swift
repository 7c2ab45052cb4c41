import Testing
import ReportCore

@Suite("WorkingDayCalendar")
struct WorkingDayCalendarTests {
    let calendar: WorkingDayCalendar

    init() throws {
        calendar = try WorkingDayCalendar(entries: stateCouncilSchedule2018And2019)
    }

    @Test(arguments: [
        // Fri 28 Sep → Mon 8 Oct 2018: Sat 29 and Sun 30 Sep are 班 (2), 1–7 Oct are 休, Mon 8 Oct (3).
        (date(2018, 9, 28), date(2018, 10, 8), 3),
        // Same day: the day of receipt is not counted.
        (date(2018, 9, 28), date(2018, 9, 28), 0),
        // Completed before received: 0, not negative.
        (date(2018, 10, 8), date(2018, 9, 28), 0),
        // Sun 16 Sep → Mon 17 Sep 2018: only Monday.
        (date(2018, 9, 16), date(2018, 9, 17), 1),
        // Fri 28 Dec 2018 → Wed 2 Jan 2019: Sat 29 Dec 班 (1), 30 Dec–1 Jan 休, Wed 2 Jan (2).
        (date(2018, 12, 28), date(2019, 1, 2), 2),
        // Mon 5 Nov → Mon 12 Nov 2018, an ordinary week: Tue–Fri (4), weekend, Mon (5).
        (date(2018, 11, 5), date(2018, 11, 12), 5),
        // Fri 21 Sep → Tue 25 Sep 2018: 22–24 Sep 中秋 (Mon 24 off), Tue 25 (1).
        (date(2018, 9, 21), date(2018, 9, 25), 1),
        // Fri 9 Feb → Mon 26 Feb 2018: Sun 11 班 (1), Mon 12–Wed 14 (4), 15–21 春节,
        // Thu 22, Fri 23 (6), Sat 24 班 (7), Sun 25 off, Mon 26 (8).
        (date(2018, 2, 9), date(2018, 2, 26), 8),
        // Fri 27 Sep → Mon 14 Oct 2019: Sun 29 班 (1), Mon 30 (2), 1–7 Oct 休, Tue 8–Fri 11 (6),
        // Sat 12 班 (7), Sun 13 off, Mon 14 (8).
        (date(2019, 9, 27), date(2019, 10, 14), 8),
        // Fri 26 Apr → Mon 6 May 2019: Sun 28 班 (1), Mon 29, Tue 30 (3), 1–4 May 休, Sun 5 班 (4), Mon 6 (5).
        (date(2019, 4, 26), date(2019, 5, 6), 5),
        // All of 2018 after New Year's Day: 261 weekdays − 18 weekday holidays + 7 make-up days = 250
        // (Jan 1 is itself a holiday, so excluding it changes nothing).
        (date(2018, 1, 1), date(2018, 12, 31), 250),
        // All of 2019: 261 weekdays − 17 weekday holidays + 6 make-up days = 250.
        (date(2018, 12, 31), date(2019, 12, 31), 250),
    ])
    func countsWorkingDays(received: Day, completed: Day, expected: Int) throws {
        #expect(try calendar.workingDays(after: received, through: completed) == expected)
    }

    @Test(arguments: [
        (date(2018, 9, 29), true),    // Saturday, 国庆节调休上班
        (date(2018, 9, 30), true),    // Sunday, 国庆节调休上班
        (date(2018, 10, 3), false),   // 国庆节
        (date(2018, 9, 15), false),   // ordinary Saturday
        (date(2018, 9, 16), false),   // ordinary Sunday
        (date(2018, 9, 24), false),   // Monday, 中秋节
        (date(2018, 9, 28), true),    // ordinary Friday
        (date(2018, 12, 29), true),   // Saturday, 元旦调休上班
        (date(2019, 1, 1), false),    // 元旦
        (date(2019, 10, 12), true),   // Saturday, 国庆节调休上班
    ])
    func classifiesDays(day: Day, expected: Bool) throws {
        #expect(try calendar.isWorkingDay(day) == expected)
    }

    @Test func coverage() {
        #expect(calendar.coveredYears == [2018, 2019])
        #expect(calendar.covers(date(2018, 1, 1)) && calendar.covers(date(2019, 12, 31)))
        #expect(!calendar.covers(date(2017, 12, 31)) && !calendar.covers(date(2020, 1, 1)))
    }

    @Test func uncoveredDaysAreErrors() {
        let expected = CalendarError.notCovered(date(2021, 3, 1), coveredYears: [2018, 2019])
        #expect(throws: expected) { try calendar.isWorkingDay(date(2021, 3, 1)) }
        #expect(expected.reason == "日期 2021-03-01 超出工作日历覆盖的年份（2018–2019）")
        #expect(throws: CalendarError.notCovered(date(2017, 12, 29), coveredYears: [2018, 2019])) {
            try calendar.workingDays(after: date(2017, 12, 29), through: date(2018, 1, 2))
        }
        #expect(throws: CalendarError.notCovered(date(2020, 1, 2), coveredYears: [2018, 2019])) {
            try calendar.workingDays(after: date(2019, 12, 30), through: date(2020, 1, 2))
        }
        // Also when completion precedes receipt: the date itself is out of range.
        #expect(throws: CalendarError.self) { try calendar.workingDays(after: date(2020, 1, 2), through: date(2019, 1, 2)) }
    }

    @Test func aYearWithoutEntriesBetweenCoveredYearsIsNotCovered() throws {
        let gapped = try WorkingDayCalendar(entries: [(date(2017, 10, 2), .holiday), (date(2019, 10, 1), .holiday)])
        #expect(gapped.coveredYears == [2017, 2019])
        #expect(!gapped.covers(date(2018, 6, 1)))
        let error = CalendarError.notCovered(date(2018, 1, 1), coveredYears: [2017, 2019])
        #expect(throws: error) { try gapped.workingDays(after: date(2017, 12, 29), through: date(2019, 1, 2)) }
        #expect(error.reason == "日期 2018-01-01 超出工作日历覆盖的年份（2017、2019）")
        // Within one covered year it answers: Fri 29 Sep 2017 → Tue 3 Oct 2017:
        // Sat 30 Sep and Sun 1 Oct off (not listed as 班 here), Mon 2 Oct 休, Tue 3 Oct (1).
        #expect(try gapped.workingDays(after: date(2017, 9, 29), through: date(2017, 10, 3)) == 1)
    }

    @Test func entriesAreCheckedForConflicts() throws {
        let conflict: [(day: Day, kind: WorkingDayCalendar.Kind)] = [
            (date(2018, 10, 1), .holiday), (date(2018, 10, 2), .holiday), (date(2018, 10, 1), .makeUpWorkday),
        ]
        #expect(throws: CalendarError.conflictingEntries(date(2018, 10, 1))) { try WorkingDayCalendar(entries: conflict) }
        #expect(CalendarError.conflictingEntries(date(2018, 10, 1)).reason == "日期 2018-10-01 在工作日历中既列为“休”又列为“班”")
        // The same entry twice (a re-pasted row) is harmless.
        let repeated = try WorkingDayCalendar(entries: [(date(2018, 10, 1), .holiday), (date(2018, 10, 1), .holiday)])
        #expect(try repeated.isWorkingDay(date(2018, 10, 1)) == false)
        #expect(throws: CalendarError.noEntries) { try WorkingDayCalendar(entries: []) }
    }

    @Test func marks() {
        #expect(WorkingDayCalendar.Kind(mark: "休") == .holiday)
        #expect(WorkingDayCalendar.Kind(mark: "班") == .makeUpWorkday)
        #expect(WorkingDayCalendar.Kind(mark: "假") == nil)
        #expect(WorkingDayCalendar.Kind(mark: "") == nil)
    }

    /// Reference: count working days one by one with `isWorkingDay`.
    private func countByLoop(after start: Day, through end: Day) throws -> Int {
        var count = 0
        var day = start.adding(days: 1)
        while day <= end {
            if try calendar.isWorkingDay(day) { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }

    /// Reference: the rule of SPEC §3 from the raw entries, without the calendar's arrays.
    private func isWorkingByRule(_ day: Day) -> Bool {
        if let entry = stateCouncilSchedule2018And2019.first(where: { $0.day == day }) {
            return entry.kind == .makeUpWorkday
        }
        return !day.isWeekend
    }

    /// Property: isWorkingDay agrees with the rule applied to the raw list, every day of 2018–2019.
    @Test func classificationMatchesTheRule() throws {
        var day = date(2018, 1, 1)
        while day <= date(2019, 12, 31) {
            #expect(try calendar.isWorkingDay(day) == isWorkingByRule(day), "\(day)")
            day = day.adding(days: 1)
        }
    }

    /// Property: for every pair of days within each month of 2018–2019, and across each
    /// month boundary, the O(1) count equals the day-by-day count.
    @Test func countMatchesDayByDayLoop() throws {
        for year in 2018...2019 {
            for month in 1...12 {
                let first = date(year, month, 1)
                let last = month == 12 && year == 2019
                    ? date(2019, 12, 31)
                    : first.adding(days: Day.daysInMonth(year: year, month: month) + 9)
                var start = first
                while start <= last {
                    var end = start
                    while end <= last {
                        let expected = try countByLoop(after: start, through: end)
                        if try calendar.workingDays(after: start, through: end) != expected {
                            Issue.record("\(start) → \(end): expected \(expected)")
                        }
                        end = end.adding(days: 1)
                    }
                    start = start.adding(days: 1)
                }
            }
        }
    }
}
