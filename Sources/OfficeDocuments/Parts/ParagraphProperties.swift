/// A `w:pPr` element, written in the schema's element order (CT_PPrBase: pStyle, keepNext,
/// pBdr, tabs, snapToGrid, spacing, ind, jc, outlineLvl).
///
/// Indents are given in characters and written twice: as `w:…Chars` (hundredths of a
/// character, which Word prefers) and as twips at one 3号 character as set
/// (``PageGeometry/bodyCharacter``, 314 twips), which LibreOffice uses.
struct ParagraphProperties: Sendable, Equatable {
    /// How the lines of a paragraph are spaced.
    enum LineSpacing: Sendable, Equatable {
        /// `w:lineRule="exact"`, in twips.
        case exact(Int)
        /// `w:lineRule="auto"`, in 240ths of a line (240 = single).
        case auto(Int)
    }

    /// `w:jc` values used here.
    enum Alignment: String, Sendable {
        case left, center, right, both
    }

    /// A paragraph border below the text.
    struct BottomBorder: Sendable, Equatable {
        /// RGB colour.
        var color: String
        /// Width in eighths of a point.
        var size: Int
    }

    /// The paragraph style's `w:styleId`.
    var style: String?
    /// `w:keepNext`: stays on the page of the next paragraph (headings, captions).
    var keepNext = false
    /// `w:pBdr/w:bottom`.
    var bottomBorder: BottomBorder?
    /// Right-aligned tab stops, in twips from the left edge of the 版心.
    var rightTabs: [Int] = []
    /// `false` writes `w:snapToGrid w:val="0"`: lines keep their own spacing, off the line grid.
    var snapToGrid: Bool?
    /// Space before, in twips.
    var spaceBefore: Int?
    /// Space after, in twips.
    var spaceAfter: Int?
    /// Line spacing.
    var line: LineSpacing?
    /// Left indent in characters.
    var leftCharacters: Double?
    /// Right indent in characters.
    var rightCharacters: Double?
    /// First-line indent in characters.
    var firstLineCharacters: Double?
    /// Twips per character for the twips beside the `…Chars` values.
    var characterTwips = PageGeometry.bodyCharacter
    /// `w:jc`.
    var alignment: Alignment?
    /// `w:outlineLvl`, 0 for 一级标题 (the navigation pane and the PDF outline read it).
    var outlineLevel: Int?

    /// The element, or `""` when nothing is set.
    var xml: String {
        var inner = ""
        if let style { inner += "<w:pStyle w:val=\"\(style)\"/>" }
        if keepNext { inner += "<w:keepNext/>" }
        if let bottomBorder {
            inner += "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"\(bottomBorder.size)\" w:space=\"0\" "
                + "w:color=\"\(bottomBorder.color)\"/></w:pBdr>"
        }
        if !rightTabs.isEmpty {
            inner += "<w:tabs>" + rightTabs.map { "<w:tab w:val=\"right\" w:pos=\"\($0)\"/>" }.joined() + "</w:tabs>"
        }
        if let snapToGrid { inner += "<w:snapToGrid w:val=\"\(snapToGrid ? 1 : 0)\"/>" }
        inner += spacingXML
        inner += indentXML
        if let alignment { inner += "<w:jc w:val=\"\(alignment.rawValue)\"/>" }
        if let outlineLevel { inner += "<w:outlineLvl w:val=\"\(outlineLevel)\"/>" }
        return inner.isEmpty ? "" : "<w:pPr>\(inner)</w:pPr>"
    }

    private var spacingXML: String {
        guard spaceBefore != nil || spaceAfter != nil || line != nil else { return "" }
        var xml = "<w:spacing"
        if let spaceBefore { xml += " w:before=\"\(spaceBefore)\"" }
        if let spaceAfter { xml += " w:after=\"\(spaceAfter)\"" }
        switch line {
        case .exact(let twips): xml += " w:line=\"\(twips)\" w:lineRule=\"exact\""
        case .auto(let lines): xml += " w:line=\"\(lines)\" w:lineRule=\"auto\""
        case nil: break
        }
        return xml + "/>"
    }

    private var indentXML: String {
        let parts: [(String, Double?)] = [
            ("left", leftCharacters), ("right", rightCharacters), ("firstLine", firstLineCharacters),
        ]
        let set = parts.compactMap { name, value in value.map { (name, $0) } }
        guard !set.isEmpty else { return "" }
        var xml = "<w:ind"
        for (name, characters) in set {
            let hundredths = Int((characters * 100).rounded())
            let twips = Int((characters * Double(characterTwips)).rounded())
            xml += " w:\(name)Chars=\"\(hundredths)\" w:\(name)=\"\(twips)\""
        }
        return xml + "/>"
    }
}
