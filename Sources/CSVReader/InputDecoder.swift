import Glibc

/// Turns the raw chunks of one file into UTF-8, deciding the encoding on the way.
///
/// A UTF-8 byte-order mark decides at once (and is dropped). Otherwise the decoder
/// passes ASCII through undecided; from the first non-ASCII byte it reads a fixed window
/// as UTF-8 (see `judge`; carried across chunks until complete) and decides:
/// - no invalid sequence: UTF-8;
/// - more well-formed multibyte sequences than invalid ones: UTF-8 with damaged
///   bytes (for instance one GBK row pasted into a UTF-8 file), which are flagged;
/// - otherwise GB18030, converted by iconv.
/// Because ASCII is the same in all three, nothing read before the decision needs
/// reading again. Bytes invalid in the decided encoding are reported as offsets in
/// the decoded output so that the records holding them can be rejected. So are two
/// things that decode without complaint but are not text of the file's encoding:
/// - NUL bytes (a file padded with zeros by a failed copy, a UTF-16 file without BOM);
/// - in a GB18030 file, a line that is well-formed UTF-8 with at least two multibyte
///   characters (a UTF-8 row pasted into a GBK export): iconv would turn it into other,
///   wrong Chinese characters. GBK text almost never forms valid UTF-8 over a whole line
///   (each pair of bytes would have to happen to form UTF-8 sequences).
final class InputDecoder {
    private enum Mode { case undecided, utf8, gb18030 }

    private var mode = Mode.undecided
    private var sawBOM = false
    private var atStart = true
    private var converter: GB18030Converter?
    private let output: UnsafeMutablePointer<UInt8>
    private let outputCapacity: Int
    private let file: String
    /// The current raw line of a GB18030 file, read as UTF-8 (see the type's comment).
    private var lineProbe = UTF8LineProbe()

    /// The detected encoding; UTF-8 while the file has been ASCII so far.
    var encoding: SourceEncoding {
        switch mode {
        case .gb18030: return .gb18030
        case .utf8, .undecided: return sawBOM ? .utf8WithBOM : .utf8
        }
    }

    init(maxChunk: Int, file: String) {
        // Worst case 3 output bytes per input byte (each undecodable byte becomes U+FFFD);
        // with less, a chunk of bad bytes followed by GBK text overflowed the buffer and the
        // converter stopped short, carrying more than the reader's headroom.
        outputCapacity = 3 * maxChunk + 64
        output = .allocate(capacity: outputCapacity)
        self.file = file
    }

    deinit { output.deallocate() }

    /// A decoder for a part of a file whose encoding the start of the file decided: no
    /// byte-order mark is looked for, no detection is made.
    convenience init(maxChunk: Int, file: String, decided encoding: SourceEncoding) throws(CSVReadError) {
        self.init(maxChunk: maxChunk, file: file)
        atStart = false
        switch encoding {
        case .utf8: mode = .utf8
        case .utf8WithBOM: mode = .utf8; sawBOM = true
        case .gb18030:
            mode = .gb18030
            converter = try GB18030Converter()
        }
    }

    /// True once the encoding is known (a BOM, or the first non-ASCII bytes, decided it).
    var isDecided: Bool { mode != .undecided }

    struct Decoded {
        var base: UnsafePointer<UInt8>
        var count: Int
        /// Offsets into `base` where undecodable input was found.
        var invalidOffsets: [Int]
        /// Input bytes used; the rest (an incomplete sequence) is carried over.
        var consumed: Int
    }

    func decode(_ input: UnsafePointer<UInt8>, count: Int, isFinal: Bool) throws(CSVReadError) -> Decoded {
        var decoded = try decodeText(input, count: count, isFinal: isFinal)
        Self.flagNULs(&decoded)
        return decoded
    }

    private func decodeText(_ input: UnsafePointer<UInt8>, count: Int, isFinal: Bool) throws(CSVReadError) -> Decoded {
        var base = input
        var n = count
        var skipped = 0
        if atStart {
            if n >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF {
                sawBOM = true
                mode = .utf8
                base += 3; n -= 3; skipped = 3
            } else if n >= 4 && ((base[0] == 0xFF && base[1] == 0xFE && base[2] == 0 && base[3] == 0)
                                 || (base[0] == 0 && base[1] == 0 && base[2] == 0xFE && base[3] == 0xFF)) {
                throw CSVReadError(.unsupportedEncoding(name: "UTF-32"), file: file, line: 1)
            } else if n >= 2 && ((base[0] == 0xFF && base[1] == 0xFE) || (base[0] == 0xFE && base[1] == 0xFF)) {
                throw CSVReadError(.unsupportedEncoding(name: "UTF-16"), file: file, line: 1)
            }
            atStart = false
        }

        if mode == .undecided {
            let firstHigh = UTF8Scanner.firstNonASCII(base, count: n)
            if firstHigh == n {
                return Decoded(base: base, count: n, invalidOffsets: [], consumed: skipped + n)
            }
            guard let utf8 = Self.judge(base + firstHigh, count: n - firstHigh, isFinal: isFinal) else {
                // The evidence window is not complete in this chunk: pass the ASCII on and
                // carry the rest (at most `maxCarry` bytes) to be judged with the next chunk.
                return Decoded(base: base, count: firstHigh, invalidOffsets: [], consumed: skipped + firstHigh)
            }
            if utf8 {
                mode = .utf8
            } else {
                mode = .gb18030
                converter = try GB18030Converter()
            }
        }

        switch mode {
        case .utf8, .undecided:
            let scan = UTF8Scanner.validate(base, count: n, isFinal: isFinal, firstPerPiece: true)
            return Decoded(base: base, count: scan.consumed, invalidOffsets: scan.invalidOffsets,
                           consumed: skipped + scan.consumed)
        case .gb18030:
            let r = converter!.convert(base, count: n, isFinal: isFinal, into: output, capacity: outputCapacity)
            var invalid = r.invalidOffsets
            let utf8Lines = flagUTF8Lines(base, count: r.consumed, produced: r.produced,
                                          isFinal: isFinal && r.consumed == n)
            if !utf8Lines.isEmpty { invalid = (invalid + utf8Lines).sorted() }
            return Decoded(base: UnsafePointer(output), count: r.produced, invalidOffsets: invalid,
                           consumed: skipped + r.consumed)
        }
    }

