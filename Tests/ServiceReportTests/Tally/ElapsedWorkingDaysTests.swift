import Testing
import ReportCore
@testable import ServiceReport

@Suite struct ElapsedWorkingDaysTests {
    func elapsed(_ from: Day, _ to: Day, suspended: Int? = nil) throws -> Int {
        try ElapsedWorkingDays.count(received: from, through: to, suspendedDays: suspended, calendar: fixtureCalendar)
    }

    @Test func nationalDayMakeUpWeekendCountsHolidayDoesNot() throws {
        // Fri 28 Sep (receipt, not counted) → Mon 8 Oct: Sat 29 班 (1), Sun 30 班 (2),
        // 1–7 Oct 休 (0), Mon 8 Oct (3).
        #expect(try elapsed(day(2018, 9, 28), day(2018, 10, 8)) == 3)
    }

    @Test func sameDayIsZero() throws {
        // Receipt day is never counted: Monday 5 Nov → Monday 5 Nov.
        #expect(try elapsed(day(2018, 11, 5), day(2018, 11, 5)) == 0)
    }

    @Test func receivedOnSunday() throws {
        // Sun 4 Nov → Tue 6 Nov: Mon 5 (1), Tue 6 (2).
        #expect(try elapsed(day(2018, 11, 4), day(2018, 11, 6)) == 2)
        // Sun 4 Nov → Mon 5 Nov: 1.
        #expect(try elapsed(day(2018, 11, 4), day(2018, 11, 5)) == 1)
    }

    @Test func spanningNewYear2019() throws {
        // Fri 28 Dec 2018 → Wed 2 Jan 2019: Sat 29 班 (1), Sun 30 休, Mon 31 休, Tue 1 Jan 休,
        // Wed 2 Jan (2).
        #expect(try elapsed(day(2018, 12, 28), day(2019, 1, 2)) == 2)
    }

    @Test func suspendedDaysAreSubtractedNeverBelowZero() throws {
        // Mon 5 Nov → Fri 16 Nov: Tue–Fri (4) + Mon–Fri (5) = 9.
        #expect(try elapsed(day(2018, 11, 5), day(2018, 11, 16)) == 9)
        // 9 − 4 suspended = 5.
        #expect(try elapsed(day(2018, 11, 5), day(2018, 11, 16), suspended: 4) == 5)
        // 9 − 12 suspended → 0, not −3.
        #expect(try elapsed(day(2018, 11, 5), day(2018, 11, 16), suspended: 12) == 0)
    }

    @Test func dateOutsideCalendarIsAnError() {
        #expect(throws: CalendarError.self) { try elapsed(day(2018, 12, 28), day(2020, 1, 2)) }
    }
}
