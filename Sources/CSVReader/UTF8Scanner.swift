internal import CUTF8Blocks

/// Strict UTF-8 validation over a byte buffer, as used by the encoding detector and
/// by the reader for files decided to be UTF-8.
///
/// Follows Table 3-7 of the Unicode Standard: no overlong forms, no surrogates,
/// nothing above U+10FFFF. An invalid byte is recorded and skipped, so that every
/// bad place in a chunk is found in one pass.
enum UTF8Scanner {
    struct Result {
        /// Bytes examined; a truncated sequence at the end of a non-final buffer is
        /// not consumed, so that the caller can carry it into the next chunk.
        var consumed = 0
        /// Well-formed sequences of two to four bytes.
        var multibyteSequences = 0
        /// Offsets (relative to the buffer start) where an invalid sequence begins.
        var invalidOffsets: [Int] = []
    }

    /// Offset of the first byte ≥ 0x80, or `count` if the buffer is ASCII.
    static func firstNonASCII(_ base: UnsafePointer<UInt8>, count: Int) -> Int {
        var i = 0
        let raw = UnsafeRawPointer(base)
        while i + 8 <= count {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
            i += 8
        }
        while i < count && base[i] < 0x80 { i += 1 }
        return i
    }

    /// `scan` for a file already decided to be UTF-8, where the count of multibyte
    /// sequences is not needed (it is left 0): the well-formed prefix is checked 64 bytes at
    /// a time (`tr_utf8_valid_prefix`, AVX2), and only what follows it — the last partial
    /// block, or from the block holding the first error on — byte by byte. The consumed
    /// count and the invalid offsets equal `scan`'s (a test compares them on random input).
    ///
    /// With `firstPerPiece`, only the first invalid sequence of each piece of a line (text
    /// up to the next CR or LF) is recorded and the rest of the piece is skipped: the reader
    /// flags records by piece, and a file of random bytes is then scanned at memchr speed
    /// rather than one invalid byte at a time.
    static func validate(_ base: UnsafePointer<UInt8>, count: Int, isFinal: Bool, firstPerPiece: Bool = false) -> Result {
        let prefix = validPrefix(base, count: count)
        var rest = scan(base + prefix, count: count - prefix, isFinal: isFinal, firstPerPiece: firstPerPiece)
        rest.consumed += prefix
        rest.multibyteSequences = 0
        if prefix > 0 && !rest.invalidOffsets.isEmpty {
            for k in rest.invalidOffsets.indices { rest.invalidOffsets[k] += prefix }
        }
        return rest
    }

    /// The well-formed prefix ending on a character boundary that the block check accepts.
    static func validPrefix(_ base: UnsafePointer<UInt8>, count: Int) -> Int {
        tr_utf8_valid_prefix(base, count)
    }

    /// Scans `count` bytes. With `isFinal` false, a sequence cut off by the end of the
    /// buffer is left unconsumed; with `isFinal` true it is reported as invalid.
    /// With `stopAfter`, the scan ends (consuming up to there) once that many non-ASCII
    /// sequences, well-formed or invalid, have been seen.
    static func scan(_ base: UnsafePointer<UInt8>, count: Int, isFinal: Bool, stopAfter: Int = .max,
                     firstPerPiece: Bool = false) -> Result {
        var result = Result()
        var i = 0
        let raw = UnsafeRawPointer(base)
        while i < count {
            if result.multibyteSequences + result.invalidOffsets.count >= stopAfter {
                result.consumed = i
                return result
            }
            // ASCII eight bytes at a time, then one at a time.
            if i + 8 <= count && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let lead = base[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            // The common case of Chinese text: a three-byte sequence E1–EC/EE–EF 80–BF 80–BF.
            if i + 2 < count && lead >= 0xE1 && lead <= 0xEF && lead != 0xED
                && base[i + 1] & 0xC0 == 0x80 && base[i + 2] & 0xC0 == 0x80 {
                result.multibyteSequences += 1
                i += 3
                continue
            }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF   // allowed range of the second byte
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default:
                result.invalidOffsets.append(i)
                i = firstPerPiece ? Self.pieceEnd(base, from: i + 1, count: count) : i + 1
                continue
            }
            var j = 1
            var ok = true
            while j < length {
                if i + j >= count { break }
                let b = base[i + j]
                let inRange = j == 1 ? (b >= low && b <= high) : (b >= 0x80 && b <= 0xBF)
                if !inRange { ok = false; break }
                j += 1
            }
            if !ok {
                result.invalidOffsets.append(i)
                i = firstPerPiece ? Self.pieceEnd(base, from: i + 1, count: count) : i + 1
            } else if j < length {
                // Cut off by the end of the buffer: a valid prefix so far.
                if isFinal {
                    result.invalidOffsets.append(i)
                    i = count
                } else {
                    result.consumed = i
                    return result
                }
            } else {
                result.multibyteSequences += 1
                i += length
            }
        }
        result.consumed = count
        return result
    }

    /// The offset of the next CR or LF at or after `from`, or `count`.
    private static func pieceEnd(_ base: UnsafePointer<UInt8>, from: Int, count: Int) -> Int {
        var i = from
        while i < count && base[i] != 0x0A && base[i] != 0x0D { i += 1 }
        return i
    }
}