    /// How much of a file the encoding is judged on, from its first non-ASCII byte: the
    /// first `evidenceSequences` non-ASCII sequences read as UTF-8 (well-formed or not), or
    /// `evidenceBytes` bytes, or up to the end of the file, whichever comes first. The
    /// window is a property of the file, not of the chunking, so neither is the decision.
    static let evidenceSequences = 32
    static let evidenceBytes = 16 * 1024
    /// The most bytes `decode` leaves unconsumed: an incomplete evidence window (or, once
    /// decided, one cut-off character).
    static let maxCarry = evidenceBytes + 8

    /// Judges the evidence window that starts at `window` (a non-ASCII byte): true for
    /// UTF-8, false for GB18030, nil when the window runs past these bytes and the file
    /// goes on. UTF-8 when no sequence is invalid or the well-formed multibyte sequences
    /// outnumber the invalid ones (UTF-8 with a damaged row); GB18030 otherwise.
    static func judge(_ window: UnsafePointer<UInt8>, count: Int, isFinal: Bool) -> Bool? {
        let length = min(count, evidenceBytes)
        let probe = UTF8Scanner.scan(window, count: length, isFinal: isFinal && length == count,
                                     stopAfter: evidenceSequences)
        let sequences = probe.multibyteSequences + probe.invalidOffsets.count
        let complete = sequences >= evidenceSequences || length == evidenceBytes || (isFinal && length == count)
        guard complete else { return nil }
        return probe.invalidOffsets.isEmpty || probe.multibyteSequences > probe.invalidOffsets.count
    }

    /// Adds the offset of every NUL byte to the invalid offsets.
    private static func flagNULs(_ decoded: inout Decoded) {
        var nuls: [Int] = []
        var position = 0
        while position < decoded.count, let hit = memchr(decoded.base + position, 0, decoded.count - position) {
            let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(decoded.base)
            nuls.append(offset)
            position = offset + 1
        }
        if !nuls.isEmpty { decoded.invalidOffsets = (decoded.invalidOffsets + nuls).sorted() }
    }

    /// Feeds the raw GB18030 bytes just converted to the UTF-8 line probe and returns, for
    /// each line that reads as UTF-8, an output offset on that line's end: its CR, else its
    /// LF (or the last byte of the file), so that the record ending there is flagged.
    ///
    /// LF is never part of a GB18030 sequence and iconv maps it to itself, so the k-th LF
    /// of the raw bytes is the k-th LF of the output.
    private func flagUTF8Lines(_ raw: UnsafePointer<UInt8>, count: Int, produced: Int, isFinal: Bool) -> [Int] {
        var flagged: [Int] = []
        var outputSearch = 0
        var i = 0
        while i < count {
            let newline = memchr(raw + i, 0x0A, count - i)
            let end = newline.map { UnsafeRawPointer($0) - UnsafeRawPointer(raw) } ?? count
            lineProbe.feed(raw + i, count: end - i)
            guard newline != nil else { break }
            let looksUTF8 = lineProbe.looksUTF8
            lineProbe = UTF8LineProbe()
            i = end + 1
            guard outputSearch < produced, let hit = memchr(output + outputSearch, 0x0A, produced - outputSearch) else {
                continue  // cannot happen (see above); flag nothing rather than the wrong line
            }
            let lf = UnsafeRawPointer(hit) - UnsafeRawPointer(output)
            outputSearch = lf + 1
            if looksUTF8 { flagged.append(lf > 0 && output[lf - 1] == 0x0D ? lf - 1 : lf) }
        }
        if isFinal && lineProbe.looksUTF8 && produced > 0 { flagged.append(produced - 1) }
        return flagged
    }
}

/// Reads one line's raw bytes as UTF-8, loosely (lead and continuation bytes only): is the
/// line so far well-formed UTF-8, and how many characters of three or four bytes does it hold.
///
/// Only those count: Chinese text in UTF-8 is three bytes a character (U+0800 and up), while
/// GB18030 pairs often read as two-byte UTF-8 (`源泉`, `d4 b4 c8 aa`, reads as `ԴȪ`). A
/// genuine GB18030 line whose Chinese happened to be such pairs was taken for pasted UTF-8
/// and rejected; a pasted UTF-8 row of Chinese still has its three-byte characters.
struct UTF8LineProbe {
    private var valid = true
    private var pending = 0
    private var wide = false
    private var multibyte = 0

    /// Well-formed UTF-8 with at least two characters of three or four bytes.
    var looksUTF8: Bool { valid && pending == 0 && multibyte >= 2 }

    mutating func feed(_ bytes: UnsafePointer<UInt8>, count: Int) {
        var i = 0
        while valid && i < count {
            let byte = bytes[i]
            i += 1
            if pending > 0 {
                guard byte & 0xC0 == 0x80 else {
                    valid = false
                    break
                }
                pending -= 1
                if pending == 0 && wide { multibyte += 1 }
                continue
            }
            switch byte {
            case 0x00...0x7F: continue
            case 0xC2...0xDF: pending = 1; wide = false
            case 0xE0...0xEF: pending = 2; wide = true
            case 0xF0...0xF4: pending = 3; wide = true
            default: valid = false
            }
        }
    }
}
