/// A `w:rPr` element: the character formatting used by the styles and the few direct runs,
/// written in the schema's element order (CT_RPr: rFonts, b, snapToGrid, color, spacing, sz,
/// lang).
struct RunProperties: Sendable, Equatable {
    /// The Chinese typeface (`w:eastAsia`); `nil` leaves it to the style.
    var eastAsia: FontName?
    /// The Latin typeface (`w:ascii`, `w:hAnsi`, `w:cs`); `nil` leaves it to the style.
    var latin: String?
    /// `w:hint="eastAsia"`: characters of ambiguous width (the em dash `—`) take the Chinese font.
    var eastAsiaHint = false
    /// `true` writes `w:b`, `false` `w:b w:val="0"`, `nil` nothing.
    var bold: Bool?
    /// `false` writes `w:snapToGrid w:val="0"`: the characters keep their own width instead of
    /// the document grid's character pitch.
    var snapToGrid: Bool?
    /// An RGB colour such as `"FF0000"`.
    var color: String?
    /// `w:spacing`: extra space after each character in twips (negative condenses).
    var characterSpacing: Int?
    /// The size in half-points (`w:sz` and `w:szCs`).
    var size: Int?
    /// `w:lang` with `w:eastAsia="zh-CN"`.
    var chineseLanguage = false

    /// The element, or `""` when nothing is set.
    var xml: String {
        var inner = ""
        if eastAsia != nil || latin != nil || eastAsiaHint {
            inner += "<w:rFonts"
            if let latin {
                inner += " w:ascii=\"\(latin)\" w:hAnsi=\"\(latin)\" w:cs=\"\(latin)\""
            }
            if let eastAsia { inner += " w:eastAsia=\"\(eastAsia.rawValue)\"" }
            if eastAsiaHint { inner += " w:hint=\"eastAsia\"" }
            inner += "/>"
        }
        if let bold { inner += bold ? "<w:b/><w:bCs/>" : "<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/>" }
        if let snapToGrid { inner += "<w:snapToGrid w:val=\"\(snapToGrid ? 1 : 0)\"/>" }
        if let color { inner += "<w:color w:val=\"\(color)\"/>" }
        if let characterSpacing { inner += "<w:spacing w:val=\"\(characterSpacing)\"/>" }
        if let size { inner += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" }
        if chineseLanguage { inner += "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>" }
        return inner.isEmpty ? "" : "<w:rPr>\(inner)</w:rPr>"
    }
}
