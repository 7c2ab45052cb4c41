/// `word/document.xml`: the notice itself, in the order of GB/T 9704-2012 §7.
///
/// 版头 (§7.2): 发文机关标志 (upper edge 35 mm below the 版心's), two blank lines (下空二行),
/// 发文字号 — centred, or with the 签发人 on the same line, the number 居左空一字 and the
/// 签发人 居右空一字 — and 4 mm below it the red separator line, as wide as the 版心.
///
/// 主体 (§7.3): two blank lines (分隔线下空二行), the title, one blank line (标题下空一行),
/// the 主送机关 flush left, then the body blocks; after them two blank lines for the seal
/// (印章顶端上距正文一行之内, 署名和日期居印章中心偏下), the 发文机关署名 centred over the date,
/// and the 成文日期 右空四字 (§7.3.5.1, 加盖印章的公文).
struct DocumentPart {
    /// The notice to lay out.
    var notice: OfficialNotice

    /// The part's XML.
    func xml() throws -> String {
        var body = issuerBlock() + documentNumberBlock() + titleBlock()
        for block in notice.body {
            body += try Self.xml(for: block)
        }
        body += closingBlock()
        return XMLPart.declaration
            + "<w:document xmlns:w=\"\(XMLPart.wordNamespace)\" xmlns:r=\"\(XMLPart.relationshipsNamespace)\">"
            + "<w:body>\(body)\(SectionProperties.xml)</w:body></w:document>"
    }

    /// The 发文机关标志 and the two blank lines below it.
    private func issuerBlock() -> String {
        WordRun.paragraph(ParagraphProperties(style: StyleID.issuer), WordRun.text(notice.issuer))
            + WordRun.blankLine() + WordRun.blankLine()
    }

    /// The 发文字号 line (with the 签发人 when given) and the red separator line below it.
    private func documentNumberBlock() -> String {
        var line: String
        if notice.signer.isEmpty {
            line = WordRun.paragraph(ParagraphProperties(style: StyleID.documentNumber),
                                     WordRun.text(notice.documentNumber))
        } else {
            // 发文字号居左空一字, 签发人居右空一字: a right tab stop one character before the edge.
            let properties = ParagraphProperties(
                style: StyleID.documentNumber,
                rightTabs: [PageGeometry.textWidth - PageGeometry.bodyCharacter],
                leftCharacters: 1, alignment: .left)
            line = WordRun.paragraph(properties, WordRun.text(notice.documentNumber) + WordRun.tab + signerRuns())
        }
        return line + WordRun.paragraph(ParagraphProperties(style: StyleID.separatorLine))
    }

    /// "签发人：" in 仿宋 (the style's), the name after the first full-width colon in 楷体.
    private func signerRuns() -> String {
        guard let colon = notice.signer.firstIndex(where: { $0 == "：" || $0 == ":" }) else {
            return WordRun.text(notice.signer)
        }
        let label = String(notice.signer[...colon])
        let name = String(notice.signer[notice.signer.index(after: colon)...])
        return WordRun.text(label) + WordRun.text(name, RunProperties(eastAsia: .kaiTi))
    }

    /// Two blank lines, the title, one blank line, the 主送机关.
    private func titleBlock() -> String {
        WordRun.blankLine() + WordRun.blankLine()
            + WordRun.paragraph(ParagraphProperties(style: StyleID.title), WordRun.text(notice.title))
            + WordRun.blankLine()
            + WordRun.paragraph(ParagraphProperties(style: StyleID.normal), WordRun.text(notice.recipients))
    }

    /// One body block.
    static func xml(for block: NoticeBlock) throws -> String {
        switch block {
        case .heading1(let text):
            return WordRun.paragraph(ParagraphProperties(style: StyleID.heading1), WordRun.text(text))
        case .heading2(let text):
            return WordRun.paragraph(ParagraphProperties(style: StyleID.heading2), WordRun.text(text))
        case .paragraph(let text):
            return WordRun.paragraph(ParagraphProperties(style: StyleID.bodyText), WordRun.text(text))
        case .table(let table):
            return try TablePart(table: table).xml()
        }
    }

    /// Two blank lines, the 署名 centred over the date, the date 右空四字.
    ///
    /// The date's right indent is 4 characters; the 署名's is 4 + (date − 署名) / 2 characters
    /// (widths by ``TextWidth``), so both share a centre; never below 0 (a long 署名 goes flush right).
    private func closingBlock() -> String {
        let dateIndent = 4.0
        let offset = (TextWidth.characters(notice.date) - TextWidth.characters(notice.signature)) / 2
        let signatureIndent = max(0, dateIndent + offset)
        var xml = WordRun.blankLine() + WordRun.blankLine()
        xml += WordRun.paragraph(ParagraphProperties(style: StyleID.normal, rightCharacters: signatureIndent,
                                                     alignment: .right),
                                 WordRun.text(notice.signature))
        xml += WordRun.paragraph(ParagraphProperties(style: StyleID.normal, rightCharacters: dateIndent,
                                                     alignment: .right),
                                 WordRun.text(notice.date))
        return xml
    }
}
