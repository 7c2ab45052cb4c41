import Foundation
import Testing
@testable import OfficeDocuments
import ZIPFoundation

/// The .xlsx container and its workbook-level parts: part order, content types, styles,
/// sheet names, the split into continuation sheets, reproducibility, temporary files.
@Suite struct WorkbookPackageTests {
    static let expectedParts = [
        "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
        "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "docProps/core.xml", "docProps/app.xml",
    ]

    @Test func partsAreInOrderWellFormedDeflatedAndDated1980() throws {
        let folder = try WorkbookFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("明细.xlsx")
        let sheets = try WorkbookFixture.writeSample(to: url)
        #expect(sheets.map(\.name) == ["煤炭配送", "说明"] && sheets.map(\.rows) == [2, 1])

        let parts = try WorkbookFixture.parts(url)
        #expect(parts.map(\.path) == Self.expectedParts)
        for part in parts {
            #expect(throws: Never.self, "\(part.path) is well-formed") { _ = try XMLNode.parse(part.text) }
        }
        let archive = try Archive(url: url, accessMode: .read)
        for entry in archive {
            #expect(entry.compressedSize < entry.uncompressedSize, "\(entry.path) deflated")
            #expect(entry.fileAttributes[.modificationDate] as? Date == Date(timeIntervalSince1970: 315_532_800), "\(entry.path) dated 1980-01-01 00:00:00")
        }
        // Nothing left beside the workbook: the temporary folder is gone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["明细.xlsx"])

        let types = parts[0].text
        for part in Self.expectedParts where !part.hasSuffix(".rels") && part != "[Content_Types].xml" {
            #expect(types.contains("PartName=\"/\(part)\""), "\(part)")
        }
        #expect(types.contains("spreadsheetml.sheet.main+xml") && types.contains("spreadsheetml.worksheet+xml"))
        #expect(parts[1].text.contains("Target=\"xl/workbook.xml\""))
        let relationships = try XMLNode.parse(parts[3].text).children.map { $0.attributes["Target"] ?? "" }
        #expect(relationships == ["worksheets/sheet1.xml", "worksheets/sheet2.xml", "styles.xml"])
        let core = parts[7].text
        #expect(!core.contains("dcterms:created") && !core.contains("dcterms:modified") && !core.contains("dc:title"))
    }

