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
        isFormulaGuarded(Array(text.utf8.prefix(2))[...]) ? String(text.dropFirst()) : text
    }

    /// Whether `text` starts with the `'` the CSV writer puts before `=` `+` `-` `@`, tab, CR and LF.
    static func isFormulaGuarded(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count >= 2, text.first == UInt8(ascii: "'") else { return false }
        switch text[text.startIndex + 1] {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D, 0x0A: return true
        default: return false
        }
    }

    /// `2018-12-31`.
    static func date(_ text: String) -> (year: Int, month: Int, day: Int)? { WorkbookText.date(Array(text.utf8)[...]) }

    /// `2018-12-03 09:00` or `2018-12-03 09:00:00`.
    static func dateTime(_ text: String) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int)? {
        WorkbookText.dateTime(Array(text.utf8)[...])
    }
}
