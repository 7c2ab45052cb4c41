import Testing
@testable import OfficeDocuments

/// document.xml of hand-built notices: escaping, section, order of the 版头 and 主体, tables.
@Suite struct DocumentXMLTests {
    private func document(_ notice: OfficialNotice) throws -> String {
        try RenderedPackage.part("word/document.xml", of: notice)
    }

    @Test func userTextIsEscapedAndWellFormed() throws {
        let xml = try document(SampleNotice.hostile)
        #expect(xml.contains("博山区&lt;测试&gt;&amp;办公室文件"))
        #expect(xml.contains("关于&quot;源泉镇&lt;&amp;&gt;&quot;的通报"))
        #expect(xml.contains("源泉镇&lt;&amp;&gt;&apos;引号&apos;</w:t><w:tab/><w:t xml:space=\"preserve\">制表</w:t><w:br/>"))
        #expect(xml.contains("<w:t xml:space=\"preserve\">源泉镇&lt;&amp;&gt;</w:t>"))
        #expect(xml.contains("<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr><w:t xml:space=\"preserve\">一、&lt;概况&gt;</w:t></w:r>"))
        #expect(!xml.contains("<测试>") && !xml.contains("<&>"))
        let root = try XMLNode.parse(xml)
        #expect(root.wordText.contains("博山区<测试>&办公室文件"))
        #expect(root.wordText.contains("源泉镇<&>'引号'"))
    }

    @Test func forbiddenControlCharactersAreDropped() throws {
        var notice = SampleNotice.hostile
        notice.title = "通\u{1}报\u{FFFE}"
        let root = try XMLNode.parse(try document(notice))
        #expect(root.wordText.contains("通报"))
    }

    @Test func placeholdersKeepTheirSpaces() throws {
        let xml = try document(SampleNotice.realistic)
        #expect(xml.contains("<w:t xml:space=\"preserve\">博政办字〔    〕    号</w:t>"))
        #expect(xml.contains("<w:t xml:space=\"preserve\">2019年  月  日</w:t>"))
    }

