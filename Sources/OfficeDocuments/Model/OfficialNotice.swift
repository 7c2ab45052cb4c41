/// A ranking notice (通报) draft in the layout of GB/T 9704-2012 (党政机关公文格式).
///
/// Every text is the caller's, written as given (XML-escaped): placeholders such as
/// `"博政办字〔    〕    号"` keep their spaces. ``DocxWriter/render(_:)`` lays it out:
///
/// 1. 版头: ``issuer`` (发文机关标志) in red 小标宋, two blank lines, ``documentNumber`` (发文字号,
///    with ``signer`` on the same line when given), the red separator line 4 mm below it;
/// 2. 主体: two blank lines, ``title``, one blank line, ``recipients`` flush left, ``body``;
/// 3. ``signature`` (发文机关署名) and ``date`` (成文日期) at the end, right-aligned for the seal.
public struct OfficialNotice: Sendable, Equatable {
    /// 发文机关标志, e.g. `"博山区人民政府办公室文件"`: red (#FF0000), centred, 小标宋.
    public var issuer: String
    /// 发文字号 placeholder, e.g. `"博政办字〔    〕    号"`.
    public var documentNumber: String
    /// 签发人 placeholder, e.g. `"签发人：        "`; `""` omits it (the 发文字号 is then centred).
    /// The part after the first `：` (the name) is set in 楷体, the label in 仿宋.
    public var signer: String
    /// 标题: 2号 (22 pt) 小标宋, centred, one or more lines. A line break (`"\n"`) turns the line
    /// where the words allow (§7.3.1 回行时要做到词意完整); otherwise it wraps at the 版心's edge.
    public var title: String
    /// 主送机关, e.g. `"各镇人民政府、街道办事处，区政府有关部门："`: flush left, no indent.
    public var recipients: String
    /// 正文: headings, paragraphs and tables in order.
    public var body: [NoticeBlock]
    /// 发文机关署名, centred over the date.
    public var signature: String
    /// 成文日期 placeholder in Arabic numerals, e.g. `"2019年  月  日"`: 右空四字.
    public var date: String

    /// A notice with these parts; see the properties for what each one is.
    public init(issuer: String, documentNumber: String, signer: String, title: String, recipients: String,
                body: [NoticeBlock], signature: String, date: String) {
        self.issuer = issuer
        self.documentNumber = documentNumber
        self.signer = signer
        self.title = title
        self.recipients = recipients
        self.body = body
        self.signature = signature
        self.date = date
    }
}
