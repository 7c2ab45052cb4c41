/// Writes an ``OfficialNotice`` as a Word document (.docx, WordprocessingML written by hand)
/// in the layout of GB/T 9704-2012 (党政机关公文格式).
///
/// The package holds, in this order: `[Content_Types].xml`, `_rels/.rels`,
/// `word/document.xml`, `word/_rels/document.xml.rels`, `word/styles.xml`,
/// `word/settings.xml`, `word/fontTable.xml`, `word/footer1.xml` (odd pages),
/// `word/footer2.xml` (even pages), `docProps/core.xml`, `docProps/app.xml`.
///
/// ```swift
/// let bytes = try DocxWriter.render(notice)
/// try Data(bytes).write(to: folder.appendingPathComponent("通报.docx"))
/// ```
public enum DocxWriter {
    /// The part names of the package, in the order they are zipped.
    public static let partNames = [
        "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
        "word/styles.xml", "word/settings.xml", "word/fontTable.xml", "word/footer1.xml",
        "word/footer2.xml", "docProps/core.xml", "docProps/app.xml",
    ]

    /// The .docx bytes; the same notice always gives the same bytes (fixed zip timestamps,
    /// fixed part order, no random ids).
    ///
    /// - Throws: ``DocxWriterError/tableWithoutColumns(caption:)`` for a table with no columns,
    ///   ``DocxWriterError/packaging(_:)`` when zipping fails.
    public static func render(_ notice: OfficialNotice) throws -> [UInt8] {
        let parts = try parts(notice).map { (path: $0.path, bytes: Array($0.xml.utf8)) }
        do {
            return try ZipPackage.zip(parts)
        } catch {
            throw DocxWriterError.packaging(error.description)
        }
    }

    /// Every part's path and XML text, in ``partNames`` order.
    static func parts(_ notice: OfficialNotice) throws -> [(path: String, xml: String)] {
        let texts = [
            PackageParts.contentTypes,
            PackageParts.packageRelationships(mainPart: "word/document.xml"),
            try DocumentPart(notice: notice).xml(),
            PackageParts.documentRelationships,
            StylesPart.xml(issuerSize: TypeSize.issuer(fitting: notice.issuer)),
            SettingsPart.xml,
            PackageParts.fontTable,
            FooterPart.xml(.odd),
            FooterPart.xml(.even),
            PackageParts.coreProperties(title: notice.title),
            PackageParts.appProperties,
        ]
        return Array(zip(partNames, texts)).map { (path: $0.0, xml: $0.1) }
    }
}
