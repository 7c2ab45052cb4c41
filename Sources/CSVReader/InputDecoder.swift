/// Turns the raw chunks of one file into UTF-8, deciding the encoding on the way.
///
/// A UTF-8 byte-order mark decides at once (and is dropped). Otherwise the decoder
/// passes ASCII through undecided; at the first non-ASCII byte it scans the rest of
/// the chunk as UTF-8 and decides:
/// - no invalid sequence: UTF-8;
/// - more well-formed multibyte sequences than invalid ones: UTF-8 with damaged
///   bytes (for instance one GBK row pasted into a UTF-8 file), which are flagged;
/// - otherwise GB18030, converted by iconv.
/// Because ASCII is the same in all three, nothing read before the decision needs
/// reading again. Bytes invalid in the decided encoding are reported as offsets in
/// the decoded output so that the records holding them can be rejected.
final class InputDecoder {
    private enum Mode { case undecided, utf8, gb18030 }

    private var mode = Mode.undecided
    private var sawBOM = false
    private var atStart = true
    private var converter: GB18030Converter?
    private let output: UnsafeMutablePointer<UInt8>
    private let outputCapacity: Int
    private let file: String

    /// The detected encoding; UTF-8 while the file has been ASCII so far.
    var encoding: SourceEncoding {
        switch mode {
        case .gb18030: return .gb18030
        case .utf8, .undecided: return sawBOM ? .utf8WithBOM : .utf8
        }
    }

    init(maxChunk: Int, file: String) {
        outputCapacity = 2 * maxChunk + 64
        output = .allocate(capacity: outputCapacity)
        self.file = file
    }

    deinit { output.deallocate() }

    struct Decoded {
        var base: UnsafePointer<UInt8>
        var count: Int
        /// Offsets into `base` where undecodable input was found.
        var invalidOffsets: [Int]
        /// Input bytes used; the rest (an incomplete sequence) is carried over.
        var consumed: Int
    }

    func decode(_ input: UnsafePointer<UInt8>, count: Int, isFinal: Bool) throws(CSVReadError) -> Decoded {
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
            let probe = UTF8Scanner.scan(base + firstHigh, count: n - firstHigh, isFinal: isFinal)
            if probe.invalidOffsets.isEmpty && probe.multibyteSequences == 0 {
                // Only a cut-off sequence at the very end: decide with the next chunk.
                let used = firstHigh + probe.consumed
                return Decoded(base: base, count: used, invalidOffsets: [], consumed: skipped + used)
            }
            if probe.invalidOffsets.isEmpty || probe.multibyteSequences > probe.invalidOffsets.count {
                mode = .utf8
            } else {
                mode = .gb18030
                converter = try GB18030Converter()
            }
        }

        switch mode {
        case .utf8, .undecided:
            let scan = UTF8Scanner.scan(base, count: n, isFinal: isFinal)
            return Decoded(base: base, count: scan.consumed, invalidOffsets: scan.invalidOffsets,
                           consumed: skipped + scan.consumed)
        case .gb18030:
            let r = converter!.convert(base, count: n, isFinal: isFinal, into: output, capacity: outputCapacity)
            return Decoded(base: UnsafePointer(output), count: r.produced, invalidOffsets: r.invalidOffsets,
                           consumed: skipped + r.consumed)
        }
    }
}
