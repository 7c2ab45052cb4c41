import ReportCore

/// What the reader is expected to do with an injected row.
enum Expect: String {
    /// Not counted; listed in `rejects/<file>` with a reason.
    case reject
    /// An identical re-export: counted once.
    case duplicate
    /// Counted, and listed as an anomaly / red flag.
    case anomaly
    /// Counted normally: formatting the reader must accept, or a case worth checking.
    case accept
}

/// The kinds of injected rows. The raw values are what `README.md` lists.
enum Kind: String, CaseIterable {
    // Rejected rows (SPEC §2, §4.1, §4.3).
    case missingField = "missing_field"
    case badNumber = "bad_number"
    case badDate = "bad_date"
    case impossibleDate = "impossible_date"
    case unknownTownship = "unknown_township"
    case negativeQuantity = "negative_quantity"
    case unknownItemCode = "unknown_item_code"
    case completionBeforeReceipt = "completion_before_receipt"
    case unknownEntity = "unknown_entity"
    case duplicateConflict = "duplicate_conflict"
    // Re-exports and anomalies (SPEC §4.1).
    case duplicateIdentical = "duplicate_identical"
    case householdMultiArea = "household_multi_area"
    case overCap = "over_cap"
    case amountMismatch = "amount_mismatch"
    case sharedPhone = "shared_phone"
    case outsideCampaign = "outside_campaign"
    case qualityFail = "quality_fail"
    case qualityBoundary = "quality_boundary"
    case neverSampled = "never_sampled"
    // Cases worth checking in food and service figures.
    case relatedProductFail = "related_product_fail"
    case disposedAfterQuarterEnd = "disposed_day_after_quarter_end"
    case disposedNextMonth = "disposed_next_month"
    case notDisposed = "not_disposed"
    case disposalInProgress = "disposal_in_progress"
    case gradeBThenC = "grade_b_then_c"
    case gradeCThenB = "grade_c_then_b"
    case openOverdue = "open_overdue"
    case spansHoliday = "spans_holiday"
    case weekendReceipt = "weekend_receipt"
    // Formatting variety the reader must accept (SPEC §2).
    case thousandsSeparator = "thousands_separator"
    case fullWidthDigits = "full_width_digits"
    case dateSlash = "date_slash"
    case dateDot = "date_dot"
    case dateChinese = "date_chinese"
    case dateTimeSeconds = "datetime_with_seconds"
    case surroundingSpaces = "surrounding_spaces"
    case townshipAlias = "township_alias"
    case quotedComma = "quoted_comma"
    case embeddedQuote = "embedded_quote"
    case lineBreakInField = "line_break_in_field"
    case emptyTownship = "empty_township"

    var expect: Expect {
        switch self {
        case .missingField, .badNumber, .badDate, .impossibleDate, .unknownTownship, .negativeQuantity,
             .unknownItemCode, .completionBeforeReceipt, .unknownEntity, .duplicateConflict:
            return .reject
        case .duplicateIdentical:
            return .duplicate
        case .householdMultiArea, .overCap, .amountMismatch, .sharedPhone, .outsideCampaign, .qualityFail, .neverSampled:
            return .anomaly
        default:
            return .accept
        }
    }

    /// The reject reason ReportInputs gives (`RejectKind` labels), for rejected kinds.
    var reason: String {
        switch self {
        case .missingField: return "缺少必填值"
        case .badNumber: return "数字格式错误"
        case .badDate, .impossibleDate: return "日期格式错误"
        case .unknownTownship: return "未知镇街"
        case .negativeQuantity: return "数量不是正数 / 数值为负"
        case .unknownItemCode: return "未知事项编码"
        case .completionBeforeReceipt: return "办结早于受理"
        case .unknownEntity: return "未知主体编号"
        case .duplicateConflict: return "重复编号且内容不同"
        default: return ""
        }
    }

    /// Listed as a table of rows (true) or as a compact list of lines (false).
    var isDetailed: Bool {
        switch self {
        case .thousandsSeparator, .fullWidthDigits, .dateSlash, .dateDot, .dateChinese, .dateTimeSeconds,
             .surroundingSpaces, .townshipAlias, .emptyTownship, .openOverdue, .spansHoliday, .weekendReceipt,
             .disposedNextMonth:
            return false
        default:
            return true
        }
    }
}

