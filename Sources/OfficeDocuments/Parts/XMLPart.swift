/// What every XML part of the package starts with, and the namespaces they use.
enum XMLPart {
    /// The XML declaration, UTF-8, standalone, with a CRLF as Word and Excel write it.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
    /// WordprocessingML main namespace (prefix `w`).
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// SpreadsheetML main namespace (the default namespace of the .xlsx parts).
    static let spreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    /// Office document relationships namespace (prefix `r`).
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// Package relationships namespace, the root of `.rels` parts.
    static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    /// Relationship types used by the package.
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
}
