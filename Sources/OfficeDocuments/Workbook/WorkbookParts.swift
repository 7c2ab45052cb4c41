/// The workbook's parts other than the sheets and styles: content types, relationships,
/// `xl/workbook.xml` with the sheet list and the autofilters' defined names.
enum WorkbookParts {
    /// What `xl/workbook.xml` needs to know of a finished sheet.
    struct Sheet {
        var name: String
        var columns: Int
        var rows: Int
    }

    /// `[Content_Types].xml` for `sheetCount` sheets.
    static func contentTypes(sheetCount: Int) -> String {
        XMLPart.declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + PackageParts.override("/xl/workbook.xml", "spreadsheetml.sheet.main+xml")
            + (0..<sheetCount).map {
                PackageParts.override("/\(sheetPath($0 + 1))", "spreadsheetml.worksheet+xml")
            }.joined()
            + PackageParts.override("/xl/styles.xml", "spreadsheetml.styles+xml")
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + PackageParts.override("/docProps/app.xml", "extended-properties+xml")
            + "</Types>"
    }

    /// The package path of sheet `number` (from 1).
    static func sheetPath(_ number: Int) -> String { "xl/worksheets/sheet\(number).xml" }

    /// `xl/_rels/workbook.xml.rels`: `rId1`… the sheets, then the styles.
    static func workbookRelationships(sheetCount: Int) -> String {
        XMLPart.declaration
            + "<Relationships xmlns=\"\(XMLPart.packageRelationshipsNamespace)\">"
            + (0..<sheetCount).map {
                "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(XMLPart.relationshipType)worksheet\""
                    + " Target=\"worksheets/sheet\($0 + 1).xml\"/>"
            }.joined()
            + "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(XMLPart.relationshipType)styles\" Target=\"styles.xml\"/>"
            + "</Relationships>"
    }

    /// `xl/workbook.xml`: the sheets in order (the first one active) and, per sheet, the
    /// hidden `_xlnm._FilterDatabase` name Excel keeps for an autofilter's range.
    static func workbook(_ sheets: [Sheet]) -> String {
        XMLPart.declaration
            + "<workbook xmlns=\"\(XMLPart.spreadsheetNamespace)\" xmlns:r=\"\(XMLPart.relationshipsNamespace)\">"
            + "<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
            + sheets.enumerated().map { index, sheet in
                "<sheet name=\"\(XMLEscaping.escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
            }.joined()
            + "</sheets><definedNames>"
            + sheets.enumerated().map { index, sheet in
                let quoted = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
                let range = filterRange(columns: sheet.columns, rows: sheet.rows, absolute: true)
                return "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
                    + XMLEscaping.escape(quoted + "!" + range) + "</definedName>"
            }.joined()
            + "</definedNames></workbook>"
    }

    /// The autofilter's range over the header and `rows` data rows: `A1:E4`, or `$A$1:$E$4`.
    static func filterRange(columns: Int, rows: Int, absolute: Bool) -> String {
        let last = CellValues.columnLetters(columns)
        let dollar = absolute ? "$" : ""
        return "\(dollar)A\(dollar)1:\(dollar)\(last)\(dollar)\(rows + 1)"
    }
}
