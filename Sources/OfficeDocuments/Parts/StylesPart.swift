/// `word/styles.xml`: every paragraph of a notice takes its look from one of these styles.
///
/// | style | font | size | paragraph |
/// | --- | --- | --- | --- |
/// | Normal | 仿宋_GB2312 / Times New Roman, spacing −0.3 pt | 三号 16 pt | exactly 579 twips, justified, off the grid |
/// | BodyText | (Normal) | 三号 | first line indented 2 characters |
/// | Issuer | 方正小标宋简体 (digits too), red FF0000 | 初号…二号, fitted | centred, 35 mm above |
/// | DocumentNumber | (Normal) | 三号 | centred |
/// | SeparatorLine | — | — | exactly 4 mm, red bottom border 1.5 pt |
/// | Title | 方正小标宋简体 (digits too) | 二号 22 pt | centred |
/// | Heading1 | 黑体 | 三号 | indented 2 characters, outline level 1 |
/// | Heading2 | 楷体_GB2312 | 三号 | indented 2 characters, outline level 2 |
/// | TableCaption | 黑体 | 三号 | centred |
/// | TableText | (Normal), spacing 0 | 四号 14 pt | single spacing, centred |
/// | Footer | 宋体 (Chinese and Latin) | 四号 14 pt | exactly 14 pt |
///
/// Every style is based on Normal, which keeps paragraphs off the document grid and sets
/// 28 characters a line by character spacing instead (``PageGeometry/characterSpacing``).
enum StylesPart {
    /// The red of the 版头 (发文机关标志 and separator line).
    static let red = "FF0000"

    /// The styles, the 发文机关标志 at `issuerSize` half-points.
    static func definitions(issuerSize: Int) -> [StyleDefinition] {
        let off = false
        return [
            StyleDefinition(
                id: StyleID.normal, name: "Normal", basedOn: nil,
                paragraph: ParagraphProperties(snapToGrid: off, spaceBefore: 0, spaceAfter: 0,
                                               line: .exact(PageGeometry.linePitch), alignment: .both),
                run: RunProperties(eastAsia: .fangSong, latin: FontName.latin, bold: false, snapToGrid: off,
                                   characterSpacing: PageGeometry.characterSpacing,
                                   size: TypeSize.sanHao, chineseLanguage: true)),
            StyleDefinition(
                id: StyleID.bodyText, name: "Body Text", next: StyleID.bodyText,
                paragraph: ParagraphProperties(firstLineCharacters: 2)),
            StyleDefinition(
                id: StyleID.issuer, name: "发文机关标志", next: StyleID.normal,
                paragraph: ParagraphProperties(spaceBefore: PageGeometry.issuerSpaceBefore,
                                               line: .auto(240), alignment: .center),
                run: RunProperties(eastAsia: .xiaoBiaoSong, latin: FontName.xiaoBiaoSong.rawValue,
                                   color: red, characterSpacing: 0, size: issuerSize)),
            StyleDefinition(
                id: StyleID.documentNumber, name: "发文字号", next: StyleID.normal,
                paragraph: ParagraphProperties(alignment: .center)),
            StyleDefinition(
                id: StyleID.separatorLine, name: "版头分隔线", next: StyleID.normal,
                paragraph: ParagraphProperties(bottomBorder: .init(color: red, size: 12),
                                               line: .exact(PageGeometry.separatorGap))),
            StyleDefinition(
                id: StyleID.title, name: "Title", next: StyleID.normal,
                paragraph: ParagraphProperties(keepNext: true, alignment: .center),
                run: RunProperties(eastAsia: .xiaoBiaoSong, latin: FontName.xiaoBiaoSong.rawValue,
                                   characterSpacing: 0, size: TypeSize.erHao)),
            StyleDefinition(
                id: StyleID.heading1, name: "heading 1", next: StyleID.bodyText,
                paragraph: ParagraphProperties(keepNext: true, firstLineCharacters: 2, outlineLevel: 0),
                run: RunProperties(eastAsia: .heiTi)),
            StyleDefinition(
                id: StyleID.heading2, name: "heading 2", next: StyleID.bodyText,
                paragraph: ParagraphProperties(keepNext: true, firstLineCharacters: 2, outlineLevel: 1),
                run: RunProperties(eastAsia: .kaiTi)),
            StyleDefinition(
                id: StyleID.tableCaption, name: "表题", next: StyleID.normal,
                paragraph: ParagraphProperties(keepNext: true, alignment: .center),
                run: RunProperties(eastAsia: .heiTi)),
            StyleDefinition(
                id: StyleID.tableText, name: "表格文字",
                paragraph: ParagraphProperties(line: .auto(240), alignment: .center),
                run: RunProperties(characterSpacing: 0, size: TypeSize.siHao)),
            StyleDefinition(
                id: StyleID.footer, name: "footer",
                paragraph: ParagraphProperties(line: .exact(TypeSize.siHao * 10)),
                run: RunProperties(eastAsia: .songTi, latin: FontName.songTi.rawValue, characterSpacing: 0,
                                   size: TypeSize.siHao)),
        ]
    }

    /// The part for a notice whose 发文机关标志 is `issuerSize` half-points.
    static func xml(issuerSize: Int) -> String {
        let defaults = RunProperties(eastAsia: .fangSong, latin: FontName.latin,
                                     size: TypeSize.sanHao, chineseLanguage: true)
        return XMLPart.declaration
            + "<w:styles xmlns:w=\"\(XMLPart.wordNamespace)\">"
            + "<w:docDefaults><w:rPrDefault>\(defaults.xml)</w:rPrDefault><w:pPrDefault/></w:docDefaults>"
            + definitions(issuerSize: issuerSize).map(\.xml).joined()
            + "</w:styles>"
    }
}
