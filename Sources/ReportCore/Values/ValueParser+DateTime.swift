extension ValueParser {
    /// The years a date cell may name. Anything outside is a typo (`0218`, `2108`), not data.
    public static var yearRange: ClosedRange<Int> { 1900...2100 }

    /// A date with an optional time of day (受理时间 `2018-09-28 14:03`).
    ///
    /// Date forms, with ASCII or full-width digits, a four-digit year and a one- or two-digit
    /// month and day: `2018-09-28`, `2018/9/28`, `2018.9.28` (the two separators must be the
    /// same), `2018年9月28日`, and the compact `20181008`. Times may also be written in
    /// Chinese: `9时15分`, `9点15分`, `9时15分30秒`. An Excel serial number (`43381`) and a
    /// date with the year last (`10/08/2018`) are rejected with a reason saying so. The date may be followed by whitespace (one or more spaces,
    /// tabs or U+3000; after 日 none is needed) or a single `T`, then a time `H:MM` or `H:MM:SS` with a one- or
    /// two-digit hour; a fraction of a second after the seconds (`14:03:00.0`, as Java and
    /// database exports write it) is accepted and dropped. Without a time, the time is 00:00:00.
    ///
    /// ISO 8601 local times are accepted: `2018-10-08T09:15:00`, `2018-10-08T09:15`. A time
    /// zone after the time (`Z`, `+08:00`, `-0500`, `+8`, `UTC`, `GMT+8`, with or without a
    /// space before it) is rejected with `.timeZone` (`不接受带时区的时间`): which zone the
    /// other times of the export are in would be a guess.
    ///
    /// Rejected, with a reason: other shapes and trailing characters (`不是有效的日期`); dates
    /// that do not exist, such as 2018-02-30, month 13 or 2019-02-29 (`日期不存在`); years
    /// outside `yearRange` (`年份超出范围`); hours above 23 or minutes or seconds above 59
    /// (`时间不存在`).
    public static func dateTime(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<DateTime, ValueError> {
        let text = trimmed(bytes)
        if text.isEmpty { return .failure(ValueError(.empty, summary: "日期为空")) }
        if let canonical = canonicalDateTime(text) { return .success(canonical) }
        var cursor = FoldedCursor(text)
        let invalid = ValueError.Kind.invalidDate

        // Date: year, separator (or 年), month, the same separator (or 月), day (and 日).
        let year = cursor.digits(upTo: 4)
        guard year.count == 4 else { return .failure(misreadDateError(text) ?? dateError(invalid, text)) }
        let separator = cursor.peek().unit
        let chinese: Bool
        let month: (value: Int, count: Int), day: (value: Int, count: Int)
        if cursor.peekDigit() != nil {
            // Compact `20181008` (as database exports write it): exactly eight digits.
            let monthDay = cursor.digits(upTo: 4)
            guard monthDay.count == 4, cursor.peekDigit() == nil else {
                return .failure(misreadDateError(text) ?? dateError(invalid, text))
            }
            chinese = false
            month = (monthDay.value / 100, 2)
            day = (monthDay.value % 100, 2)
        } else {
            if cursor.consume(0xE5, 0xB9, 0xB4) {  // 年
                chinese = true
            } else if separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") {
                chinese = false
                cursor.skip()
            } else {
                return .failure(dateError(invalid, text))
            }
            month = cursor.digits(upTo: 2)
            guard month.count > 0 else { return .failure(dateError(invalid, text)) }
            let secondSeparator = chinese ? cursor.consume(0xE6, 0x9C, 0x88) : cursor.consume(separator)  // 月
            guard secondSeparator else { return .failure(dateError(invalid, text)) }
            day = cursor.digits(upTo: 2)
            guard day.count > 0 else { return .failure(dateError(invalid, text)) }
            if chinese, !cursor.consume(0xE6, 0x97, 0xA5) { return .failure(dateError(invalid, text)) }  // 日
        }

        // Optional time after whitespace or `T`.
        var secondOfDay = 0
        var timeIsValid = true
        if !cursor.isAtEnd {
            var meridiem: Meridiem?
            if !cursor.consume(UInt8(ascii: "T")) {
                // After 日 the time may follow at once, as Chinese is written: 2018年9月28日14:03;
                // so may 上午/下午 (2018-12-03下午3:00).
                meridiem = Meridiem.consumeChinese(&cursor)
                guard meridiem != nil || cursor.consumeWhitespace() || chinese else {
                    return .failure(dateError(invalid, text))
                }
                while cursor.consumeWhitespace() {}
                if meridiem == nil { meridiem = Meridiem.consumeChinese(&cursor) }
                while cursor.consumeWhitespace() {}
            }
            guard var time = parseTime(&cursor) else { return .failure(dateError(invalid, text)) }
            if meridiem == nil { meridiem = Meridiem.consumeLatin(&cursor) }
            if !cursor.isAtEnd {
                return .failure(dateError(isTimeZone(&cursor) ? .timeZone : invalid, text))
            }
            if let meridiem {
                // A 12-hour clock: 1–12 only; 上午12:30 is 00:30, 下午12:30 is 12:30.
                guard (1...12).contains(time.hour) else { return .failure(dateError(.invalidTime, text)) }
                time.hour = time.hour % 12 + (meridiem == .afternoon ? 12 : 0)
            }
            timeIsValid = time.hour <= 23 && time.minute <= 59 && time.second <= 59
            secondOfDay = time.hour * 3600 + time.minute * 60 + time.second
        }

        guard yearRange.contains(year.value) else { return .failure(dateError(.yearOutOfRange, text)) }
        guard let calendarDay = Day(year: year.value, month: month.value, day: day.value) else {
            return .failure(dateError(.nonexistentDate, text))
        }
        guard timeIsValid else { return .failure(dateError(.invalidTime, text)) }
        return .success(DateTime(day: calendarDay, secondOfDay: Int32(secondOfDay)))
    }

    /// A date, as `dateTime(_:)` reads it, without its time of day.
    public static func day(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Day, ValueError> {
        dateTime(bytes).map(\.day)
    }

    /// The form almost every export uses, `2018-09-28`, `2018-09-28 14:03` or
    /// `2018-09-28 14:03:00` (also with ISO 8601's `T` for the space) in ASCII digits, read
    /// at fixed positions; nil for anything else (including impossible values), which the
    /// general parser then reads and judges.
    @inline(__always)
    static func canonicalDateTime(_ t: UnsafeBufferPointer<UInt8>) -> DateTime? {
        let n = t.count
        guard n == 10 || n == 16 || n == 19, t[4] == 0x2D, t[7] == 0x2D else { return nil }
        @inline(__always) func digit(_ i: Int) -> Int? {
            let d = Int(t[i]) &- 0x30
            return d >= 0 && d <= 9 ? d : nil
        }
        @inline(__always) func two(_ i: Int) -> Int? {
            guard let a = digit(i), let b = digit(i + 1) else { return nil }
            return a * 10 + b
        }
        guard let y1 = two(0), let y2 = two(2), let month = two(5), let dayOfMonth = two(8) else { return nil }
        let year = y1 * 100 + y2
        guard yearRange.contains(year), let day = Day(year: year, month: month, day: dayOfMonth) else { return nil }
        if n == 10 { return DateTime(day: day) }
        guard t[10] == 0x20 || t[10] == 0x54, t[13] == 0x3A, let hour = two(11), let minute = two(14), hour < 24, minute < 60
        else { return nil }
        var second = 0
        if n == 19 {
            guard t[16] == 0x3A, let s = two(17), s < 60 else { return nil }
            second = s
        }
        return DateTime(day: day, secondOfDay: Int32(hour * 3600 + minute * 60 + second))
    }

    /// Morning or afternoon on a 12-hour clock, as Chinese-locale Excel and WPS write times
    /// (`2018/12/3 下午 3:00`) and English-locale ones after the time (`3:00 PM`).
    private enum Meridiem {
        case morning, afternoon

        /// 上午 (E4 B8 8A E5 8D 88) or 下午 (E4 B8 8B E5 8D 88).
        static func consumeChinese(_ cursor: inout FoldedCursor) -> Meridiem? {
            var probe = cursor
            let morning: Bool
            if probe.consume(0xE4, 0xB8, 0x8A) {
                morning = true
            } else if probe.consume(0xE4, 0xB8, 0x8B) {
                morning = false
            } else {
                return nil
            }
            guard probe.consume(0xE5, 0x8D, 0x88) else { return nil }
            cursor = probe
            return morning ? .morning : .afternoon
        }

        /// `AM`/`PM` in either case, after optional whitespace, ending the cell.
        static func consumeLatin(_ cursor: inout FoldedCursor) -> Meridiem? {
            var probe = cursor
            while probe.consumeWhitespace() {}
            let morning: Bool
            if probe.consume(UInt8(ascii: "A")) || probe.consume(UInt8(ascii: "a")) {
                morning = true
            } else if probe.consume(UInt8(ascii: "P")) || probe.consume(UInt8(ascii: "p")) {
                morning = false
            } else {
                return nil
            }
            guard probe.consume(UInt8(ascii: "M")) || probe.consume(UInt8(ascii: "m")), probe.isAtEnd else { return nil }
            cursor = probe
            return morning ? .morning : .afternoon
        }
    }

    /// `H:MM` or `H:MM:SS` with an optional fraction of a second, or in Chinese `9时15分`,
    /// `9点15分`, `9时15分30秒`; ranges unchecked.
    private static func parseTime(_ cursor: inout FoldedCursor) -> (hour: Int, minute: Int, second: Int)? {
        let colon = UInt8(ascii: ":")
        let hour = cursor.digits(upTo: 2)
        guard hour.count > 0 else { return nil }
        if cursor.consume(0xE6, 0x97, 0xB6) || cursor.consume(0xE7, 0x82, 0xB9) {  // 时 or 点
            let minute = cursor.digits(upTo: 2)
            guard minute.count > 0, cursor.consume(0xE5, 0x88, 0x86) else { return nil }  // 分
            let second = cursor.digits(upTo: 2)
            if second.count == 0 { return (hour.value, minute.value, 0) }
            guard cursor.consume(0xE7, 0xA7, 0x92) else { return nil }  // 秒
            return (hour.value, minute.value, second.value)
        }
        guard cursor.consume(colon) else { return nil }
        let minute = cursor.digits(upTo: 2)
        guard minute.count == 2 else { return nil }
        guard cursor.consume(colon) else { return (hour.value, minute.value, 0) }
        let second = cursor.digits(upTo: 2)
        guard second.count == 2 else { return nil }
        if cursor.consume(UInt8(ascii: ".")) {
            guard cursor.digits(upTo: 9).count > 0 else { return nil }
        }
        return (hour.value, minute.value, second.value)
    }

    /// True when the rest of the cell, after a time, is a time zone: optional whitespace,
    /// then `Z`, or `UTC`/`GMT` optionally followed by an offset, or an offset `±H`, `±HH`,
    /// `±HHMM`, `±H:MM` or `±HH:MM`; nothing may follow. Called only on the rejection path.
    private static func isTimeZone(_ cursor: inout FoldedCursor) -> Bool {
        while cursor.consumeWhitespace() {}
        if cursor.consume(UInt8(ascii: "Z")) || cursor.consume(UInt8(ascii: "z")) { return cursor.isAtEnd }
        var named = false
        for name in ["UTC", "GMT"] where !named {
            var probe = cursor
            named = name.utf8.allSatisfy { letter in probe.consume(letter) || probe.consume(letter | 0x20) }
            if named { cursor = probe }
        }
        if named, cursor.isAtEnd { return true }
        guard cursor.consume(UInt8(ascii: "+")) || cursor.consume(UInt8(ascii: "-")) else { return false }
        let hours = cursor.digits(upTo: 4)
        guard hours.count > 0 else { return false }
        if hours.count <= 2, cursor.consume(UInt8(ascii: ":")) {
            guard cursor.digits(upTo: 2).count == 2 else { return false }
        } else if hours.count == 3 {
            return false
        }
        return cursor.isAtEnd
    }

    /// A clearer reason for two shapes a date takes on its way through a spreadsheet:
    /// an Excel serial number (`43381`, a date cell saved as General) and a day and month
    /// before the year (`10/08/2018`, which may be 8 October or 10 August). Neither is
    /// guessed. Nil for any other shape.
    private static func misreadDateError(_ text: UnsafeBufferPointer<UInt8>) -> ValueError? {
        let value = String(decoding: text, as: UTF8.self)
        let isDigit: (Character) -> Bool = { $0.isASCII && $0.isNumber }
        let whole = value.split(separator: ".", maxSplits: 1)
        if let serial = whole.first, serial.count == 5, serial.allSatisfy(isDigit),
           whole.count == 1 || whole[1].allSatisfy(isDigit) {
            let summary = "像是 Excel 的日期序列号（日期列被设成了“常规”格式）"
            return ValueError(.invalidDate, summary: summary,
                              reason: "“\(value)”" + summary + "：请把该列设为日期或文本后重新导出")
        }
        // The date part only: `10/08/2018 09:15` is as ambiguous as `10/08/2018`.
        let datePart = value.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "T" }).first ?? ""
        let parts = datePart.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        if parts.count == 3, parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2,
           parts.allSatisfy({ $0.allSatisfy(isDigit) }) {
            let summary = "年份不在前，月、日的先后无法确定"
            return ValueError(.invalidDate, summary: summary,
                              reason: "“\(value)”" + summary + "（请写成 \(parts[2])-月-日）")
        }
        return nil
    }

    private static func dateError(_ kind: ValueError.Kind, _ text: UnsafeBufferPointer<UInt8>) -> ValueError {
        let summary: String
        switch kind {
        case .nonexistentDate: summary = "日期不存在"
        case .yearOutOfRange: summary = "年份超出范围（\(yearRange.lowerBound)–\(yearRange.upperBound)）"
        case .invalidTime: summary = "时间不存在"
        case .timeZone: summary = "不接受带时区的时间（请导出不带时区的本地时间）"
        default: summary = "不是有效的日期"
        }
        return ValueError(kind, summary: summary, bytes: text)
    }
}
