/// How a column's cells are typed and shown.
///
/// The format chooses the column's cell style (and so its number format); the style is
/// also the column's default, so a value typed into an empty cell later gets it too (a
/// phone number typed into a ``text`` column stays text).
public enum WorkbookColumnFormat: Sendable, Equatable {
    /// Always a text cell (IDs, phones, codes, lists): never a number, never a formula.
    /// Number and date cells in such a column are written as their text.
    case text
    /// Number format `0`.
    case integer
    /// Number format `0.000`.
    case tons
    /// Number format `0.00`.
    case yuan
    /// Number format `0.0`.
    case rate
    /// A date serial with format `yyyy-mm-dd`.
    case date
    /// A date-time serial with format `yyyy-mm-dd hh:mm:ss`.
    case dateTime
}

/// One column of a sheet: its header, its format and its width.
public struct WorkbookColumn: Sendable, Equatable {
    /// The header cell's text (row 1, bold).
    public var title: String
    /// How the column's cells are typed and shown.
    public var format: WorkbookColumnFormat
    /// Width in characters (Chinese characters count 2), as Excel's `<col width>`;
    /// 0 to 255 (0 hides the column).
    public var width: Double

    /// A column titled `title`, formatted as `format`, `width` characters wide.
    public init(title: String, format: WorkbookColumnFormat, width: Double) {
        self.title = title
        self.format = format
        self.width = width
    }
}

/// One cell of a data row.
///
/// In a ``WorkbookColumnFormat/text`` column every cell is a text cell: a number is written
/// as its literal, a date as `yyyy-mm-dd`, a date-time as `yyyy-mm-dd hh:mm:ss`. In the
/// other columns a number takes the column's number format, a date the `yyyy-mm-dd`
/// format and a date-time the `yyyy-mm-dd hh:mm:ss` format, and a text stays text.
public enum WorkbookCell: Sendable, Equatable {
    /// No cell at all (a reader sees nothing; the column's style still applies when typed into).
    case empty
    /// A text cell (an inline string), never interpreted: `=SUM(A1)` stays those characters.
    case text(String)
    /// A decimal literal exactly as the CSV shows it ("1344.500", "-0.75", "12"): written to
    /// `<v>` as is, never through Double. It must be an optional `-`, digits, and optionally
    /// `.` and digits; anything else is ``WorkbookWriterError/invalidNumber(_:literal:)``.
    case number(String)
    /// A calendar date (1900-03-01 to 9999-12-31), written as an Excel serial day number.
    case date(year: Int, month: Int, day: Int)
    /// A date and a time of day (seconds 0–59), written as an Excel serial with a fraction.
    case dateTime(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int)
}
