import Testing
import ReportCore

@Suite("ValueParser.dateTime and day")
struct DateTimeParsingTests {
    struct Accepted: Sendable, CustomTestStringConvertible {
        let text: String
        let day: Day
        let second: Int32
        var testDescription: String { text }
        init(_ text: String, _ day: Day, _ second: Int32 = 0) {
            self.text = text
            self.day = day
            self.second = second
        }
    }

    static let accepted: [Accepted] = [
        Accepted("2018-09-28", date(2018, 9, 28)),
        Accepted("2018/9/28", date(2018, 9, 28)),
        Accepted("2018.9.28", date(2018, 9, 28)),
        Accepted("2018年9月28日", date(2018, 9, 28)),
        Accepted("２０１８年９月２８日", date(2018, 9, 28)),
        Accepted("２０１８－０９－２８", date(2018, 9, 28)),          // full-width hyphens fold to '-'
        Accepted("2018-9-8", date(2018, 9, 8)),
        Accepted("2018/09/08", date(2018, 9, 8)),
        Accepted("  2018-09-28\u{3000}", date(2018, 9, 28)),
        Accepted("2018-09-28 14:03", date(2018, 9, 28), 50_580),      // 14×3600 + 3×60
        Accepted("2018-09-28 14:03:00", date(2018, 9, 28), 50_580),
        Accepted("2018-09-28 14:03:59", date(2018, 9, 28), 50_639),   // 50580 + 59
        Accepted("2018/9/28 9:05", date(2018, 9, 28), 32_700),        // 9×3600 + 5×60
        Accepted("2018-09-28T14:03:00", date(2018, 9, 28), 50_580),
        Accepted("2018-09-28   14:03", date(2018, 9, 28), 50_580),
        Accepted("2018-09-28\t14:03", date(2018, 9, 28), 50_580),
        Accepted("2018年9月28日 14:03", date(2018, 9, 28), 50_580),
        Accepted("2018年9月28日14:03", date(2018, 9, 28), 50_580),      // no space after 日
        Accepted("2018年9月28日9:05:07", date(2018, 9, 28), 32_707),    // 9×3600 + 5×60 + 7
        Accepted("２０１８年９月２８日　１４：０３", date(2018, 9, 28), 50_580),
        Accepted("2018-09-28 00:00", date(2018, 9, 28), 0),
        Accepted("2018-09-28 23:59:59", date(2018, 9, 28), 86_399),   // 23×3600 + 59×60 + 59
        Accepted("2018-09-28 14:03:00.0", date(2018, 9, 28), 50_580),  // Java Timestamp style
        Accepted("2018-09-28 14:03:00.123", date(2018, 9, 28), 50_580),
        Accepted("2020-02-29", date(2020, 2, 29)),                     // leap year
        Accepted("2000-02-29", date(2000, 2, 29)),                     // divisible by 400
        Accepted("1900-01-01", date(1900, 1, 1)),
        Accepted("2100-12-31 23:59", date(2100, 12, 31), 86_340),
    ]

    @Test(arguments: accepted)
    func accepts(_ c: Accepted) {
        #expect(ValueParser.dateTime(c.text) == .success(DateTime(day: c.day, secondOfDay: c.second)))
        #expect(ValueParser.day(c.text) == .success(c.day))
    }

    @Test(arguments: [
        "2018-9/28", "2018/9-28", "2018.9/28", "2018年9-28", "2018年9月28", "2018-09-28日", "2018年9月28号",
        "2018-09-28x", "2018-09-28 14:03x", "2018-09-28T", "2018-09-28 14", "2018-09-28 14:3",
        "2018-09-28 14:03:0", "2018-09-28 14:03:", "2018-09-28 14:03:00.", "2018-09-28 14:03:00 +08:00x",
        "2018-09-28Z", "2018-09-28t14:03", "2018-09-28TT14:03", "2018-09-28 T14:03", "2018-09-2814:03",
        "18-09-28", "2018-009-28", "2018-09-028", "2018--09-28", "2018-09", "2018",
        "2018_09_28", "2018 09 28", "abc", "-2018-09-28", "2018-09-28 100:00", "2018-09-28 14:003",
    ])
    func rejectsOtherShapes(text: String) {
        let error = ValueParser.dateTime(text).error
        #expect(error?.kind == .invalidDate)
        #expect(error?.reason == "不是有效的日期：" + text)
    }

    @Test(arguments: ["2018-02-30", "2018-13-01", "2019-02-29", "1900-02-29", "2018-00-10", "2018-09-00",
                      "2018-04-31", "2018年2月29日", "2100-02-29 10:00"])
    func rejectsNonexistentDates(text: String) {
        #expect(ValueParser.dateTime(text).error == ValueError(.nonexistentDate, summary: "日期不存在", value: text))
        #expect(ValueParser.day(text).error?.reason == "日期不存在：" + text)
    }

    @Test(arguments: ["1899-12-31", "2101-01-01", "0218-09-28", "9999-01-01"])
    func rejectsYearsOutOfRange(text: String) {
        #expect(ValueParser.day(text).error?.reason == "年份超出范围（1900–2100）：" + text)
    }

    @Test(arguments: ["2018-09-28 24:00", "2018-09-28 23:60", "2018-09-28 12:00:60", "2018-09-28 99:99"])
    func rejectsNonexistentTimes(text: String) {
        #expect(ValueParser.dateTime(text).error?.reason == "时间不存在：" + text)
    }

    @Test func rejectsEmpty() {
        #expect(ValueParser.day("").error == ValueError(.empty, summary: "日期为空"))
        #expect(ValueParser.dateTime(" \u{3000} ").error?.kind == .empty)
    }

    @Test func malformedUTF8IsRejected() {
        withBuffer(Array("2018-09-2".utf8) + [0xFF]) { #expect(ValueParser.day($0).error?.kind == .invalidDate) }
        withBuffer(Array("2018".utf8) + [0xE5, 0xB9]) { #expect(ValueParser.day($0).error?.kind == .invalidDate) }
    }

    /// Property: every day from 1900-01-01 to 2100-12-31, written in each accepted form,
    /// parses back to itself (73,414 days; a reference formatter independent of the parser).
    @Test func everyDayRoundTripsInEveryForm() {
        var day = date(1900, 1, 1)
        let end = date(2100, 12, 31)
        var count = 0
        while day <= end {
            let (y, m, d) = day.components
            let forms = ["\(day)", "\(y)/\(m)/\(d)", "\(y).\(m).\(d)", "\(y)年\(m)月\(d)日"]
            // All four forms for 2017–2020; one rotating form elsewhere to keep the test quick.
            let chosen = (2017...2020).contains(y) ? forms : [forms[count % 4]]
            for form in chosen where ValueParser.day(form) != .success(day) {
                Issue.record("\(form) did not parse to \(day)")
            }
            day = day.adding(days: 1)
            count += 1
        }
        #expect(count == 73_414)  // 201 years × 365 + 49 leap days (1904…2096, not 1900 or 2100)
    }

    /// Property: the day after the last of every month of 1900–2100 is rejected as nonexistent.
    @Test func everyImpossibleDayIsRejected() {
        for year in 1900...2100 {
            for month in 1...12 {
                for day in (Day.daysInMonth(year: year, month: month) + 1)..<32 {
                    let text = "\(year)-\(month)-\(day)"
                    if ValueParser.day(text).error?.kind != .nonexistentDate {
                        Issue.record("\(text) was not rejected as nonexistent")
                    }
                }
            }
        }
    }
}
