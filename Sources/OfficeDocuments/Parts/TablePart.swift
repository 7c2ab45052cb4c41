/// A ``NoticeTable`` as WordprocessingML: its caption paragraph and a `w:tbl`.
///
/// The table is as wide as the 版心 (8845 twips, fixed layout), centred, with single black
/// borders of ½ pt around and between all cells. The header row is marked `w:tblHeader`
/// (repeated at the top of every page the table runs onto); no row breaks across pages
/// (`w:cantSplit`) and each is at least ``minimumRowHeight`` high. Header cells are bold and
/// centred; data cells of right-aligned columns are right-aligned, the others centred, all
/// vertically centred, in style `TableText` (仿宋_GB2312 4号). Column widths follow the widest
/// text of each column (at least two characters, plus one for the cell margins), the rounding
/// remainder going to the last column.
struct TablePart {
    /// Rows are at least 8 mm high (454 twips), a line of 4号 with air above and below.
    static let minimumRowHeight = PageGeometry.twips(mm: 8)

    /// The table to write.
    var table: NoticeTable

    /// The caption (if any) and the table.
    func xml() throws -> String {
        guard !table.columns.isEmpty else { throw DocxWriterError.tableWithoutColumns(caption: table.caption) }
        var xml = ""
        if let caption = table.caption {
            xml += WordRun.paragraph(ParagraphProperties(style: StyleID.tableCaption), WordRun.text(caption))
        }
        let widths = columnWidths()
        xml += "<w:tbl><w:tblPr>"
            + "<w:tblW w:w=\"\(PageGeometry.textWidth)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
            + "<w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:tblBorders>"
            + ["top", "left", "bottom", "right", "insideH", "insideV"]
                .map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }.joined()
            + "</w:tblBorders>"
            + "<w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar>"
            + "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\""
            + " w:noHBand=\"1\" w:noVBand=\"1\"/>"
            + "</w:tblPr><w:tblGrid>"
            + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
            + "</w:tblGrid>"
        let height = "<w:trHeight w:val=\"\(Self.minimumRowHeight)\" w:hRule=\"atLeast\"/>"
        xml += "<w:tr><w:trPr><w:cantSplit/>\(height)<w:tblHeader/></w:trPr>"
        for (index, title) in table.columns.enumerated() {
            xml += cell(title, width: widths[index], alignment: .center, bold: true)
        }
        xml += "</w:tr>"
        for row in table.rows {
            xml += "<w:tr><w:trPr><w:cantSplit/>\(height)</w:trPr>"
            for index in table.columns.indices {
                let text = index < row.count ? row[index] : ""
                let alignment: ParagraphProperties.Alignment = table.rightAligned.contains(index) ? .right : .center
                xml += cell(text, width: widths[index], alignment: alignment, bold: false)
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    /// One `w:tc` holding one paragraph.
    private func cell(_ text: String, width: Int, alignment: ParagraphProperties.Alignment, bold: Bool) -> String {
        let properties = ParagraphProperties(style: StyleID.tableText, alignment: alignment)
        let run = WordRun.text(text, bold ? RunProperties(bold: true) : RunProperties())
        return "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
            + WordRun.paragraph(properties, run) + "</w:tc>"
    }

    /// The columns' widths in twips, adding up to the 版心 width.
    func columnWidths() -> [Int] {
        let weights = table.columns.indices.map { index -> Double in
            var widest = TextWidth.characters(table.columns[index])
            for row in table.rows where index < row.count {
                widest = max(widest, TextWidth.characters(row[index]))
            }
            return max(widest, 2) + 1
        }
        let total = weights.reduce(0, +)
        var widths = weights.map { Int((Double(PageGeometry.textWidth) * $0 / total).rounded(.down)) }
        widths[widths.count - 1] += PageGeometry.textWidth - widths.reduce(0, +)
        return widths
    }
}
