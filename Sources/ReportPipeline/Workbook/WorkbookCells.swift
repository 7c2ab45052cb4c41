import OfficeDocuments

/// One CSV cell as a typed workbook cell of its column's format.
enum WorkbookCells {
    static func cell(_ text: String, format: WorkbookColumnFormat) -> WorkbookCell {
        if text.isEmpty { return .empty }
        switch format {
        case .text: return .text(unescaped(text))
        case .integer, .tons, .yuan, .rate: return .number(text)
        case .date:
            guard let d = date(text) else { return .text(text) }
            return .date(year: d.year, month: d.month, day: d.day)
        case .dateTime:
            guard let t = dateTime(text) else { return .text(text) }
            return .dateTime(year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second)
        }
    }

    /// The CSV's formula-injection guard removed: a typed text cell cannot be a formula, so
    /// `'=cmd` is shown as `=cmd`. (The CSV writer prefixes `'` only before `=` `+` `-` `@`,
    /// tab, CR and LF.)
    static func unescaped(_ text: String) -> String {
        guard text.hasPrefix("'"), let second = text.dropFirst().first,
              ["=", "+", "-", "@", "\t", "\r", "\n"].contains(second) else { return text }
        return String(text.dropFirst())
    }

    /// `2018-12-31`.
    static func date(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return (year, month, day)
    }

    /// `2018-12-03 09:00` or `2018-12-03 09:00:00`.
    static func dateTime(_ text: String) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int)? {
        let halves = text.split(separator: " ")
        guard halves.count == 2, let day = date(String(halves[0])) else { return nil }
        let clock = halves[1].split(separator: ":")
        guard clock.count == 2 || clock.count == 3, clock.allSatisfy({ $0.count == 2 }),
              let hour = Int(clock[0]), let minute = Int(clock[1]), hour < 24, minute < 60 else { return nil }
        let second = clock.count == 3 ? Int(clock[2]) ?? 99 : 0
        guard second < 60 else { return nil }
        return (day.year, day.month, day.day, hour, minute, second)
    }
}
