import Glibc

/// The encodings the office's exports arrive in (SPEC §2): what a rewrite keeps or changes.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case gb18030 = "GB18030"

    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The encoding of `bytes`, as the reader decides it: a BOM, else strict UTF-8, else GB18030.
    public static func detect(_ bytes: [UInt8]) -> TextEncoding {
        if bytes.starts(with: bom) { return .utf8WithBOM }
        return isValidUTF8(bytes[...]) ? .utf8 : .gb18030
    }

    var isUTF8: Bool { self != .gb18030 }

    /// The other family: GB18030 for UTF-8 sources, UTF-8 with BOM for GB18030 ones.
    var other: TextEncoding { isUTF8 ? .gb18030 : .utf8WithBOM }

    /// What the file starts with.
    var prefix: [UInt8] { self == .utf8WithBOM ? Self.bom : [] }

    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        if bytes.allSatisfy({ $0 < 0x80 }) { return true }
        var iterator = bytes.makeIterator()
        var codec = UTF8()
        while true {
            switch codec.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}

/// One iconv conversion, reset before every call (the exports' encodings are stateless).
/// One iconv conversion (e.g. UTF-8 to GB18030), reused for many strings; also what test
/// fixtures use to write GB18030 text.
public final class Transcoder {
    private let descriptor: iconv_t

    public init(from: String, to: String) {
        guard let descriptor = iconv_open(to, from), descriptor != iconv_t(bitPattern: -1) else {
            fatalError("iconv cannot convert \(from) to \(to)")
        }
        self.descriptor = descriptor
    }

    deinit { iconv_close(descriptor) }

    /// `bytes` converted, or nil when they are not valid in the source encoding.
    public func convert(_ bytes: [UInt8]) -> [UInt8]? {
        if bytes.allSatisfy({ $0 < 0x80 }) { return bytes }
        _ = iconv(descriptor, nil, nil, nil, nil)
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                guard iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0,
                      iconv(descriptor, nil, nil, &outPointer, &outLeft) != -1 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        return produced.map { Array(output[..<$0]) }
    }

}

/// The conversions of one rewrite (an iconv descriptor is not to be shared between threads,
/// and tests rewrite in parallel).
final class Codecs {
    private(set) lazy var fromGB18030 = Transcoder(from: "GB18030", to: "UTF-8")
    private(set) lazy var toGB18030 = Transcoder(from: "UTF-8", to: "GB18030")
}
