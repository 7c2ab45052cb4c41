/// `xl/styles.xml`: two fonts (regular and bold 宋体 11 pt), the six number formats and one
/// cell style (`cellXfs` entry) per column format, plus the bold header's.
///
/// | `s` | use            | numFmtId | format code           |
/// |-----|----------------|----------|-----------------------|
/// | 0   | default        | 0        | General               |
/// | 1   | header (bold)  | 49       | `@`                   |
/// | 2   | text           | 49       | `@`                   |
/// | 3   | integer        | 164      | `0`                   |
/// | 4   | tons           | 165      | `0.000`               |
/// | 5   | yuan           | 166      | `0.00`                |
/// | 6   | rate           | 167      | `0.0`                 |
/// | 7   | date           | 168      | `yyyy-mm-dd`          |
/// | 8   | dateTime       | 169      | `yyyy-mm-dd hh:mm:ss` |
///
/// The number formats are written out as custom formats (ids 164 and up) even where Excel
/// has a built-in one, so every reader sees the same codes.
enum WorkbookStyles {
    /// The bold header row's style.
    static let header = 1

    /// The cell style of a column format (also the column's default style).
    static func style(_ format: WorkbookColumnFormat) -> Int {
        switch format {
        case .text: 2
        case .integer: 3
        case .tons: 4
        case .yuan: 5
        case .rate: 6
        case .date: 7
        case .dateTime: 8
        }
    }

    /// Excel's built-in text format, `@`.
    static let textFormatID = 49

    /// The custom number formats, id and code, in style order 3…8.
    static let numberFormats: [(id: Int, code: String)] = [
        (164, "0"), (165, "0.000"), (166, "0.00"), (167, "0.0"), (168, "yyyy-mm-dd"), (169, "yyyy-mm-dd hh:mm:ss"),
    ]

    /// The part's XML.
    static let xml: String = {
        let font = "<sz val=\"11\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/>"
        var cellFormats = [
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
            xf(numberFormat: textFormatID, font: 1),
            xf(numberFormat: textFormatID, font: 0),
        ]
        cellFormats += numberFormats.map { xf(numberFormat: $0.id, font: 0) }
        return XMLPart.declaration
            + "<styleSheet xmlns=\"\(XMLPart.spreadsheetNamespace)\">"
            + "<numFmts count=\"\(numberFormats.count)\">"
            + numberFormats.map { "<numFmt numFmtId=\"\($0.id)\" formatCode=\"\($0.code)\"/>" }.joined()
            + "</numFmts>"
            + "<fonts count=\"2\"><font>\(font)</font><font><b/>\(font)</font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(cellFormats.count)\">" + cellFormats.joined() + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "<dxfs count=\"0\"/><tableStyles count=\"0\"/>"
            + "</styleSheet>"
    }()

    private static func xf(numberFormat: Int, font: Int) -> String {
        "<xf numFmtId=\"\(numberFormat)\" fontId=\"\(font)\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
            + " applyNumberFormat=\"1\"\(font == 0 ? "" : " applyFont=\"1\"")/>"
    }
}
