import Testing
import ReportCore

@Suite("Day and DateTime")
struct DayTests {
    @Test func knownOrdinalsAndWeekdays() {
        #expect(date(1970, 1, 1).ordinal == 0)
        #expect(date(1970, 1, 1).weekday == 4)   // Thursday
        #expect(date(1969, 12, 31).ordinal == -1)
        #expect(date(2018, 9, 28).weekday == 5)  // Friday
        #expect(date(2018, 9, 29).isWeekend)
        #expect(date(2018, 10, 8).weekday == 1)  // Monday
        #expect(date(2018, 10, 8) - date(2018, 9, 28) == 10)
    }

    @Test func rejectsNonexistentDays() {
        #expect(Day(year: 2018, month: 2, day: 29) == nil)
        #expect(Day(year: 2020, month: 2, day: 29) != nil)
        #expect(Day(year: 2018, month: 13, day: 1) == nil)
        #expect(Day(year: 2018, month: 4, day: 31) == nil)
        #expect(Day(year: 2018, month: 1, day: 0) == nil)
    }

    @Test func descriptions() {
        #expect(date(2018, 9, 8).description == "2018-09-08")
        #expect(DateTime(day: date(2018, 9, 28), secondOfDay: 50_580).description == "2018-09-28 14:03:00")
        #expect(DateTime(day: date(2018, 9, 28)) < DateTime(day: date(2018, 9, 28), secondOfDay: 1))
    }

    /// Property: components invert the initializer and weekdays cycle, 1900–2100.
    @Test func componentsRoundTrip() {
        var day = date(1900, 1, 1)
        var weekday = day.weekday
        while day <= date(2100, 12, 31) {
            let (y, m, d) = day.components
            if Day(year: y, month: m, day: d) != day { Issue.record("\(day) does not round-trip") }
            if day.weekday != weekday { Issue.record("\(day) breaks the weekday cycle") }
            weekday = weekday % 7 + 1
            day = day.adding(days: 1)
        }
    }
}
