import Testing
import ReportCore

@Suite("ValueParser.dateTime: compact dates, Chinese times, spreadsheet damage")
struct DateTimeVariantsTests {
    @Test(arguments: [
        ("20181008", Int32(0)),                       // ISO 8601 basic form
        ("20181008 09:15", 33_300),                   // 9×3600 + 15×60
        ("2018年10月8日 9时15分", 33_300),
        ("2018年10月8日9点15分", 33_300),
        ("2018-10-08 9时15分30秒", 33_330),
        // A 12-hour clock, as Chinese-locale Excel and WPS write it, and English-locale.
        ("2018/10/8 上午 9:15", 33_300),
        ("2018-10-08下午3:05", 54_300),               // 15×3600 + 5×60
        ("2018年10月8日下午3时05分", 54_300),
        ("2018-10-08 下午12:30", 45_000),             // 12:30, not 24:30
        ("2018-10-08 上午12:30", 1_800),              // half past midnight
        ("2018-10-08 3:05:00 PM", 54_300),
        ("2018-10-08 9:15am", 33_300),
    ])
    func acceptsUnambiguousForms(text: String, second: Int32) {
        #expect(ValueParser.dateTime(text) == .success(DateTime(day: date(2018, 10, 8), secondOfDay: second)))
    }

    @Test func rejectsWhatWouldBeAGuess() {
        #expect(ValueParser.dateTime("43381").error?.reason
                == "“43381”像是 Excel 的日期序列号（日期列被设成了“常规”格式）：请把该列设为日期或文本后重新导出")
        #expect(ValueParser.dateTime("43381.5").error?.summary == "像是 Excel 的日期序列号（日期列被设成了“常规”格式）")
        #expect(ValueParser.dateTime("28/09/2018").error?.kind == .invalidDate)
        #expect(ValueParser.dateTime("10/08/2018").error?.reason == "“10/08/2018”年份不在前，月、日的先后无法确定（请写成 2018-月-日）")
        #expect(ValueParser.dateTime("20181308").error?.kind == .nonexistentDate)  // month 13
        #expect(ValueParser.dateTime("201810081").error?.kind == .invalidDate)     // nine digits
        #expect(ValueParser.dateTime("2018-10-08 9时").error?.kind == .invalidDate) // no minutes
        // With a time, the year-last date is as ambiguous as without.
        #expect(ValueParser.dateTime("10/08/2018 09:15").error?.summary == "年份不在前，月、日的先后无法确定")
        // A 12-hour clock has no hour 0 or 13.
        #expect(ValueParser.dateTime("2018-10-08 下午13:00").error?.kind == .invalidTime)
        #expect(ValueParser.dateTime("2018-10-08 0:30 AM").error?.kind == .invalidTime)
        #expect(ValueParser.dateTime("2018-10-08 中午12:00").error?.kind == .invalidDate)
        #expect(ValueParser.dateTime("2018-10-08 3:00 PMX").error?.kind == .invalidDate)
    }
}
