import Testing
import ReportCore

@Suite("ValueParser.dateTime: ISO 8601 with T, and time zones")
struct DateTimeISOTests {
    @Test(arguments: [
        ("2018-10-08T09:15:00", Int32(33_300)),       // 9×3600 + 15×60
        ("2018-10-08T09:15", 33_300),
        ("2018-10-08T09:15:07", 33_307),
        ("2018-10-08T9:15", 33_300),                  // one-digit hour: general parser
        ("2018-10-08T09:15:00.000", 33_300),          // fraction dropped
        ("2018-10-08T00:00", 0),
        ("2018-10-08T23:59:59", 86_399),              // 23×3600 + 59×60 + 59
        (" 2018-10-08T09:15:00\u{3000}", 33_300),
        ("２０１８－１０－０８Ｔ０９：１５", 33_300),     // full-width, T included
        ("2018/10/8T09:15", 33_300),
    ])
    func acceptsLocalISOTimes(text: String, second: Int32) {
        #expect(ValueParser.dateTime(text) == .success(DateTime(day: date(2018, 10, 8), secondOfDay: second)))
    }

    @Test(arguments: [
        "2018-10-08T09:15:00Z", "2018-10-08T09:15Z", "2018-10-08T09:15:00z", "2018-10-08T09:15:00.000Z",
        "2018-10-08T09:15:00+08:00", "2018-10-08T09:15:00-05:00", "2018-10-08T09:15:00+0800",
        "2018-10-08T09:15:00+08", "2018-10-08T09:15+8", "2018-10-08 09:15:00 +08:00", "2018-10-08 09:15 Z",
        "2018-10-08 09:15 UTC", "2018-10-08 09:15 GMT+8", "2018-10-08 09:15 utc+08:00", "2018-10-08T09:15:00Ｚ",
        "2018-10-08T25:00Z",                          // the zone is named before the impossible hour
    ])
    func rejectsTimeZones(text: String) {
        let error = ValueParser.dateTime(text).error
        #expect(error?.kind == .timeZone)
        #expect(error?.reason == "不接受带时区的时间（请导出不带时区的本地时间）：" + text)
    }

    @Test(arguments: [
        "2018-10-08Z", "2018-10-08+08:00", "2018-10-08T09:15:00+", "2018-10-08T09:15:00+08:0",
        "2018-10-08T09:15:00+080", "2018-10-08T09:15:00+08000", "2018-10-08T09:15:00ZZ",
        "2018-10-08T09:15:00 CST", "2018-10-08T09:15:00+08:00x", "2018-10-08 09:15 UTCx", "2018-10-08T",
        "2018-10-08t09:15", "2018-10-08T09", "2018-10-08T09:15:0", "2018-10-08 09:15 +0800 Z",
    ])
    func otherTrailersAreNotTimeZones(text: String) {
        #expect(ValueParser.dateTime(text).error?.reason == "不是有效的日期：" + text)
    }

    @Test func impossibleISOValuesKeepTheirReasons() {
        #expect(ValueParser.dateTime("2018-10-08T24:00").error?.reason == "时间不存在：2018-10-08T24:00")
        #expect(ValueParser.dateTime("2018-10-08T09:60:00").error?.kind == .invalidTime)
        #expect(ValueParser.dateTime("2018-02-30T09:15").error?.kind == .nonexistentDate)
        #expect(ValueParser.dateTime("2101-01-01T09:15").error?.kind == .yearOutOfRange)
    }
}