    @Test func stylesHaveTheSixNumberFormatsAndOneStylePerFormat() throws {
        let styles = try XMLNode.parse(WorkbookStyles.xml)
        let formats = try #require(styles.child("numFmts")).children
        #expect(formats.map { $0.attributes["formatCode"] ?? "" }
            == ["0", "0.000", "0.00", "0.0", "yyyy-mm-dd", "yyyy-mm-dd hh:mm:ss"])
        #expect(formats.map { $0.attributes["numFmtId"] ?? "" } == ["164", "165", "166", "167", "168", "169"])
        let fonts = try #require(styles.child("fonts")).children
        #expect(fonts.count == 2 && fonts[0].child("b") == nil && fonts[1].child("b") != nil)
        let xfs = try #require(styles.child("cellXfs")).children
        #expect(xfs.map { $0.attributes["numFmtId"] ?? "" } == ["0", "49", "49", "164", "165", "166", "167", "168", "169"])
        #expect(xfs.map { $0.attributes["fontId"] ?? "" } == ["0", "1", "0", "0", "0", "0", "0", "0", "0"])
        #expect(styles.child("cellXfs")?.attributes["count"] == "9")
        let formatsInOrder: [WorkbookColumnFormat] = [.text, .integer, .tons, .yuan, .rate, .date, .dateTime]
        #expect(formatsInOrder.map(WorkbookStyles.style) == Array(2...8))
    }

    @Test func sheetNamesAreCutCleanedAndUnique() throws {
        let folder = try WorkbookFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("names.xlsx")
        let writer = try WorkbookWriter(path: url.path)
        let long = String(repeating: "镇", count: 40)
        let requested = ["a[b]c:d*e?f/g\\h", long, long, "说明", "说明", "SHEET", "sheet", "'引号'", "", "History",
                         "行\u{1}\u{7}名"]
        for name in requested {
            try writer.beginSheet(name: name, columns: [WorkbookColumn(title: "列", format: .text, width: 8)])
        }
        let cut = String(repeating: "镇", count: 31)
        let expected = ["a_b_c_d_e_f_g_h", cut, String(repeating: "镇", count: 28) + "（2）", "说明", "说明（2）",
                        "SHEET", "sheet（2）", "_引号_", "Sheet（3）", "History_", "行名"]
        #expect(writer.sheets.map(\.name) == expected)
        try writer.finish()

        let workbook = try XMLNode.parse(try WorkbookFixture.part("xl/workbook.xml", of: url))
        let sheets = try #require(workbook.child("sheets")).children
        #expect(sheets.map { $0.attributes["name"] ?? "" } == expected)
        #expect(sheets.map { $0.attributes["sheetId"] ?? "" } == (1...expected.count).map { String($0) })
        #expect(sheets.map { $0.attributes["r:id"] ?? "" } == (1...expected.count).map { "rId\($0)" })
        let names = try #require(workbook.child("definedNames")).children
        #expect(names.map { $0.attributes["name"] ?? "" } == Array(repeating: "_xlnm._FilterDatabase", count: expected.count))
        #expect(names.map { $0.attributes["localSheetId"] ?? "" } == (0..<expected.count).map { String($0) })
        #expect(names[0].text == "'a_b_c_d_e_f_g_h'!$A$1:$A$1")
        #expect(names[7].text == "'_引号_'!$A$1:$A$1")
        #expect(expected.allSatisfy { $0.utf16.count <= 31 })
    }

    @Test func aFullSheetContinuesInNumberedSheetsWithTheHeaderRepeated() throws {
        let folder = try WorkbookFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("split.xlsx")
        let writer = try WorkbookWriter(path: url.path, maxRowsPerSheet: 3)
        let columns = [WorkbookColumn(title: "序号", format: .integer, width: 6),
                       WorkbookColumn(title: "名称", format: .text, width: 10)]
        try writer.beginSheet(name: "名", columns: columns)
        for index in 1...5 { try writer.appendRow([.number(String(index)), .text("第\(index)行")]) }
        // Exactly a full sheet's rows: no empty continuation.
        try writer.beginSheet(name: "满", columns: columns)
        for index in 1...2 { try writer.appendRow([.number(String(index))]) }
        #expect(writer.sheets.map(\.name) == ["名", "名（2）", "名（3）", "满"])
        #expect(writer.sheets.map(\.rows) == [2, 2, 1, 2])
        try writer.finish()

        let parts = try WorkbookFixture.parts(url)
        let sheets = try (1...4).map { number in
            try XMLNode.parse(try #require(parts.first { $0.path == "xl/worksheets/sheet\(number).xml" }).text)
        }
        let values = sheets.map { sheet in
            sheet.descendants("row").map { row in row.children.map { $0.child("v")?.text ?? $0.at("is", "t")?.text ?? "" } }
        }
        #expect(values[0] == [["序号", "名称"], ["1", "第1行"], ["2", "第2行"]])
        #expect(values[1] == [["序号", "名称"], ["3", "第3行"], ["4", "第4行"]])
        #expect(values[2] == [["序号", "名称"], ["5", "第5行"]])
        #expect(values[3] == [["序号", "名称"], ["1"], ["2"]])
        #expect(sheets.map { $0.child("autoFilter")?.attributes["ref"] } == ["A1:B3", "A1:B3", "A1:B2", "A1:B3"])
        #expect(sheets[1].descendants("c").map { $0.attributes["r"] ?? "" } == ["A1", "B1", "A2", "B2", "A3", "B3"])
        #expect(sheets[1].at("sheetViews", "sheetView", "pane")?.attributes["topLeftCell"] == "A2")
        #expect(sheets[1].at("sheetViews", "sheetView")?.attributes["tabSelected"] == nil)
        let workbook = try XMLNode.parse(try WorkbookFixture.part("xl/workbook.xml", of: url))
        #expect(workbook.child("sheets")?.children.map { $0.attributes["name"] ?? "" } == ["名", "名（2）", "名（3）", "满"])
        #expect(workbook.child("definedNames")?.children.map(\.text)
            == ["'名'!$A$1:$B$3", "'名（2）'!$A$1:$B$3", "'名（3）'!$A$1:$B$2", "'满'!$A$1:$B$3"])
    }

    @Test func aContinuationNameAlreadyTakenIsMadeUnique() throws {
        let folder = try WorkbookFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = try WorkbookWriter(path: folder.appendingPathComponent("taken.xlsx").path, maxRowsPerSheet: 2)
        let columns = [WorkbookColumn(title: "吨数", format: .tons, width: 8)]
        try writer.beginSheet(name: "名（2）", columns: columns)
        try writer.beginSheet(name: "名", columns: columns)
        try writer.appendRow([.number("1.0")])
        // The error of the continuation's first row names the sheet it would have gone to.
        let position = WorkbookCellPosition(sheet: "名（2）（2）", row: 2, column: "A", title: "吨数")
        #expect(throws: WorkbookWriterError.invalidNumber(position, literal: "x")) { try writer.appendRow([.number("x")]) }
        try writer.appendRow([.number("2.0")])
        #expect(writer.sheets.map(\.name) == ["名（2）", "名", "名（2）（2）"])
        try writer.finish()
    }

    @Test func manyRowsSplitAtTheLimitAndKeepTheirOrder() throws {
        let folder = try WorkbookFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("many.xlsx")
        let writer = try WorkbookWriter(path: url.path, maxRowsPerSheet: 4_001)
        try writer.beginSheet(name: "明细", columns: [WorkbookColumn(title: "序号", format: .integer, width: 8),
                                                    WorkbookColumn(title: "户号", format: .text, width: 16)])
        for index in 1...10_000 { try writer.appendRow([.number(String(index)), .text(String(3_703_040_000_000 + index))]) }
        try writer.finish()
        let parts = try WorkbookFixture.parts(url)
        let sheets = try (1...3).map { try XMLNode.parse(parts[4 + $0].text) }
        #expect(sheets.map { $0.descendants("row").count } == [4_001, 4_001, 2_001])
        let last = try #require(sheets[2].descendants("row").last)
        #expect(last.attributes["r"] == "2001")
        #expect(last.children.map { $0.child("v")?.text ?? $0.at("is", "t")?.text } == ["10000", "3703040010000"])
        #expect(sheets[2].child("autoFilter")?.attributes["ref"] == "A1:B2001")
    }

    @Test func theSameCallsGiveTheSameBytes() throws {
        let first = try WorkbookFixture.folder()
        let second = try WorkbookFixture.folder()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        let one = first.appendingPathComponent("明细.xlsx")
        let two = second.appendingPathComponent("another name.xlsx")
        _ = try WorkbookFixture.writeSample(to: one, maxRowsPerSheet: 2)
        _ = try WorkbookFixture.writeSample(to: two, maxRowsPerSheet: 2)
        let bytes = try Data(contentsOf: one)
        #expect(bytes == (try Data(contentsOf: two)))
        #expect(bytes.count > 1_000)
        // Writing again over an existing file replaces it with the same bytes.
        _ = try WorkbookFixture.writeSample(to: one, maxRowsPerSheet: 2)
        #expect(try Data(contentsOf: one) == bytes)
    }
}
