/// One block of a notice's 正文, in reading order.
///
/// GB/T 9704-2012 §7.3.3: 结构层次序数 "一、" "（一）" "1." "（1）"; the first level in 黑体, the
/// second in 楷体, the third and fourth in 仿宋. The caller writes the numbers into the text.
public enum NoticeBlock: Sendable, Equatable {
    /// 一级标题 "一、…": 黑体 3号, first-line indent two characters (style `Heading1`).
    case heading1(String)
    /// 二级标题 "（一）…": 楷体_GB2312 3号, first-line indent two characters (style `Heading2`).
    case heading2(String)
    /// 正文段落: 仿宋_GB2312 3号, first-line indent two characters, justified (style `BodyText`).
    case paragraph(String)
    /// A table across the full 版心 width, with an optional caption above it.
    case table(NoticeTable)
}
