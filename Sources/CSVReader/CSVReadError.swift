/// A problem that stops a file from being read at all, with the place it was found.
///
/// Errors carry the file name, the 1-based physical line where the offending record
/// started (header = line 1) and, where there is one, a short snippet of the input,
/// in the manner of Yams' `Mark`. Row-level problems (a bad value, undecodable bytes
/// inside one record) are not errors of this type: the reader hands such records on,
/// flagged, so that the caller can reject them and keep reading.
public struct CSVReadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong, with the values the message needs.
    public enum Kind: Equatable, Sendable {
        /// The file could not be opened or read (missing, a directory, no permission).
        case cannotOpen(reason: String)
        /// A read error in the middle of the file.
        case io(reason: String)
        /// A byte-order mark of an encoding the tool does not read (UTF-16, UTF-32).
        case unsupportedEncoding(name: String)
        /// A quoted field whose closing quote never came before the end of the file.
        case unclosedQuote
        /// A field grew past the field cap; almost always a stray quote.
        case fieldTooLarge(limit: Int)
        /// A record grew past the record cap.
        case recordTooLarge(limit: Int)
        /// A record has more fields than the cap allows.
        case tooManyFields(limit: Int)
    }

    public let kind: Kind
    /// The file as the user named it.
    public let file: String
    /// 1-based physical line where the record in question starts, if known.
    public let line: Int?
    /// 1-based field number within the record, if known.
    public let column: Int?
    /// A few characters of the offending input, decoded leniently for display.
    public let snippet: String?

    public init(_ kind: Kind, file: String, line: Int? = nil, column: Int? = nil, snippet: String? = nil) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.snippet = snippet
    }

    /// The reason alone, in Chinese, for reports and logs.
    public var reason: String {
        switch kind {
        case .cannotOpen(let why): return "无法打开文件：\(why)"
        case .io(let why): return "读取失败：\(why)"
        case .unsupportedEncoding(let name): return "不支持的编码 \(name)，请另存为 UTF-8 或 GBK/GB18030"
        case .unclosedQuote: return "引号未闭合：该行开始的带引号字段直到文件末尾都没有结束"
        case .fieldTooLarge(let limit): return "字段超过 \(limit) 字节上限（多半是该行开始的引号未闭合）"
        case .recordTooLarge(let limit): return "记录超过 \(limit) 字节上限"
        case .tooManyFields(let limit): return "记录超过 \(limit) 列上限"
        }
    }

    /// `file:line:column: reason — «snippet»`, the form printed to the terminal.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        var text = "\(place): \(reason)"
        if let snippet, !snippet.isEmpty { text += " — «\(snippet)»" }
        return text
    }
}
