import OfficeDocuments

/// How a CSV report's cell becomes a workbook cell: `WorkbookWriter.appendRow(texts:)` types
/// each text by its column's format; what is left to this module is the CSV's own escaping.
enum WorkbookCells {
    /// Whether `text` starts with the `'` the CSV writer puts before `=` `+` `-` `@`, tab, CR
    /// and LF (formula injection). A typed text cell cannot be a formula, so the workbook
    /// drops it: `'=cmd` is shown as `=cmd`; `'引号'` keeps its quote.
    static func isFormulaGuarded(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count >= 2, text.first == UInt8(ascii: "'") else { return false }
        switch text[text.startIndex + 1] {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D, 0x0A: return true
        default: return false
        }
    }

    /// Drops the formula guard from the cells of `row` in text columns (`textColumns`).
    static func dropFormulaGuards(_ row: inout WorkbookTextRow, textColumns: [Int]) {
        for index in textColumns where index < row.count {
            if isFormulaGuarded(row.cell(index)) { row.dropFirstByte(ofCell: index) }
        }
    }
}
