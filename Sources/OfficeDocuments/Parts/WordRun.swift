/// Builders for runs and paragraphs of user text.
enum WordRun {
    /// A `w:r` of `text`, escaped, with its spaces kept (`xml:space="preserve"`): a tab becomes
    /// `w:tab`, a line break (LF, CR or CRLF) `w:br`; `""` gives no run at all.
    ///
    /// Every run carries `w:hint="eastAsia"`: Word then sets characters of ambiguous width —
    /// quotes “ ” ‘ ’, the dash —, the ellipsis … — in the Chinese font, full-width, as Chinese
    /// documents expect, instead of in Times New Roman.
    static func text(_ text: String, _ properties: RunProperties = RunProperties()) -> String {
        guard !text.isEmpty else { return "" }
        var properties = properties
        properties.eastAsiaHint = true
        var content = ""
        var pending = ""
        func flush() {
            if !pending.isEmpty {
                content += "<w:t xml:space=\"preserve\">\(XMLEscaping.escape(pending))</w:t>"
                pending = ""
            }
        }
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t":
                flush()
                content += "<w:tab/>"
            case "\r":
                flush()
                content += "<w:br/>"
            case "\n":
                flush()
                if !previousWasCR { content += "<w:br/>" }
            default:
                pending.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        flush()
        return "<w:r>\(properties.xml)\(content)</w:r>"
    }

    /// A `w:tab` run, moving to the next tab stop.
    static let tab = "<w:r><w:tab/></w:r>"

    /// A `w:p` with these properties and runs (an empty paragraph when `runs` is `""`).
    static func paragraph(_ properties: ParagraphProperties, _ runs: String = "") -> String {
        "<w:p>\(properties.xml)\(runs)</w:p>"
    }

    /// An empty paragraph of the given style: one blank line (空一行) at its line spacing.
    static func blankLine(style: String = StyleID.normal) -> String {
        paragraph(ParagraphProperties(style: style))
    }
}
