/// The text encoding a file was read in, as detected by the reader.
///
/// Detection order (SPEC §2): a UTF-8 byte-order mark, then strict UTF-8, then
/// GB18030 (which includes GBK and GB2312, what Excel and WPS write on Chinese
/// Windows). A file of plain ASCII is reported as UTF-8.
public enum SourceEncoding: String, Sendable, Equatable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8-BOM"
    case gb18030 = "GB18030"
}
