import Glibc

/// Converts GB18030 (and so GBK and GB2312) bytes to UTF-8 with Glibc's iconv.
///
/// Owns one `iconv_t` and closes it in `deinit`. Undecodable bytes are not silently
/// replaced: each one is recorded at its offset in the output (where U+FFFD is
/// written so the record stays printable) and the caller rejects the record.
final class GB18030Converter {
    private let descriptor: iconv_t

    init() throws(CSVReadError) {
        let cd = iconv_open("UTF-8", "GB18030")
        guard let cd, Int(bitPattern: cd) != -1 else {
            throw CSVReadError(.unsupportedEncoding(name: "GB18030 (iconv 不可用)"), file: "")
        }
        descriptor = cd
    }

    deinit { iconv_close(descriptor) }

    struct Result {
        var consumed = 0
        var produced = 0
        var invalidOffsets: [Int] = []
        /// Input offset of the first undecodable byte, if any.
        var firstInvalidInput: Int?
    }

    /// Converts `count` bytes at `input` into `output` (capacity at least `3 * count + 8`:
    /// an undecodable byte becomes the 3-byte U+FFFD, and no valid GB18030 sequence grows
    /// by more than half). A sequence cut off at the end of a non-final buffer is left
    /// unconsumed for the next call.
    func convert(_ input: UnsafePointer<UInt8>, count: Int, isFinal: Bool,
                 into output: UnsafeMutablePointer<UInt8>, capacity: Int) -> Result {
        var result = Result()
        var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: input)
            .assumingMemoryBound(to: CChar.self)
        var inLeft = count
        var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(output)
            .assumingMemoryBound(to: CChar.self)
        var outLeft = capacity
        while inLeft > 0 {
            let r = iconv(descriptor, &inPtr, &inLeft, &outPtr, &outLeft)
            if r != -1 { break }
            let code = errno
            let written = capacity - outLeft
            if code == EINVAL && !isFinal {
                break  // incomplete sequence at the end: carry it over
            }
            if code == EILSEQ || code == EINVAL {
                result.invalidOffsets.append(written)
                if result.firstInvalidInput == nil { result.firstInvalidInput = count - inLeft }
                // Write U+FFFD and skip one input byte.
                if outLeft >= 3 {
                    outPtr![0] = CChar(bitPattern: 0xEF)
                    outPtr![1] = CChar(bitPattern: 0xBF)
                    outPtr![2] = CChar(bitPattern: 0xBD)
                    outPtr = outPtr! + 3
                    outLeft -= 3
                }
                inPtr = inPtr! + 1
                inLeft -= 1
                // Reset the shift state after an error.
                iconv(descriptor, nil, nil, nil, nil)
                continue
            }
            // E2BIG cannot happen with the capacity the caller guarantees; stop safely.
            break
        }
        result.consumed = count - inLeft
        result.produced = capacity - outLeft
        return result
    }
}
