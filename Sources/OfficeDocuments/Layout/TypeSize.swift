/// The Chinese type sizes (字号) used by GB/T 9704-2012, in half-points (`w:sz`).
enum TypeSize {
    /// 初号, 42 pt.
    static let chuHao = 84
    /// 小初, 36 pt.
    static let xiaoChu = 72
    /// 一号, 26 pt.
    static let yiHao = 52
    /// 小一, 24 pt.
    static let xiaoYi = 48
    /// 二号, 22 pt: the title (§7.3.1).
    static let erHao = 44
    /// 三号, 16 pt: body, headings, 主送机关, 署名, 日期 (§5.2.3, §7.3).
    static let sanHao = 32
    /// 四号, 14 pt: page numbers (§7.5) and table cells (one size below the body).
    static let siHao = 28

    /// The 发文机关标志's size: the largest of 初号, 小初, 一号, 小一 and 二号 at which `text`
    /// fits on one line of the 版心 (§7.2.1 leaves the size to the issuer, 醒目、美观、庄重);
    /// 二号 when even that is too wide (the line then wraps). "博山区人民政府办公室文件",
    /// 12 characters, gets 小初: 12 × 36 pt = 432 pt ≤ 442.25 pt.
    static func issuer(fitting text: String) -> Int {
        let width = TextWidth.characters(text)
        let available = Double(PageGeometry.textWidth) / 20
        for size in [chuHao, xiaoChu, yiHao, xiaoYi] where width * Double(size) / 2 <= available {
            return size
        }
        return erHao
    }
}
