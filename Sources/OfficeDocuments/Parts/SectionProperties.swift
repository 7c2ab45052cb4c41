/// The body's `w:sectPr`: page, margins, footers and document grid (values in ``PageGeometry``).
///
/// ```xml
/// <w:pgSz w:w="11906" w:h="16838"/>
/// <w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="850" w:footer="1307" w:gutter="0"/>
/// <w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"/>
/// ```
///
/// With `w:evenAndOddHeaders` in settings.xml, the `default` footer (footer1.xml) serves odd
/// pages and the `even` one (footer2.xml) even pages.
enum SectionProperties {
    /// The relationship id of the odd-page footer in document.xml.rels.
    static let oddFooterID = "rIdFooterOdd"
    /// The relationship id of the even-page footer.
    static let evenFooterID = "rIdFooterEven"

    /// The element.
    static var xml: String {
        "<w:sectPr>"
            + "<w:footerReference w:type=\"default\" r:id=\"\(oddFooterID)\"/>"
            + "<w:footerReference w:type=\"even\" r:id=\"\(evenFooterID)\"/>"
            + "<w:pgSz w:w=\"\(PageGeometry.pageWidth)\" w:h=\"\(PageGeometry.pageHeight)\"/>"
            + "<w:pgMar w:top=\"\(PageGeometry.marginTop)\" w:right=\"\(PageGeometry.marginRight)\""
            + " w:bottom=\"\(PageGeometry.marginBottom)\" w:left=\"\(PageGeometry.marginLeft)\""
            + " w:header=\"\(PageGeometry.headerDistance)\" w:footer=\"\(PageGeometry.footerDistance)\" w:gutter=\"0\"/>"
            + "<w:pgNumType w:fmt=\"decimal\"/>"
            + "<w:cols w:space=\"720\"/>"
            + "<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"\(PageGeometry.linePitch)\""
            + " w:charSpace=\"\(PageGeometry.charSpace)\"/>"
            + "</w:sectPr>"
    }
}
