/// One paragraph style of styles.xml.
struct StyleDefinition: Sendable {
    /// `w:styleId`, one of ``StyleID``.
    var id: String
    /// `w:name`: Word's built-in names ("Normal", "heading 1", "Title", "footer", "Body Text")
    /// where one fits, so Word's outline and the PDF bookmarks work; Chinese names otherwise.
    var name: String
    /// `w:basedOn`.
    var basedOn: String? = StyleID.normal
    /// `w:next`: the style Word gives the paragraph typed after this one.
    var next: String?
    /// `w:pPr`.
    var paragraph = ParagraphProperties()
    /// `w:rPr`.
    var run = RunProperties()

    /// The `w:style` element (Normal is the default paragraph style).
    var xml: String {
        var xml = "<w:style w:type=\"paragraph\""
        if id == StyleID.normal { xml += " w:default=\"1\"" }
        xml += " w:styleId=\"\(id)\"><w:name w:val=\"\(XMLEscaping.escape(name))\"/>"
        if let basedOn, basedOn != id { xml += "<w:basedOn w:val=\"\(basedOn)\"/>" }
        if let next { xml += "<w:next w:val=\"\(next)\"/>" }
        xml += "<w:qFormat/>"
        xml += paragraph.xml + run.xml
        return xml + "</w:style>"
    }
}
