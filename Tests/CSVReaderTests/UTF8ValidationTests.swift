import Testing
import SharedTestSupport
@testable import CSVReader

/// The reader's UTF-8 fast path (`UTF8Scanner.validate`: 64-byte blocks in C, then the
/// byte-by-byte scanner) against the byte-by-byte scanner alone.
@Suite struct UTF8ValidationTests {
    /// Pieces random buffers are made of: ASCII, well-formed sequences at the edges of
    /// Table 3-7, and each kind of ill-formed one.
    static let valid: [[UInt8]] = [
        Array("BS2018-0001,".utf8), [0x41], [0x0A], [0x0D], Array("中".utf8), Array("受理大厅".utf8),
        Array(repeating: 0x61, count: 64),   // a whole ASCII block wherever it lands
        [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF],
        [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF3, 0xBF, 0xBF, 0xBF],
    ]
    /// Overlong, surrogate, above U+10FFFF, bad leads, lone and missing continuations.
    static let invalid: [[UInt8]] = [
        [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x9F, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80], [0xFF], [0x80], [0xBF], [0xE4, 0xB8], [0xF0, 0x9F, 0x98],
    ]

    private func compare(_ bytes: [UInt8], isFinal: Bool) {
        bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
            let slow = UTF8Scanner.scan(base, count: buffer.count, isFinal: isFinal)
            let fast = UTF8Scanner.validate(base, count: buffer.count, isFinal: isFinal)
            #expect(fast.consumed == slow.consumed, "\(bytes)")
            #expect(fast.invalidOffsets == slow.invalidOffsets, "\(bytes)")
            if isFinal {
                // One offset per piece (text up to CR or LF), in the same pieces.
                let perPiece = UTF8Scanner.validate(base, count: buffer.count, isFinal: true, firstPerPiece: true)
                let pieces = { (offsets: [Int]) -> Set<Int> in
                    Set(offsets.map { offset in buffer[..<offset].filter { $0 == 0x0A || $0 == 0x0D }.count })
                }
                #expect(pieces(perPiece.invalidOffsets) == pieces(slow.invalidOffsets), "\(bytes)")
                #expect(perPiece.invalidOffsets.count == pieces(perPiece.invalidOffsets).count, "\(bytes)")
                #expect(perPiece.invalidOffsets.first == slow.invalidOffsets.first, "\(bytes)")
            }
        }
    }

    @Test func agreesWithTheByteScannerOnRandomBuffers() {
        var random = SplitMix64(seed: 2018)
        for round in 0..<3_000 {
            // Mostly long valid runs (so that blocks pass and a later one fails), some noise.
            let noisy = round % 3 == 0
            var bytes: [UInt8] = []
            let target = Int.random(in: 0...700, using: &random)
            while bytes.count < target {
                let pool = noisy && Bool.random(using: &random) ? Self.invalid : Self.valid
                bytes += pool[Int.random(in: 0..<pool.count, using: &random)]
            }
            if !noisy && !bytes.isEmpty && round % 2 == 0 {
                // One ill-formed piece at a random place in an otherwise valid buffer.
                let bad = Self.invalid[Int.random(in: 0..<Self.invalid.count, using: &random)]
                bytes.insert(contentsOf: bad, at: Int.random(in: 0...bytes.count, using: &random))
            }
            compare(bytes, isFinal: true)
            compare(bytes, isFinal: false)
        }
    }

    @Test func aSurrogateAfterTwoValidBlocksIsFoundAtItsOffset() {
        // 43 × "中" = 129 bytes; the surrogate ED A0 80 starts at byte 129, in the third block:
        // the scanner reports its lead and its two stray continuation bytes.
        let bytes = Array(String(repeating: "中", count: 43).utf8) + [0xED, 0xA0, 0x80] + Array("好".utf8)
        let result = bytes.withUnsafeBufferPointer { UTF8Scanner.validate($0.baseAddress!, count: $0.count, isFinal: true) }
        #expect(result.invalidOffsets == [129, 130, 131])
        #expect(result.consumed == 135)
    }

    @Test func aSequenceLeftOpenAtABlockEndBeforeAnASCIIBlock() {
        // 62 ASCII bytes, then E4 B8 ends the first block with "丸" unfinished; the next block
        // is all ASCII: the lead at 62 and its lone continuation at 63 are both reported.
        let bytes: [UInt8] = Array(repeating: 0x61, count: 62) + [0xE4, 0xB8] + Array(repeating: 0x62, count: 64)
        let result = bytes.withUnsafeBufferPointer { UTF8Scanner.validate($0.baseAddress!, count: $0.count, isFinal: true) }
        #expect(result.invalidOffsets == [62, 63])
    }

    @Test func aCharacterCutByTheEndOfANonFinalBufferIsCarried() {
        // 70 bytes of ASCII and 21 × "受" (63 bytes), then the first two bytes of "理":
        // everything but those two is consumed.
        let bytes = Array(String(repeating: "a", count: 70).utf8) + Array(String(repeating: "受", count: 21).utf8)
            + Array("理".utf8).prefix(2)
        let result = bytes.withUnsafeBufferPointer { UTF8Scanner.validate($0.baseAddress!, count: $0.count, isFinal: false) }
        #expect(result.consumed == 133)
        #expect(result.invalidOffsets.isEmpty)
    }

    #if arch(x86_64)
    @Test func theBlockPathCoversLongValidText() {
        // 200 × "中" (600 bytes): nine whole blocks (576 bytes); "中" starts every third byte,
        // so the block path stops at a character boundary on or before 576 and after 512.
        let bytes = Array(String(repeating: "中", count: 200).utf8)
        let prefix = bytes.withUnsafeBufferPointer { UTF8Scanner.validPrefix($0.baseAddress!, count: $0.count) }
        #expect(prefix > 512 && prefix <= 576 && prefix % 3 == 0)
        // 200 × "𠀀" (F0 A0 80 80, 800 bytes): twelve whole blocks, each ending on a boundary.
        let four = Array(String(repeating: "\u{20000}", count: 200).utf8)
        #expect(four.withUnsafeBufferPointer { UTF8Scanner.validPrefix($0.baseAddress!, count: $0.count) } == 768)
    }
    #endif
}
