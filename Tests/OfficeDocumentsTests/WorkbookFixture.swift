import Foundation
import OfficeDocuments

/// Workbooks written to a temporary folder and read back: the sample of the tests, and the
/// helpers to write one and unzip its parts.
enum WorkbookFixture {
    /// A fresh temporary folder; the caller removes it.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("workbook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The columns of the sample 煤炭配送 sheet: one of each format.
    static let deliveryColumns = [
        WorkbookColumn(title: "户号", format: .text, width: 16),
        WorkbookColumn(title: "联系电话", format: .text, width: 14),
        WorkbookColumn(title: "吨数", format: .tons, width: 10),
        WorkbookColumn(title: "补贴金额", format: .yuan, width: 12.5),
        WorkbookColumn(title: "合格率", format: .rate, width: 8),
        WorkbookColumn(title: "户数", format: .integer, width: 8),
        WorkbookColumn(title: "配送日期", format: .date, width: 12),
        WorkbookColumn(title: "签收时间", format: .dateTime, width: 20),
    ]

    /// Two rows of the sample sheet; the second one with an empty amount and date-time.
    static let deliveryRows: [[WorkbookCell]] = [
        [.text("3703040101001"), .text("05331234567"), .number("1.500"), .number("180.00"), .number("96.4"),
         .number("12"), .date(year: 2018, month: 12, day: 3),
         .dateTime(year: 2018, month: 12, day: 3, hour: 9, minute: 0, second: 0)],
        [.number("3703040101002"), .text("=HYPERLINK(\"x\")"), .number("-0.750"), .empty, .number("100.0"),
         .number("0"), .date(year: 2019, month: 1, day: 31), .empty],
    ]

    /// Writes the sample workbook (煤炭配送 and a second sheet 说明) to `url`.
    static func writeSample(to url: URL, maxRowsPerSheet: Int = 1_048_576) throws -> [(name: String, rows: Int)] {
        let writer = try WorkbookWriter(path: url.path, maxRowsPerSheet: maxRowsPerSheet)
        try writer.beginSheet(name: "煤炭配送", columns: deliveryColumns)
        for row in deliveryRows { try writer.appendRow(row) }
        try writer.beginSheet(name: "说明", columns: [WorkbookColumn(title: "项目", format: .text, width: 20)])
        try writer.appendRow([.text("数据来源")])
        let sheets = writer.sheets
        try writer.finish()
        return sheets
    }

    /// The parts of the workbook at `url`, in archive order.
    static func parts(_ url: URL) throws -> [(path: String, text: String)] {
        try RenderedPackage.entries(Array(try Data(contentsOf: url)))
    }

    /// The text of part `path` of the workbook at `url` ("" when missing).
    static func part(_ path: String, of url: URL) throws -> String {
        try parts(url).first { $0.path == path }?.text ?? ""
    }
}
