/// The typefaces of GB/T 9704-2012 as Word names them, and their fallbacks.
///
/// Word uses the named font when it is installed; otherwise the font table's `w:altName`
/// (the name Windows ships, e.g. 仿宋 for 仿宋_GB2312). LibreOffice asks fontconfig, which
/// substitutes an installed CJK font; `scripts/render-fonts.conf` names the substitutes used for
/// the tests and screenshots (Noto Serif CJK SC for 仿宋, 宋体 and 小标宋, Noto Sans CJK SC for
/// 黑体, AR PL KaitiM GB for 楷体).
/// Latin letters and digits use Times New Roman (`w:ascii`, `w:hAnsi`), except in the 发文机关标志
/// and title (小标宋 throughout) and the page numbers (宋体).
enum FontName: String, CaseIterable {
    /// 仿宋: body, 主送机关, 发文字号, 署名, 日期, tables.
    case fangSong = "仿宋_GB2312"
    /// 黑体: 一级标题, table captions.
    case heiTi = "黑体"
    /// 楷体: 二级标题, the 签发人's name.
    case kaiTi = "楷体_GB2312"
    /// 小标宋: 发文机关标志, title.
    case xiaoBiaoSong = "方正小标宋简体"
    /// 宋体: page numbers (§7.5 半角宋体阿拉伯数字).
    case songTi = "宋体"

    /// The Latin font beside the Chinese ones.
    static let latin = "Times New Roman"

    /// The name Word tries when this one is missing (`w:altName` in fontTable.xml).
    var alternative: String {
        switch self {
        case .fangSong: return "仿宋"
        case .heiTi: return "SimHei"
        case .kaiTi: return "楷体"
        case .xiaoBiaoSong: return "宋体"
        case .songTi: return "SimSun"
        }
    }
}
