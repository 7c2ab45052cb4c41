/// `word/footer1.xml` (odd pages) and `word/footer2.xml` (even pages): the page number.
///
/// GB/T 9704-2012 §7.5: 4号半角宋体阿拉伯数字, 数字左右各放一条一字线, 单页码居右空一字,
/// 双页码居左空一字 — "— 1 —", a `PAGE` field between "— " and " —", 宋体 4号 (style
/// `Footer`); the 一字线 are em dashes in the Chinese font (``WordRun/text(_:_:)``'s
/// `w:hint="eastAsia"`), so they are full-width. 空一字 is one 4号 character, 280 twips.
enum FooterPart {
    /// Which pages a footer serves.
    enum Side {
        /// Odd pages: right-aligned, one character from the right edge of the 版心.
        case odd
        /// Even pages: left-aligned, one character from the left edge.
        case even
    }

    /// The footer part for `side`.
    static func xml(_ side: Side) -> String {
        var properties = ParagraphProperties(style: StyleID.footer, characterTwips: PageGeometry.footerCharacter)
        switch side {
        case .odd:
            properties.rightCharacters = 1
            properties.alignment = .right
        case .even:
            properties.leftCharacters = 1
            properties.alignment = .left
        }
        let runs = WordRun.text("— ")
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r><w:t>\(side == .odd ? 1 : 2)</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + WordRun.text(" —")
        return XMLPart.declaration
            + "<w:ftr xmlns:w=\"\(XMLPart.wordNamespace)\" xmlns:r=\"\(XMLPart.relationshipsNamespace)\">"
            + WordRun.paragraph(properties, runs)
            + "</w:ftr>"
    }
}
