import Foundation
import Testing
@testable import OfficeDocuments

/// `appendRow(texts:)`, the byte path the reports' workbook takes, against `appendRow(_:)`
/// with the cells typed by hand: the same sheet XML, the same errors.
@Suite struct WorkbookTextRowTests {
    /// Cells as the typed path gets them and, beside each, the text the byte path gets.
    static let rows: [[(cell: WorkbookCell, text: String)]] = [
        [(.text("3703040101001"), "3703040101001"), (.text("=HYPERLINK(\"x\")"), "=HYPERLINK(\"x\")"),
         (.number("1.500"), "1.500"), (.number("180.00"), "180.00"), (.number("96.4"), "96.4"), (.number("12"), "12"),
         (.date(year: 2018, month: 12, day: 3), "2018-12-03"),
         (.dateTime(year: 2018, month: 12, day: 3, hour: 9, minute: 0, second: 0), "2018-12-03 09:00")],
        [(.text("张*明 & <李> _x0041_ \u{01}"), "张*明 & <李> _x0041_ \u{01}"), (.empty, ""),
         (.number("-0.750"), "-0.750"), (.empty, ""), (.number("100.0"), "100.0"), (.number("0"), "0"),
         (.text("2018-02-3"), "2018-02-3"),   // not yyyy-mm-dd: a date column keeps it as text
         (.dateTime(year: 2019, month: 1, day: 31, hour: 23, minute: 59, second: 59), "2019-01-31 23:59:59")],
        [(.text("城东街道\r\n第二行"), "城东街道\r\n第二行"), (.text(""), ""), (.number("0.000"), "0.000"),
         (.number("1234567.89"), "1234567.89"), (.empty, ""), (.number("-3"), "-3"),
         (.date(year: 2020, month: 2, day: 29), "2020-02-29"), (.text("未办结"), "未办结")],
    ]

    static func write(_ url: URL, textRows: Bool, maxRowsPerSheet: Int = 1_048_576) throws {
        let writer = try WorkbookWriter(path: url.path, maxRowsPerSheet: maxRowsPerSheet)
        try writer.beginSheet(name: "煤炭配送", columns: WorkbookFixture.deliveryColumns)
        var row = WorkbookTextRow()
        for cells in rows {
            if textRows {
                row.removeAll()
                for cell in cells { row.append(cell: Array(cell.text.utf8)[...]) }
                try writer.appendRow(texts: row)
            } else {
                // An empty text in a text column is no cell on either path.
                try writer.appendRow(cells.map { $0.text.isEmpty ? .empty : $0.cell })
            }
        }
        try writer.finish()
    }

    @Test(arguments: [1_048_576, 3])
    func textRowsGiveTheSameSheetsAsTypedCells(maxRowsPerSheet: Int) throws {
        let folder = try WorkbookFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let typed = folder.appendingPathComponent("typed.xlsx"), texts = folder.appendingPathComponent("texts.xlsx")
        try Self.write(typed, textRows: false, maxRowsPerSheet: maxRowsPerSheet)
        try Self.write(texts, textRows: true, maxRowsPerSheet: maxRowsPerSheet)
        let expected = try WorkbookFixture.parts(typed), actual = try WorkbookFixture.parts(texts)
        #expect(actual.map(\.path) == expected.map(\.path))
        for (a, e) in zip(actual, expected) { #expect(a.text == e.text, "\(a.path)") }
        // The date serials are the hand-worked ones: 2018-12-03 is 43437, 09:00 is 0.375 of a day.
        let sheet = try WorkbookFixture.part("xl/worksheets/sheet1.xml", of: texts)
        #expect(sheet.contains("<v>43437</v>") && sheet.contains("<v>43437.375</v>"))
        #expect(sheet.contains("<v>43496.9999884259</v>"))   // 2019-01-31 23:59:59: 86399/86400 to 10 places
    }

    @Test func invalidTextsAreTheTypedPathsErrors() throws {
        let folder = try WorkbookFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = try WorkbookWriter(path: folder.appendingPathComponent("bad.xlsx").path)
        try writer.beginSheet(name: "表", columns: WorkbookFixture.deliveryColumns)
        func row(_ texts: [String]) -> WorkbookTextRow {
            var row = WorkbookTextRow()
            for text in texts { row.append(cell: Array(text.utf8)[...]) }
            return row
        }
        #expect(throws: WorkbookWriterError.self) { try writer.appendRow(texts: row(["a", "b", "1e5"])) }
        #expect(throws: WorkbookWriterError.self) {   // 2018-02-30 has the shape but is no date
            try writer.appendRow(texts: row(["a", "b", "1", "1", "1", "1", "2018-02-30"]))
        }
        #expect(throws: WorkbookWriterError.self) {
            try writer.appendRow(texts: row(["a", "b", "1", "1", "1", "1", "", "", "extra"]))
        }
        let long = String(repeating: "长", count: 32_768)   // 32 768 UTF-16 units, 98 304 bytes
        #expect(throws: WorkbookWriterError.self) { try writer.appendRow(texts: row([long])) }
        try writer.appendRow(texts: row([String(repeating: "长", count: 32_767)]))
        #expect(writer.sheets.map(\.rows) == [1])   // rejected rows were not written
    }

    @Test func textValuesReadAsTheirFormatsSay() {
        func bytes(_ s: String) -> ArraySlice<UInt8> { Array(s.utf8)[...] }
        #expect(WorkbookText.date(bytes("2018-12-31"))! == (2018, 12, 31))
        #expect(WorkbookText.date(bytes("2018-13-01")) == nil)
        #expect(WorkbookText.date(bytes("2018-1-01")) == nil)
        #expect(WorkbookText.date(bytes("2018-+1-01")) == nil)
        #expect(WorkbookText.dateTime(bytes("2018-12-03 09:05"))! == (2018, 12, 3, 9, 5, 0))
        #expect(WorkbookText.dateTime(bytes("2018-12-03 09:05:07"))! == (2018, 12, 3, 9, 5, 7))
        #expect(WorkbookText.dateTime(bytes("2018-12-03 24:00")) == nil)
        #expect(WorkbookText.dateTime(bytes("2018-12-03T09:05")) == nil)
        #expect(WorkbookText.decimalPlaces(bytes("-12.50")) == 2)
        #expect(WorkbookText.decimalPlaces(bytes("12")) == 0)
        #expect(WorkbookText.decimalPlaces(bytes("12.")) == nil)
        // Width: U+2E80 and after count 2, against the scalar count done by hand.
        for text in ["abc", "城东街道", "⺀", "\u{2E7F}", "１２", "é", "😀x", "张*明 138****5678"] {
            let reference = text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
            #expect(WorkbookText.width(bytes(text)) == reference, "\(text)")
        }
    }
}
