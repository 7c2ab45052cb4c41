import Foundation
import OfficeDocuments
import Testing

/// A sheet of `$WORKBOOK_LARGE_ROWS` rows × 5 columns, for measuring that memory stays flat
/// (`scripts/measure-xlsx-memory.sh` runs it under `/usr/bin/time -v`); disabled in ordinary
/// runs. The workbook goes to `$WORKBOOK_LARGE_OUT` when set, else to a temporary folder.
@Suite struct WorkbookLargeSheetTests {
    static let rows = ProcessInfo.processInfo.environment["WORKBOOK_LARGE_ROWS"].flatMap { Int($0) }

    @Test(.enabled(if: rows != nil, "set WORKBOOK_LARGE_ROWS to write a large sheet"))
    func writeALargeSheet() throws {
        let rows = try #require(Self.rows)
        let folder = try WorkbookFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = ProcessInfo.processInfo.environment["WORKBOOK_LARGE_OUT"]
            ?? folder.appendingPathComponent("large.xlsx").path
        let writer = try WorkbookWriter(path: path)
        try writer.beginSheet(name: "煤炭配送明细", columns: [
            WorkbookColumn(title: "户号", format: .text, width: 16),
            WorkbookColumn(title: "户主", format: .text, width: 10),
            WorkbookColumn(title: "吨数", format: .tons, width: 10),
            WorkbookColumn(title: "补贴金额", format: .yuan, width: 12),
            WorkbookColumn(title: "配送日期", format: .date, width: 12),
        ])
        for index in 0..<rows {
            try writer.appendRow([
                .text(String(3_703_040_000_000 + index)), .text("张三\(index % 100)"),
                .number("\(index % 3).\(index % 10)00"), .number("\(index % 500).50"),
                .date(year: 2018, month: 12, day: 1 + index % 28),
            ])
        }
        let sheets = writer.sheets
        try writer.finish()
        // More than Excel's 1 048 575 data rows continue in 煤炭配送明细（2）, …
        let perSheet = 1_048_575
        let expected = (0..<max(1, (rows + perSheet - 1) / perSheet)).map { min(perSheet, rows - $0 * perSheet) }
        #expect(sheets.map(\.rows) == expected)
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        print("large sheet: \(rows) rows, \(sheets.count) sheet(s), \(size) bytes")
    }
}
