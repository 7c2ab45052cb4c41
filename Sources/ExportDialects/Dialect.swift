/// The ways real offices write the same export (SPEC §2 "Real exports vary"), as rewrites of a
/// plain export that keep every record's meaning. A report built from any of them must equal
/// the report built from the plain files: that is what the metamorphic tests check.
public enum Dialect: String, CaseIterable, Sendable {
    /// A byte-for-byte copy.
    case plain
    /// A sheet saved from the Excel forms of 附件3/附件4: a title row, a 填报单位/填报日期 row and a
    /// row of empty cells above the header; a leading 序号 column (1…n); two trailing empty
    /// columns on every line; and, where the file has quantity or amount columns (tons, count,
    /// 总金额), a final 合计 row holding their sums. Encoding, BOM and line ends are kept.
    case excelForm = "excel-form"
    /// Each export becomes a folder named after it (`coal_deliveries/`) holding `part-1.csv` …
    /// `part-4.csv`: contiguous chunks of the original records, in order, each with its own
    /// header. `part-2` has its columns in reverse order, `part-3` is in the other encoding
    /// (GB18030 for a UTF-8 source, UTF-8 with BOM for a GB18030 one), `part-4` names its
    /// columns in the other language (English alias ↔ Chinese) where SPEC §2.2 gives an alias.
    case split
    /// Values as people type them: tons `1.5吨` / `1.5 吨`, stoves `1台`, money `120元` /
    /// `¥1,230.00`, service times `2018-10-08T09:15:00`; every fifth such value is surrounded by
    /// U+3000 or U+00A0. Only non-negative plain numbers (`\d+(\.\d+)?`) and plain times
    /// (`yyyy-MM-dd HH:mm`) are touched, so dirty values stay dirty in the same way.
    case typed
    /// `split`, then `excel-form` inside every part, with `typed` values.
    case all

    /// What this dialect does, for `--help` texts.
    public var summary: String {
        switch self {
        case .plain: return "a byte-for-byte copy"
        case .excelForm: return "title rows, 序号 column, trailing empty columns, 合计 row"
        case .split: return "one folder per export, contiguous parts with varied headers and encodings"
        case .typed: return "units, currency signs, ISO times, ideographic and no-break spaces"
        case .all: return "split + excel-form + typed"
        }
    }

    var usesSplit: Bool { self == .split || self == .all }
    var usesExcelForm: Bool { self == .excelForm || self == .all }
    var usesTyped: Bool { self == .typed || self == .all }
}

/// Why an export could not be rewritten.
public enum ExportRewriteError: Error, Equatable, CustomStringConvertible {
    /// A file or folder could not be read, created or written.
    case io(path: String, reason: String)
    /// The destination already holds files: a rewrite never mixes with older files.
    case destinationNotEmpty(String)
    /// A quote opened at `line` of `file` is never closed: the records cannot be told apart.
    case unterminatedQuote(file: String, line: Int)

    public var description: String {
        switch self {
        case let .io(path, reason): return "\(path): \(reason)"
        case let .destinationNotEmpty(path): return "\(path) is not empty: give a new or empty folder"
        case let .unterminatedQuote(file, line): return "\(file): quote opened at line \(line) never closes"
        }
    }
}
