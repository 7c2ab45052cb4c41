/// The `w:styleId`s of styles.xml, one per kind of paragraph of a notice.
enum StyleID {
    /// Default paragraph style: 仿宋_GB2312 3号, exactly 579 twips a line, justified, no indent;
    /// the 主送机关, blank lines, 署名 and 日期 use it.
    static let normal = "Normal"
    /// 正文: Normal with a first-line indent of two characters.
    static let bodyText = "BodyText"
    /// 发文机关标志: red 小标宋, centred.
    static let issuer = "Issuer"
    /// 发文字号 (and 签发人).
    static let documentNumber = "DocumentNumber"
    /// The empty paragraph whose bottom border is the red separator line.
    static let separatorLine = "SeparatorLine"
    /// 标题: 2号 小标宋, centred.
    static let title = "Title"
    /// 一级标题: 黑体 3号.
    static let heading1 = "Heading1"
    /// 二级标题: 楷体_GB2312 3号.
    static let heading2 = "Heading2"
    /// 表题: 黑体 3号, centred.
    static let tableCaption = "TableCaption"
    /// Table cells: 仿宋_GB2312 4号.
    static let tableText = "TableText"
    /// Page numbers: 宋体 4号.
    static let footer = "Footer"
}
