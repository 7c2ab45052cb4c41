import Foundation
import Testing
@testable import OfficeDocuments

/// Cell values as the writer checks and writes them: number literals, date serials, and the
/// errors that name the sheet, row and column of a rejected cell.
@Suite struct WorkbookValueTests {
    @Test(arguments: ["0", "12", "-0.75", "1344.500", "007", "3703040101001", "-12345678901234567890.123"])
    func decimalLiteralsAreAccepted(literal: String) {
        #expect(CellValues.isDecimalLiteral(literal))
    }

    @Test(arguments: ["", "-", ".5", "5.", "+1", " 1", "1 ", "1e5", "1,000", "1.2.3", "NaN", "inf", "--1", "１２", "0x1F", "1.-2"])
    func otherLiteralsAreRejected(literal: String) {
        #expect(!CellValues.isDecimalLiteral(literal))
    }

    @Test func dateSerialsCountDaysSince30December1899() {
        #expect(CellValues.serialDay(year: 1900, month: 3, day: 1) == 61)
        #expect(CellValues.serialDay(year: 1970, month: 1, day: 1) == 25_569)
        #expect(CellValues.serialDay(year: 2018, month: 12, day: 3) == 43_437)
        #expect(CellValues.serialDay(year: 2020, month: 2, day: 29) == 43_890)
        #expect(CellValues.serialDay(year: 9999, month: 12, day: 31) == 2_958_465)
        // Impossible days, and those before March 1900 where Excel counts a 29 February 1900.
        #expect(CellValues.serialDay(year: 2019, month: 2, day: 29) == nil)
        #expect(CellValues.serialDay(year: 2100, month: 2, day: 29) == nil)
        #expect(CellValues.serialDay(year: 2018, month: 4, day: 31) == nil)
        #expect(CellValues.serialDay(year: 2018, month: 13, day: 1) == nil)
        #expect(CellValues.serialDay(year: 2018, month: 1, day: 0) == nil)
        #expect(CellValues.serialDay(year: 1900, month: 2, day: 28) == nil)
        #expect(CellValues.serialDay(year: 10_000, month: 1, day: 1) == nil)
    }

    @Test func dateTimeSerialsCarryTheFractionOfTheDay() {
        func text(_ hour: Int, _ minute: Int, _ second: Int) -> String? {
            CellValues.serialText(year: 2018, month: 12, day: 3, hour: hour, minute: minute, second: second)
        }
        #expect(text(0, 0, 0) == "43437")
        #expect(text(9, 0, 0) == "43437.375")
        #expect(text(12, 0, 0) == "43437.5")
        #expect(text(0, 0, 1) == "43437.0000115741")
        #expect(text(23, 59, 59) == "43437.9999884259")
        #expect(text(24, 0, 0) == nil && text(0, 60, 0) == nil && text(0, 0, 60) == nil && text(-1, 0, 0) == nil)
        // Every second of the day reads back as itself through a Double, as Excel reads it.
        for seconds in 0..<86_400 {
            let value = Double(text(seconds / 3600, seconds / 60 % 60, seconds % 60)!)!
            #expect(Int(((value - 43_437) * 86_400).rounded()) == seconds)
        }
    }

