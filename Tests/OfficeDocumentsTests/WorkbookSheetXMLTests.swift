import Foundation
import Testing
@testable import OfficeDocuments

/// The sample workbook's sheet XML as a consumer parses it: cell types and styles per
/// format, the frozen header, column widths, the autofilter; and the escaping of cell text.
@Suite struct WorkbookSheetXMLTests {
    /// The parsed `xl/worksheets/sheet1.xml` of the sample workbook.
    private static func sampleSheet() throws -> XMLNode {
        let folder = try WorkbookFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("明细.xlsx")
        _ = try WorkbookFixture.writeSample(to: url)
        return try XMLNode.parse(try WorkbookFixture.part("xl/worksheets/sheet1.xml", of: url))
    }

    /// The `<c>` elements of `sheet` by reference (`A2`).
    private static func cells(_ sheet: XMLNode) -> [String: XMLNode] {
        Dictionary(uniqueKeysWithValues: sheet.descendants("c").map { ($0.attributes["r"] ?? "", $0) })
    }

    @Test func textCellsAreInlineStringsAndNumbersAreValuesInTheColumnsStyle() throws {
        let cells = Self.cells(try Self.sampleSheet())
        // Row 1: the bold header (style 1), inline strings.
        #expect(cells["A1"]?.attributes["t"] == "inlineStr" && cells["A1"]?.attributes["s"] == "1")
        #expect(cells["A1"]?.at("is", "t")?.text == "户号")
        #expect(cells["H1"]?.at("is", "t")?.text == "签收时间")
        // Row 2: one cell of each format.
        let expected: [(String, String?, String, String)] = [
            ("A2", "inlineStr", "2", "3703040101001"), ("B2", "inlineStr", "2", "05331234567"),
            ("C2", nil, "4", "1.500"), ("D2", nil, "5", "180.00"), ("E2", nil, "6", "96.4"),
            ("F2", nil, "3", "12"), ("G2", nil, "7", "43437"), ("H2", nil, "8", "43437.375"),
        ]
        for (reference, type, style, value) in expected {
            let cell = try #require(cells[reference], "\(reference)")
            #expect(cell.attributes["t"] == type, "\(reference) type")
            #expect(cell.attributes["s"] == style, "\(reference) style")
            let text = type == nil ? cell.child("v")?.text : cell.at("is", "t")?.text
            #expect(text == value, "\(reference) value")
            if type != nil { #expect(cell.at("is", "t")?.attributes["xml:space"] == "preserve") }
        }
        // Row 3: a number in a text column is text; a formula-like text stays text; empties are absent.
        #expect(cells["A3"]?.attributes["t"] == "inlineStr" && cells["A3"]?.at("is", "t")?.text == "3703040101002")
        #expect(cells["B3"]?.at("is", "t")?.text == "=HYPERLINK(\"x\")")
        #expect(cells["C3"]?.child("v")?.text == "-0.750")
        #expect(cells["D3"] == nil && cells["H3"] == nil)
        #expect(cells.values.allSatisfy { $0.child("f") == nil }, "no formulas")
    }

    @Test func headerIsFrozenAndFilteredAndColumnsHaveWidthsAndStyles() throws {
        let sheet = try Self.sampleSheet()
        let pane = try #require(sheet.at("sheetViews", "sheetView", "pane"))
        #expect(pane.attributes == ["ySplit": "1", "topLeftCell": "A2", "activePane": "bottomLeft", "state": "frozen"])
        #expect(sheet.at("sheetViews", "sheetView")?.attributes["tabSelected"] == "1")

        let columns = try #require(sheet.child("cols")).children
        #expect(columns.map { $0.attributes["width"] } == ["16", "14", "10", "12.5", "8", "8", "12", "20"])
        #expect(columns.map { $0.attributes["style"] } == ["2", "2", "4", "5", "6", "3", "7", "8"])
        #expect(columns.map { $0.attributes["min"] } == (1...8).map { String($0) })
        #expect(columns.allSatisfy { $0.attributes["customWidth"] == "1" && $0.attributes["min"] == $0.attributes["max"] })

        // The schema's order: views, format, columns, data, then the autofilter.
        #expect(sheet.children.map(\.name) == ["sheetViews", "sheetFormatPr", "cols", "sheetData", "autoFilter", "pageMargins"])
        #expect(sheet.child("autoFilter")?.attributes["ref"] == "A1:H3")
        #expect(sheet.child("sheetData")?.children.map { $0.attributes["r"] } == ["1", "2", "3"])
    }

    @Test func columnsBeyondZGetTwoLetters() throws {
        #expect([1, 26, 27, 52, 53, 702, 703, 16_384].map(CellValues.columnLetters)
            == ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"])
        let folder = try WorkbookFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("宽表.xlsx")
        let writer = try WorkbookWriter(path: url.path)
        try writer.beginSheet(name: "宽表", columns: (1...30).map { WorkbookColumn(title: "列\($0)", format: .integer, width: 6) })
        try writer.appendRow((1...30).map { .number(String($0)) })
        try writer.finish()
        let sheet = try XMLNode.parse(try WorkbookFixture.part("xl/worksheets/sheet1.xml", of: url))
        let cells = Self.cells(sheet)
        #expect(cells["Z2"]?.child("v")?.text == "26")
        #expect(cells["AA2"]?.child("v")?.text == "27")
        #expect(cells["AD2"]?.child("v")?.text == "30")
        #expect(sheet.child("autoFilter")?.attributes["ref"] == "A1:AD2")
        let workbook = try XMLNode.parse(try WorkbookFixture.part("xl/workbook.xml", of: url))
        #expect(workbook.at("definedNames", "definedName")?.text == "'宽表'!$A$1:$AD$2")
    }

    @Test func cellTextIsEscapedAndForbiddenCharactersDropped() throws {
        var buffer: [UInt8] = []
        XMLEscaping.appendCellText("a<b>&c \"q\" 'p'\tx\ny\r\nz\u{1}\u{1F}\u{FFFE}\u{FFFF}end 源泉镇😀 _x0041_ _x00e9_ _x12_ x_", to: &buffer)
        let xml = String(decoding: buffer, as: UTF8.self)
        #expect(xml == "a&lt;b&gt;&amp;c \"q\" 'p'\tx\ny&#13;\nzend 源泉镇😀 _x005F_x0041_ _x005F_x00e9_ _x12_ x_")
        // What a parser reads back: every kept character, CR included.
        let root = try XMLNode.parse("<t xml:space=\"preserve\">\(xml)</t>")
        #expect(root.text == "a<b>&c \"q\" 'p'\tx\ny\r\nzend 源泉镇😀 _x005F_x0041_ _x005F_x00e9_ _x12_ x_")
    }
}
