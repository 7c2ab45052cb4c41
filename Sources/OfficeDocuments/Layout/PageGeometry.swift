/// The page of GB/T 9704-2012 in twips (1/20 pt), the unit of WordprocessingML lengths.
///
/// Millimetres become twips as `mm × 1440 / 25.4` (1 mm ≈ 56.6929 twips) rounded to the
/// nearest twip, halves away from zero (``twips(mm:)``); lengths derived from others (the
/// 版心, the grid) are computed from those rounded twips, so the parts add up exactly.
///
/// | what (GB/T 9704-2012) | mm | twips |
/// | --- | --- | --- |
/// | A4 page, portrait (§5.2.1) | 210 × 297 | 11906 × 16838 |
/// | top margin, 天头 (§5.2.2) | 37 | 2098 |
/// | bottom margin | 35 | 1984 |
/// | left margin, 订口 | 28 | 1587 |
/// | right margin | 26 | 1474 |
/// | 版心 (156 × 225 mm) | 156.02 × 225.0 | 8845 × 12756 |
/// | line pitch: 22 lines a page (§5.2.3) | 10.21 | 579 |
/// | character pitch: 28 characters a line | 5.57 | 315.89 (grid); 314 as set |
enum PageGeometry {
    /// `mm` millimetres in twips, rounded to the nearest twip (halves away from zero).
    static func twips(mm: Double) -> Int {
        Int((mm * 1440 / 25.4).rounded(.toNearestOrAwayFromZero))
    }

    /// A4 width, 210 mm: 11906 twips.
    static let pageWidth = twips(mm: 210)
    /// A4 height, 297 mm: 16838 twips.
    static let pageHeight = twips(mm: 297)
    /// 天头 37 mm: 2098 twips.
    static let marginTop = twips(mm: 37)
    /// Bottom margin 35 mm (297 − 37 − 225): 1984 twips.
    static let marginBottom = twips(mm: 35)
    /// 订口 28 mm: 1587 twips.
    static let marginLeft = twips(mm: 28)
    /// Right margin 26 mm (210 − 28 − 156): 1474 twips.
    static let marginRight = twips(mm: 26)

    /// The 版心 width, page less both margins: 8845 twips (156.02 mm; 156 mm alone rounds to 8844).
    static let textWidth = pageWidth - marginLeft - marginRight
    /// The 版心 height: 12756 twips (225.0 mm).
    static let textHeight = pageHeight - marginTop - marginBottom

    /// Lines per page and characters per line of 3号 body text (§5.2.3).
    static let linesPerPage = 22
    /// See ``linesPerPage``.
    static let charactersPerLine = 28

    /// The exact line spacing and the grid's line pitch: ⌊12756 / 22⌋ = 579 twips (28.95 pt),
    /// rounded down so that 22 lines (12738 twips) fit in the 版心.
    static let linePitch = textHeight / linesPerPage

    /// `w:docGrid/@w:charSpace`: the grid's character pitch less the body font size (16 pt), in
    /// 1/4096 pt. The pitch is 8845 / 28 = 315.89 twips = 15.7946 pt, so the value is
    /// (15.7946 − 16) × 4096 = −841.1, rounded down to −842 so that 28 pitches
    /// (8844.9 twips) are not wider than the 版心: Word's page setup shows 每行28字, 每页22行.
    ///
    /// The paragraphs keep off that grid (`w:snapToGrid w:val="0"`, see ``characterSpacing``):
    /// LibreOffice (7.4) gives every character wider than the pitch two cells, which spreads
    /// 3号 text to 14 characters a line.
    static let charSpace: Int = {
        let pitchPoints = Double(textWidth) / Double(charactersPerLine) / 20
        let bodyPoints = Double(TypeSize.sanHao) / 2
        return Int(((pitchPoints - bodyPoints) * 4096).rounded(.down))
    }()

    /// The character spacing (`w:rPr/w:spacing`, twips) that sets 28 characters of 3号 on a
    /// line without the grid: −6 twips (−0.3 pt), so a character advances 320 − 6 = 314 twips,
    /// 28 take 8792 ≤ 8845 and 29 would take 9106 > 8845. −5 would do arithmetically
    /// (28 × 315 = 8820), but LibreOffice's rounding then breaks after 27; −6 gives 28 in both
    /// Word and LibreOffice, justification spreading the remaining 53 twips.
    static let characterSpacing = -6

    /// One 3号 character as set (16 pt + ``characterSpacing``): 314 twips, the unit of the
    /// indents written in twips beside their `…Chars` value (LibreOffice reads the twips).
    static let bodyCharacter = TypeSize.sanHao * 10 + characterSpacing

    /// One 4号 (14 pt) character, the page number's 空一字: 280 twips.
    static let footerCharacter = TypeSize.siHao * 10

    /// `w:pgMar/@w:footer`, page bottom to the footer's bottom edge: the page number's line
    /// (exactly 14 pt = 280 twips high) starts 7 mm below the 版心 (§7.5 一字线上距版心下边缘7mm),
    /// that is (35 − 7) mm = 1587 twips above the page edge, so its bottom is 1587 − 280 = 1307.
    static let footerDistance = twips(mm: 35 - 7) - footerCharacter

    /// `w:pgMar/@w:header`: there is no header; Word's usual 15 mm.
    static let headerDistance = twips(mm: 15)

    /// Space above the 发文机关标志: its upper edge 35 mm below the 版心's (§7.2.1), about;
    /// the font's ascent adds a little.
    static let issuerSpaceBefore = twips(mm: 35)

    /// The gap between the 发文字号 line and the red separator line, 4 mm (§7.2.4): 227 twips.
    static let separatorGap = twips(mm: 4)
}
