/// Builds the bytes of one CSV report the way Excel and WPS on Chinese Windows
/// open it correctly.
///
/// - UTF-8 with a byte order mark (`EF BB BF`), which Excel needs to not guess GBK;
/// - every record, the last one included, ends with CRLF;
/// - RFC 4180 quoting: a field containing a comma, a double quote, CR or LF is
///   enclosed in double quotes and its double quotes are doubled;
/// - formula injection escaping of input text (see ``CSVCell``);
/// - a record made of one empty field is written as `""`, so that readers that skip
///   blank lines (libcsv, for one) still see the row.
///
/// ```swift
/// var writer = CSVTableWriter(header: ["镇街", "完成率"])
/// writer.append([.text("八陡镇"), "87.5%"])
/// let bytes = writer.bytes
/// ```
public struct CSVTableWriter: Sendable {
    /// The UTF-8 byte order mark every report starts with.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The number of columns, fixed by the header.
    public let columnCount: Int
    /// The number of data rows appended so far (the header not counted).
    public internal(set) var rowCount: Int = 0
    var buffer: [UInt8]

    /// Starts a report with its header row. Header names are tool text (never
    /// formula-escaped) and there must be at least one.
    public init(header: [String]) {
        precondition(!header.isEmpty, "a CSV report needs at least one column")
        columnCount = header.count
        buffer = Self.byteOrderMark
        appendRecord(header.map(CSVCell.value))
    }

    /// Appends one data row; its width must equal the header's (a programming
    /// error otherwise, so it traps).
    public mutating func append(_ row: [CSVCell]) {
        precondition(row.count == columnCount,
                     "CSV row has \(row.count) cells, the header has \(columnCount)")
        appendRecord(row)
        rowCount += 1
    }

    /// Makes room for `rows` more rows of about `bytesPerRow` bytes, so that a long report
    /// is not built by repeated doubling (which leaves up to as much again behind).
    public mutating func reserveCapacity(rows: Int, bytesPerRow: Int) {
        buffer.reserveCapacity(buffer.count + rows * bytesPerRow)
    }

    /// The complete file: BOM, header and rows, each record ending in CRLF.
    public var bytes: [UInt8] { buffer }

    /// One field as it appears in the file: formula-escaped, then quoted if needed.
    public static func encodeField(_ cell: CSVCell) -> String {
        let text = cell.escapedText
        // Comma, quote, CR and LF are ASCII: a byte scan finds them (never inside a
        // multibyte UTF-8 sequence), far faster than walking Unicode scalars.
        // (On the string's contiguous bytes: the generic walk of a UTF8View is several times slower,
        // and a report of a million households scans fourteen fields a row.)
        func special(_ byte: UInt8) -> Bool { byte == 0x2C || byte == 0x22 || byte == 0x0D || byte == 0x0A }
        let needsQuotes = text.utf8.withContiguousStorageIfAvailable { $0.contains(where: special) }
            ?? text.utf8.contains(where: special)
        guard needsQuotes else { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.unicodeScalars.append("\"") }
            quoted.unicodeScalars.append(scalar)
        }
        quoted.unicodeScalars.append("\"")
        return quoted
    }

    private mutating func appendRecord(_ cells: [CSVCell]) {
        if cells.count == 1, cells[0].escapedText.isEmpty {
            buffer.append(contentsOf: Array("\"\"".utf8))
        } else {
            for (index, cell) in cells.enumerated() {
                if index > 0 { buffer.append(UInt8(ascii: ",")) }
                buffer.append(contentsOf: Self.encodeField(cell).utf8)
            }
        }
        buffer.append(UInt8(ascii: "\r"))
        buffer.append(UInt8(ascii: "\n"))
    }
}