    @Test func sectionHasA4MarginsFootersAndGrid() throws {
        let xml = try document(SampleNotice.realistic)
        #expect(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(xml.contains("<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\""
            + " w:header=\"850\" w:footer=\"1307\" w:gutter=\"0\"/>"))
        #expect(xml.contains("<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"579\" w:charSpace=\"-842\"/>"))
        #expect(xml.contains("<w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/>"))
        #expect(xml.contains("<w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>"))
        let rels = try RenderedPackage.part("word/_rels/document.xml.rels", of: SampleNotice.realistic)
        #expect(rels.contains("Id=\"rIdFooterOdd\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\""))
        #expect(rels.contains("Id=\"rIdFooterEven\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer2.xml\""))
    }

    @Test func paragraphsComeInTheStandardsOrder() throws {
        let body = try #require(XMLNode.parse(try document(SampleNotice.realistic)).child("w:body"))
        let paragraphs = body.children.filter { $0.name == "w:p" }
        let styles = paragraphs.map { $0.at("w:pPr", "w:pStyle")?.attributes["w:val"] ?? "" }
        // 发文机关标志, 空二行, 发文字号, 分隔线, 空二行, 标题, 空一行, 主送机关, 正文…
        #expect(Array(styles.prefix(10)) == ["Issuer", "Normal", "Normal", "DocumentNumber", "SeparatorLine",
                                            "Normal", "Normal", "Title", "Normal", "Normal"])
        #expect(paragraphs[0].wordText == "博山区人民政府办公室文件")
        #expect(paragraphs[7].wordText == SampleNotice.realistic.title)
        #expect(paragraphs[9].wordText == "各镇人民政府、街道办事处，区政府有关部门：")
        #expect(paragraphs[10].at("w:pPr", "w:pStyle")?.attributes["w:val"] == "BodyText")
        #expect(paragraphs[11].at("w:pPr", "w:pStyle")?.attributes["w:val"] == "Heading1")
        // The separator is the red bottom border of an empty paragraph: in the style, not here.
        #expect(paragraphs[4].wordText.isEmpty)
        // The end: 空二行, 署名 centred over the date (右空 4 + (7 − 10) / 2 = 2.5 字), the date 右空四字.
        let last = Array(paragraphs.suffix(4))
        #expect(last[0].wordText.isEmpty && last[1].wordText.isEmpty)
        #expect(last[2].wordText == "博山区人民政府办公室")
        #expect(last[2].at("w:pPr", "w:ind")?.attributes["w:rightChars"] == "250")
        #expect(last[2].at("w:pPr", "w:ind")?.attributes["w:right"] == "785")
        #expect(last[3].wordText == "2019年  月  日")
        #expect(last[3].at("w:pPr", "w:ind")?.attributes["w:rightChars"] == "400")
        #expect(last[3].at("w:pPr", "w:ind")?.attributes["w:right"] == "1256")
        #expect(last[3].at("w:pPr", "w:jc")?.attributes["w:val"] == "right")
    }

    @Test func signerSharesTheDocumentNumberLine() throws {
        let body = try #require(XMLNode.parse(try document(SampleNotice.hostile)).child("w:body"))
        let line = try #require(body.children.first {
            $0.at("w:pPr", "w:pStyle")?.attributes["w:val"] == "DocumentNumber"
        })
        // 发文字号居左空一字, a right tab one character before the edge, 签发人 name in 楷体.
        #expect(line.at("w:pPr", "w:ind")?.attributes["w:leftChars"] == "100")
        #expect(line.at("w:pPr", "w:tabs", "w:tab")?.attributes["w:pos"] == "\(8845 - 314)")
        #expect(line.at("w:pPr", "w:jc")?.attributes["w:val"] == "left")
        let runs = line.children.filter { $0.name == "w:r" }
        #expect(runs.map(\.wordText) == ["博政办字〔    〕    号", "", "签发人：", "张三"])
        #expect(runs[3].at("w:rPr", "w:rFonts")?.attributes["w:eastAsia"] == "楷体_GB2312")
    }

    @Test func tableSpansTheTextAreaAndRepeatsItsHeader() throws {
        let root = try XMLNode.parse(try document(SampleNotice.realistic))
        let table = try #require(root.descendants("w:tbl").first)
        #expect(table.at("w:tblPr", "w:tblW")?.attributes["w:w"] == "8845")
        #expect(table.at("w:tblPr", "w:tblBorders", "w:insideV")?.attributes["w:val"] == "single")
        let widths = table.child("w:tblGrid")!.children.compactMap { Int($0.attributes["w:w"] ?? "") }
        #expect(widths.count == 5 && widths.reduce(0, +) == 8845)
        let rows = table.children.filter { $0.name == "w:tr" }
        #expect(rows.count == 11)
        #expect(rows[0].at("w:trPr", "w:tblHeader") != nil)
        #expect(rows.dropFirst().allSatisfy { $0.at("w:trPr", "w:tblHeader") == nil })
        let header = rows[0].children.filter { $0.name == "w:tc" }
        #expect(header.map(\.wordText) == ["名次", "镇街", "完成率(%)", "得分", "名次变化"])
        #expect(header.allSatisfy { $0.at("w:p", "w:r", "w:rPr", "w:b") != nil })
        #expect(header.allSatisfy { $0.at("w:p", "w:pPr", "w:jc")?.attributes["w:val"] == "center" })
        let last = rows[10].children.filter { $0.name == "w:tc" }
        #expect(last.map(\.wordText) == ["10", "城西街道", "76.3", "79.8", "↓1"])
        let alignments = last.map { $0.at("w:p", "w:pPr", "w:jc")?.attributes["w:val"] ?? "" }
        #expect(alignments == ["right", "center", "right", "right", "center"])
        // The caption comes right before the table.
        let caption = root.descendants("w:p").first { $0.at("w:pPr", "w:pStyle")?.attributes["w:val"] == "TableCaption" }
        #expect(caption?.wordText == "表1  清洁煤炭推广进度排名")
    }

    @Test func shortRowsArePaddedAndEmptyTablesThrow() throws {
        let root = try XMLNode.parse(try document(SampleNotice.hostile))
        let rows = try #require(root.descendants("w:tbl").first).children.filter { $0.name == "w:tr" }
        #expect(rows[2].children.filter { $0.name == "w:tc" }.map(\.wordText) == ["博山镇", ""])
        var notice = SampleNotice.hostile
        notice.body = [.table(NoticeTable(caption: "表2", columns: [], rows: []))]
        #expect(throws: DocxWriterError.tableWithoutColumns(caption: "表2")) {
            try DocxWriter.render(notice)
        }
    }
}
