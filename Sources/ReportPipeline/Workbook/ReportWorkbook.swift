import Foundation
import OfficeDocuments
import ReportPublish

/// `报表.xlsx`: every CSV report of the period as a typed sheet (`WorkbookColumnTyping`),
/// in the order an analyst looks for them, then the rejects files, and first a 说明 sheet
/// with the period, the inputs, the policy values and each sheet's columns and formats.
///
/// The sheets are read back from the CSV bytes the run publishes, so each sheet holds the
/// CSV's cells exactly (less the `'` formula guard, which a typed text cell does not need)
/// and masking follows `--unmasked` exactly as the CSV files do. Rows stream through
/// `WorkbookWriter` to temporary files; a sheet past Excel's 1 048 576 rows continues in a
/// second sheet, and 说明 says so.
enum ReportWorkbook {
    /// Sheet names of the CSV reports (≤ 31 characters), in sheet order.
    static let sheetNames: [(path: String, name: String)] = [
        ("coal/township_ranking.csv", "煤炭-镇街进度排名"),
        ("coal/village_company.csv", "煤炭-分村分企业"),
        ("coal/stove_village_company.csv", "炉具-分村分企业"),
        ("coal/subsidy_households.csv", "煤炭-分户补贴"),
        ("coal/quality_batches.csv", "煤炭-批次质量"),
        ("coal/anomalies.csv", "煤炭-登记异常"),
        ("food/township_indicators.csv", "食品-镇街指标"),
        ("food/township_ranking.csv", "食品-镇街排名"),
        ("food/open_failures.csv", "食品-未处置不合格"),
        ("service/department_indicators.csv", "政务-部门指标"),
        ("service/hall_indicators.csv", "政务-大厅指标"),
        ("service/township_indicators.csv", "政务-镇街指标"),
        ("service/district_indicators.csv", "政务-全区指标"),
        ("service/item_compression.csv", "政务-事项时限压缩"),
        ("service/overdue.csv", "政务-超期在办"),
        ("trend.csv", "逐月趋势"),
        ("data_quality.csv", "数据质量"),
    ]

    /// The workbook's bytes for the CSV files of `files` (relative path → bytes).
    static func bytes(files: [String: [UInt8]], manifest: Manifest, maxRowsPerSheet: Int = 1_048_576) throws -> [UInt8] {
        let folder = NSTemporaryDirectory() + "workbook-\(UUID().uuidString)"
        // 0700: the sheets on their way may hold unmasked personal data.
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/报表.xlsx"
        let writer = try WorkbookWriter(path: path, maxRowsPerSheet: maxRowsPerSheet)
        let reports = sources(files)
        var described: [(sheet: String, source: String, columns: [WorkbookColumn])] = []
        // 说明 first: its content is known before the sheets are written, except how the
        // large ones were split, which it states from the row counts.
        let layouts = reports.map { report in (report, layout(files[report.path]!, allText: report.path.hasPrefix("rejects/"))) }
        for (report, layout) in layouts { described.append((report.name, report.path, layout.columns)) }
        try writeNotes(writer, manifest: manifest, described: described, rows: layouts.map(\.1.rows),
                       maxRowsPerSheet: maxRowsPerSheet)
        for (report, layout) in layouts {
            let columns = layout.columns
            try writer.beginSheet(name: report.name, columns: columns)
            var rows = ReportCSVRows(bytes: files[report.path]!).makeIterator()
            var row = WorkbookTextRow()
            let textColumns = columns.indices.filter { columns[$0].format == .text }
            _ = rows.next(into: &row)   // the header
            while rows.next(into: &row) {
                WorkbookCells.dropFormulaGuards(&row, textColumns: textColumns)
                try writer.appendRow(texts: row)
            }
        }
        try writer.finish()
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The CSV files to put in the workbook, in sheet order: the named reports, then every
    /// rejects file as 拒收-<file>.
    static func sources(_ files: [String: [UInt8]]) -> [(path: String, name: String)] {
        var result = sheetNames.filter { files[$0.path] != nil }
        let rejects = files.keys.filter { $0.hasPrefix("rejects/") && $0.hasSuffix(".csv") }.sorted()
        result += rejects.map { ($0, "拒收-" + String($0.dropFirst("rejects/".count).dropLast(4))) }
        return result
    }

    /// The typed columns of one CSV (header and every cell looked at) and its data rows.
    static func layout(_ bytes: [UInt8], allText: Bool) -> (columns: [WorkbookColumn], rows: Int) {
        var rows = ReportCSVRows(bytes: bytes).makeIterator()
        guard let header = rows.next() else { return ([], 0) }
        var typing = WorkbookColumnTyping(header: header, allText: allText)
        var index = 0
        var row = WorkbookTextRow()
        while rows.next(into: &row) {
            typing.add(row, sizing: index < 2_000)
            index += 1
        }
        return (typing.columns(header), index)
    }
}
