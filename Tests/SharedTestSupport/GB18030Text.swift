import Glibc

/// Test inputs in GB18030, the encoding township clerks' Excel exports arrive in.
public enum GB18030Text {
    /// `text` encoded as GB18030 through iconv (the reader decodes with the same library,
    /// but a wrong table would show as a mismatch against the hand-written fixtures).
    public static func encode(_ text: String) -> [UInt8] {
        let descriptor = iconv_open("GB18030", "UTF-8")!
        defer { iconv_close(descriptor) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 8)
        let produced = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                precondition(iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft) != -1)
                return outBuffer.count - outLeft
            }
        }
        return Array(output[..<produced])
    }
}
