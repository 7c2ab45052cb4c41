import OfficeDocuments

/// How a CSV report's columns become typed workbook columns. Decided per column, from its
/// header and all of its cells, so a column never mixes numbers and text:
///
/// - **Text** when the header names an identifier, a phone, a code, a file or a list
///   (户号, 联系电话, 登记编号, 批号, 编号, 编码, 行号, 文件 …), and for every column of a
///   rejects file (raw input fields): 3703040101001 and 0533… stay as written.
/// - **Dates** (`yyyy-mm-dd`) and **date-times** when every non-empty cell has that shape.
/// - **Numbers** when every non-empty cell is a decimal literal: the format follows the
///   decimals the CSV writes (3: tons `0.000`, 2: yuan `0.00`, 1: rates, scores and other
///   one-decimal figures `0.0`, none: counts `0`). A rate the CSV leaves empty stays empty.
/// - **Text** otherwise.
struct WorkbookColumnTyping {
    /// Header words that make a column text whatever it holds.
    static let textWords = ["户号", "电话", "编号", "编码", "批号", "行号", "文件", "号码", "型号", "月份"]

    private(set) var formats: [WorkbookColumnFormat?]
    private var decimals: [Int]
    private var numeric: [Bool], dates: [Bool], dateTimes: [Bool], seen: [Bool]
    private(set) var widths: [Double]

    init(header: [String], allText: Bool) {
        let count = header.count
        formats = header.map { title in
            allText || Self.textWords.contains(where: title.contains) ? .text : nil
        }
        decimals = Array(repeating: 0, count: count)
        numeric = Array(repeating: true, count: count)
        dates = numeric
        dateTimes = numeric
        seen = Array(repeating: false, count: count)
        widths = header.map { Self.width(of: $0) + 2 }
    }

    /// Looks at one data row (the first 2 000 rows also size the columns).
    mutating func add(_ row: WorkbookTextRow, sizing: Bool) {
        for index in 0..<min(row.count, formats.count) {
            let cell = row.cell(index)
            if cell.isEmpty { continue }
            if sizing { widths[index] = min(60, max(widths[index], Double(WorkbookText.width(cell)) + 1)) }
            guard formats[index] == nil else { continue }
            seen[index] = true
            if numeric[index] {
                if let places = WorkbookText.decimalPlaces(cell) { decimals[index] = max(decimals[index], places) } else { numeric[index] = false }
            }
            if dates[index], WorkbookText.date(cell) == nil { dates[index] = false }
            if dateTimes[index], WorkbookText.dateTime(cell) == nil { dateTimes[index] = false }
        }
    }

    /// The columns, once every row was seen.
    func columns(_ header: [String]) -> [WorkbookColumn] {
        header.indices.map { index in
            let format: WorkbookColumnFormat
            if let fixed = formats[index] {
                format = fixed
            } else if !seen[index] {
                format = .text
            } else if numeric[index] {
                format = [.integer, .rate, .yuan, .tons][min(decimals[index], 3)]
            } else if dates[index] {
                format = .date
            } else if dateTimes[index] {
                format = .dateTime
            } else {
                format = .text
            }
            let width = format == .dateTime ? max(widths[index], 20) : format == .date ? max(widths[index], 12) : widths[index]
            return WorkbookColumn(title: header[index], format: format, width: width)
        }
    }

    /// Display width in Excel's units: a Chinese (wide) character counts 2.
    static func width(of text: String) -> Double {
        Double(WorkbookText.width(Array(text.utf8)[...]))
    }
}
