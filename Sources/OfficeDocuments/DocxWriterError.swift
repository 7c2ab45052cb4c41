/// Why ``DocxWriter/render(_:)`` could not write a notice.
public enum DocxWriterError: Error, Equatable, CustomStringConvertible {
    /// A table has no columns (WordprocessingML has no empty table); its caption, if any.
    case tableWithoutColumns(caption: String?)
    /// The package could not be zipped.
    case packaging(String)

    /// A sentence for the operator.
    public var description: String {
        switch self {
        case .tableWithoutColumns(let caption):
            return "通报表格没有列：\(caption ?? "（无表题）")"
        case .packaging(let reason):
            return "无法生成 .docx 压缩包：\(reason)"
        }
    }
}
