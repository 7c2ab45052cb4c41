/// `word/settings.xml`, children in the schema's order (CT_Settings).
///
/// `w:evenAndOddHeaders` gives odd and even pages their own footers (GB/T 9704-2012 §7.5);
/// `w:characterSpacingControl="doNotCompress"` keeps full-width punctuation one character wide,
/// so lines hold the grid's 28 characters; compatibility mode 15 is Word 2013 and later.
/// No `w:rsids`: they are random and would make reruns differ.
enum SettingsPart {
    /// The part.
    static let xml = XMLPart.declaration
        + "<w:settings xmlns:w=\"\(XMLPart.wordNamespace)\">"
        + "<w:zoom w:percent=\"100\"/>"
        + "<w:defaultTabStop w:val=\"420\"/>"
        + "<w:evenAndOddHeaders/>"
        + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\""
        + " w:val=\"15\"/></w:compat>"
        + "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>"
        + "<w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/>"
        + "</w:settings>"
}
