import ExportDialects
import Glibc

/// Test inputs in GB18030, the encoding township clerks' Excel exports arrive in.
public enum GB18030Text {
    /// `text` encoded as GB18030 through iconv (the reader decodes with the same library,
    /// but a wrong table would show as a mismatch against the hand-written fixtures).
    public static func encode(_ text: String) -> [UInt8] {
        guard let bytes = Transcoder(from: "UTF-8", to: "GB18030").convert(Array(text.utf8)) else {
            preconditionFailure("iconv could not encode the fixture text as GB18030")
        }
        return bytes
    }
}
