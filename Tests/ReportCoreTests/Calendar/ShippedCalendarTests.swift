import Foundation
import Testing
import ReportCore

/// Reads the shipped `datasets/reference/calendar.csv` as plain lines (it has no quoting) and
/// checks that it builds a calendar that gives the hand-worked answers.
@Suite("Shipped calendar.csv")
struct ShippedCalendarTests {
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("datasets/reference/calendar.csv").path

    func load() throws -> WorkingDayCalendar {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.first == "日期,类型,名称")
        var entries: [(day: Day, kind: WorkingDayCalendar.Kind)] = []
        for line in lines.dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            try #require(fields.count == 3, "\(line)")
            let day = try ValueParser.day(fields[0]).get()
            let kind = try #require(WorkingDayCalendar.Kind(mark: fields[1]), "\(line)")
            entries.append((day, kind))
        }
        return try WorkingDayCalendar(entries: entries)
    }

    @Test func coversTheSampleYears() throws {
        let calendar = try load()
        #expect(calendar.coveredYears.contains(2018) && calendar.coveredYears.contains(2019))
    }

    @Test func givesTheHandWorkedAnswers() throws {
        let calendar = try load()
        #expect(try calendar.workingDays(after: date(2018, 9, 28), through: date(2018, 10, 8)) == 3)
        #expect(try calendar.workingDays(after: date(2018, 12, 28), through: date(2019, 1, 2)) == 2)
        #expect(try calendar.workingDays(after: date(2018, 1, 1), through: date(2018, 12, 31)) == 250)
        #expect(try calendar.isWorkingDay(date(2018, 9, 29)))
        #expect(try !calendar.isWorkingDay(date(2018, 9, 24)))
    }

    @Test func agreesWithTheLiteralScheduleOn2018And2019() throws {
        let shipped = try load()
        let literal = try WorkingDayCalendar(entries: stateCouncilSchedule2018And2019)
        var day = date(2018, 1, 1)
        while day <= date(2019, 12, 31) {
            #expect(try shipped.isWorkingDay(day) == literal.isWorkingDay(day), "\(day)")
            day = day.adding(days: 1)
        }
    }

    /// 2017, if shipped: Sun 1 Jan 2017 starts a year of 260 weekdays; 16 weekday holidays
    /// (2 Jan; 27, 30, 31 Jan, 1, 2 Feb; 3, 4 Apr; 1 May; 29, 30 May; 2–6 Oct) and 5 make-up
    /// days (22 Jan, 4 Feb, 1 Apr, 27 May, 30 Sep) give 260 − 16 + 5 = 249.
    @Test func year2017IfShipped() throws {
        let calendar = try load()
        guard calendar.coveredYears.contains(2016) || calendar.coveredYears.contains(2017) else { return }
        guard calendar.coveredYears.contains(2016) else {
            // 1 Jan 2017 is a Sunday (not working), so counting after it loses nothing.
            #expect(try calendar.workingDays(after: date(2017, 1, 1), through: date(2017, 12, 31)) == 249)
            return
        }
        #expect(try calendar.workingDays(after: date(2016, 12, 31), through: date(2017, 12, 31)) == 249)
    }
}