    @Test func aRejectedCellNamesItsPlaceAndLeavesTheWriterUsable() throws {
        let folder = try WorkbookFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("errors.xlsx")
        let writer = try WorkbookWriter(path: url.path, maxRowsPerSheet: 3)
        #expect(throws: WorkbookWriterError.noSheet) { try writer.appendRow([]) }
        try writer.beginSheet(name: "煤炭", columns: WorkbookFixture.deliveryColumns)

        let amount = WorkbookCellPosition(sheet: "煤炭", row: 2, column: "D", title: "补贴金额")
        #expect(throws: WorkbookWriterError.invalidNumber(amount, literal: "1,344.50")) {
            try writer.appendRow([.text("a"), .empty, .number("1"), .number("1,344.50")])
        }
        // A number in a text column is still checked.
        let code = WorkbookCellPosition(sheet: "煤炭", row: 2, column: "A", title: "户号")
        #expect(throws: WorkbookWriterError.invalidNumber(code, literal: "3.7e12")) { try writer.appendRow([.number("3.7e12")]) }
        let day = WorkbookCellPosition(sheet: "煤炭", row: 2, column: "G", title: "配送日期")
        #expect(throws: WorkbookWriterError.invalidDate(day)) {
            try writer.appendRow(Array(repeating: .empty, count: 6) + [.date(year: 2019, month: 2, day: 29)])
        }
        let time = WorkbookCellPosition(sheet: "煤炭", row: 2, column: "H", title: "签收时间")
        #expect(throws: WorkbookWriterError.invalidDate(time)) {
            try writer.appendRow(Array(repeating: .empty, count: 7)
                + [.dateTime(year: 2018, month: 12, day: 3, hour: 24, minute: 0, second: 0)])
        }
        #expect(throws: WorkbookWriterError.tooManyCells(sheet: "煤炭", row: 2, cells: 9, columns: 8)) {
            try writer.appendRow(Array(repeating: .empty, count: 9))
        }
        let long = String(repeating: "长", count: 32_768)
        #expect(throws: WorkbookWriterError.textTooLong(code, length: 32_768)) { try writer.appendRow([.text(long)]) }

        try writer.appendRow([.text("第一行")])
        try writer.appendRow([.text("第二行")])
        // The third row goes to the continuation sheet, and an error there names it.
        let continued = WorkbookCellPosition(sheet: "煤炭（2）", row: 2, column: "C", title: "吨数")
        #expect(throws: WorkbookWriterError.invalidNumber(continued, literal: "")) {
            try writer.appendRow([.empty, .empty, .number("")])
        }
        #expect(writer.sheets.map(\.name) == ["煤炭"] && writer.sheets.map(\.rows) == [2])
        try writer.finish()
        #expect(throws: WorkbookWriterError.finished) { try writer.appendRow([]) }
        #expect(throws: WorkbookWriterError.finished) { try writer.finish() }

        let sheet = try XMLNode.parse(try WorkbookFixture.part("xl/worksheets/sheet1.xml", of: url))
        #expect(sheet.descendants("row").map { $0.attributes["r"] ?? "" } == ["1", "2", "3"])
        #expect(sheet.descendants("t").map(\.text).suffix(2) == ["第一行", "第二行"])
        #expect(amount.description == "工作表「煤炭」第 2 行 D 列（补贴金额）")
    }

    @Test func invalidSetupsAreRefused() throws {
        let folder = try WorkbookFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("setup.xlsx").path
        #expect(throws: WorkbookWriterError.invalidRowLimit(1)) { _ = try WorkbookWriter(path: path, maxRowsPerSheet: 1) }
        #expect(throws: WorkbookWriterError.invalidRowLimit(1_048_577)) {
            _ = try WorkbookWriter(path: path, maxRowsPerSheet: 1_048_577)
        }
        #expect(throws: (any Error).self) { _ = try WorkbookWriter(path: "/nonexistent-folder/x.xlsx") }
        let writer = try WorkbookWriter(path: path)
        #expect(throws: WorkbookWriterError.noSheet) { try writer.finish() }
        #expect(throws: WorkbookWriterError.noColumns(sheet: "空")) { try writer.beginSheet(name: "空", columns: []) }
        #expect(throws: WorkbookWriterError.invalidColumnWidth(sheet: "宽", title: "列", width: 256)) {
            try writer.beginSheet(name: "宽", columns: [WorkbookColumn(title: "列", format: .text, width: 256)])
        }
        #expect(throws: WorkbookWriterError.invalidColumnWidth(sheet: "宽", title: "列", width: -1)) {
            try writer.beginSheet(name: "宽", columns: [WorkbookColumn(title: "列", format: .text, width: -1)])
        }
        #expect(throws: WorkbookWriterError.tooManyColumns(sheet: "多", count: 16_385)) {
            try writer.beginSheet(name: "多", columns: Array(repeating: WorkbookColumn(title: "列", format: .text, width: 1),
                                                              count: 16_385))
        }
        #expect(writer.sheets.isEmpty)
    }

    @Test func anUnfinishedWriterLeavesNoTemporaryFiles() throws {
        let folder = try WorkbookFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            let writer = try WorkbookWriter(path: folder.appendingPathComponent("dropped.xlsx").path)
            try writer.beginSheet(name: "表", columns: [WorkbookColumn(title: "列", format: .text, width: 8)])
            try writer.appendRow([.text("x")])
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 1)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