/// One injected or notable row.
struct Injection {
    let file: String
    /// Physical line where the record starts (header = 1).
    let line: Int
    let kind: Kind
    /// Header of the column concerned ("" for the whole row).
    let column: String
    /// Record id, household id, batch or ticket id.
    let key: String
    let detail: String
}

/// Everything the README reports: files written, injected rows, and per-file notes.
final class InjectionLog {
    private(set) var entries: [Injection] = []
    private(set) var files: [FileSummary] = []
    private(set) var notes: [String: [String]] = [:]

    func add(_ file: String, line: Int, _ kind: Kind, column: String = "", key: String = "", _ detail: String = "") {
        entries.append(Injection(file: file, line: line, kind: kind, column: column, key: key, detail: detail))
    }

    func add(_ summary: FileSummary) { files.append(summary) }

    func note(_ file: String, _ text: String) { notes[file, default: []].append(text) }
}

/// Which rows of an export get which kind: `counts` kinds spread at random over rows
/// `0..<rows`, one kind per row, never on an `excluded` row.
struct RowPlan {
    private(set) var byRow: [Int: Kind] = [:]

    /// `eligible(row, kind)` may refuse a row for a kind (an amount too small for a thousands
    /// separator); a kind that finds too few eligible rows gets fewer.
    init(rows: Int, counts: [(Kind, Int)], excluding excluded: Set<Int> = [],
         eligible: ((Int, Kind) -> Bool)? = nil, rng: inout SeededGenerator) {
        // At tiny scales there may be too few rows: at most half of them are used, and the
        // kinds listed last get fewer (the README lists what was actually placed).
        // Rejected kinds are also held to 2.5 % of the rows (at least one), so that even a tiny
        // file stays under the default 5 % reject threshold.
        var budget = max(0, rows - excluded.count) / 2
        var rejectBudget = max(1, rows / 40)
        for (kind, count) in counts {
            var placed = 0, attempts = 0
            while placed < count && budget > 0 && (kind.expect != .reject || rejectBudget > 0) && attempts < 50 * count + 1000 {
                attempts += 1
                let row = rng.below(rows)
                if excluded.contains(row) || byRow[row] != nil || eligible?(row, kind) == false { continue }
                byRow[row] = kind
                placed += 1
                budget -= 1
                if kind.expect == .reject { rejectBudget -= 1 }
            }
        }
    }

    subscript(row: Int) -> Kind? { byRow[row] }

    var rows: Set<Int> { Set(byRow.keys) }
}

/// Run-wide settings shared by every export.
struct Settings {
    let seed: UInt64
    let scale: Double
    /// No rejected rows, duplicates or anomalies (formatting variety stays).
    let clean: Bool
    /// Also no formatting variety (aliases, full-width digits, date forms, spaces): files
    /// any CSV engine reads as they are, for the benchmark's peers.
    var plain = false
    /// How the ticket export is shaped (`--shape`).
    var shape = ExportShape.standard
    let directory: String
    /// The exports are taken as of this day (early January after the campaign year).
    let exportDay: Day

    func rng(_ stream: String) -> SeededGenerator { SeededGenerator(seed: seed, stream: stream) }

    /// `base` scaled with the volume (at least 1 when base > 0).
    func scaled(_ base: Int) -> Int {
        base <= 0 ? 0 : max(1, Int((Double(base) * scale).rounded()))
    }

    /// Count of injected dirty rows or anomalies of one kind: scaled, or 0 with `--clean`.
    func dirty(_ base: Int) -> Int { clean || plain ? 0 : scaled(base) }

    /// Count of one kind of formatting variety: scaled, or 0 with `--plain`.
    func variety(_ base: Int) -> Int { plain ? 0 : scaled(base) }
}

/// `--shape`: how the service ticket export is shaped, so that a benchmark is not tuned to
/// the generator's own habits (issue 17).
enum ExportShape: String, CaseIterable {
    /// UTF-8 with BOM, `HH:MM` times, whole-minute waits, 14 halls, few tickets open at year end.
    case standard
    /// Like an export from another system: no BOM, `HH:MM:SS` times, waits with one decimal,
    /// 12 halls (no separate tax and social-security halls), about 5% of the year's tickets
    /// still open at year end and about 3% of them all overdue.
    case hiddenLike = "hidden-like"
}
