/// The package's plumbing parts: content types, relationships, font table and properties
/// (the relationships to the main part and the properties are shared with the .xlsx).
enum PackageParts {
    /// `[Content_Types].xml` of the .docx.
    static let contentTypes = XMLPart.declaration
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + override("/word/document.xml", "wordprocessingml.document.main+xml")
        + override("/word/styles.xml", "wordprocessingml.styles+xml")
        + override("/word/settings.xml", "wordprocessingml.settings+xml")
        + override("/word/fontTable.xml", "wordprocessingml.fontTable+xml")
        + override("/word/footer1.xml", "wordprocessingml.footer+xml")
        + override("/word/footer2.xml", "wordprocessingml.footer+xml")
        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + override("/docProps/app.xml", "extended-properties+xml")
        + "</Types>"

    static func override(_ part: String, _ type: String) -> String {
        "<Override PartName=\"\(part)\" ContentType=\"application/vnd.openxmlformats-officedocument.\(type)\"/>"
    }

    /// `_rels/.rels`: the main part (`word/document.xml`, `xl/workbook.xml`) and the two
    /// property parts.
    static func packageRelationships(mainPart: String) -> String {
        XMLPart.declaration
            + "<Relationships xmlns=\"\(XMLPart.packageRelationshipsNamespace)\">"
            + "<Relationship Id=\"rId1\" Type=\"\(XMLPart.relationshipType)officeDocument\" Target=\"\(mainPart)\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\""
            + " Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"\(XMLPart.relationshipType)extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>"
    }

    /// `word/_rels/document.xml.rels`: styles, settings, font table and the two footers.
    static let documentRelationships = XMLPart.declaration
        + "<Relationships xmlns=\"\(XMLPart.packageRelationshipsNamespace)\">"
        + relationship("rIdStyles", "styles", "styles.xml")
        + relationship("rIdSettings", "settings", "settings.xml")
        + relationship("rIdFontTable", "fontTable", "fontTable.xml")
        + relationship(SectionProperties.oddFooterID, "footer", "footer1.xml")
        + relationship(SectionProperties.evenFooterID, "footer", "footer2.xml")
        + "</Relationships>"

    private static func relationship(_ id: String, _ type: String, _ target: String) -> String {
        "<Relationship Id=\"\(id)\" Type=\"\(XMLPart.relationshipType)\(type)\" Target=\"\(target)\"/>"
    }

    /// `word/fontTable.xml`: each Chinese font with its `w:altName` (the name Windows ships) and
    /// the GB2312 character set (`86`), so Word falls back sensibly where the font is missing.
    static let fontTable = XMLPart.declaration
        + "<w:fonts xmlns:w=\"\(XMLPart.wordNamespace)\">"
        + FontName.allCases.map {
            "<w:font w:name=\"\($0.rawValue)\"><w:altName w:val=\"\($0.alternative)\"/><w:charset w:val=\"86\"/></w:font>"
        }.joined()
        + "<w:font w:name=\"\(FontName.latin)\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/>"
        + "<w:pitch w:val=\"variable\"/></w:font>"
        + "</w:fonts>"

    /// `docProps/core.xml`: the title (when given) and a fixed creator; no dates, so reruns
    /// are byte-identical.
    static func coreProperties(title: String?) -> String {
        XMLPart.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + (title.map { "<dc:title>\(XMLEscaping.escape($0))</dc:title>" } ?? "")
            + "<dc:creator>township-reports</dc:creator>"
            + "<dc:language>zh-CN</dc:language>"
            + "</cp:coreProperties>"
    }

    /// `docProps/app.xml`: the application name only (no page or word counts, which Word
    /// recomputes).
    static let appProperties = XMLPart.declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>township-reports</Application>"
        + "</Properties>"
}
