/// A forward cursor over the UTF-8 bytes of one export cell that reads one character at a
/// time, folding the full-width ASCII forms (U+FF01–U+FF5E: `０`–`９`, `－`, `，`, `．`, `：`,
/// `／`, `Ｙ`, …) to their ASCII counterparts, as Chinese input methods often type them.
///
/// It never allocates; it is the building block of the hot-path parsers in `ValueParser`.
struct FoldedCursor {
    /// The bytes being read.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Offset of the next unread byte.
    private(set) var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// True when every byte has been read.
    var isAtEnd: Bool { position >= bytes.count }

    /// The next character folded to ASCII and its length in bytes, without consuming it.
    ///
    /// A character that is neither ASCII nor a full-width ASCII form folds to 0 (which no
    /// parser accepts), as does the end of input (with length 0).
    func peek() -> (unit: UInt8, length: Int) {
        guard position < bytes.count else { return (0, 0) }
        let lead = bytes[position]
        if lead < 0x80 { return (lead, 1) }
        let remaining = bytes.count - position
        if lead == 0xEF, remaining >= 3 {
            let second = bytes[position + 1], third = bytes[position + 2]
            // U+FF01…U+FF3F is EF BC 81…BF, U+FF40…U+FF5E is EF BD 80…9E.
            if second == 0xBC, third >= 0x81, third <= 0xBF { return (third &- 0x60, 3) }
            if second == 0xBD, third >= 0x80, third <= 0x9E { return (third &- 0x20, 3) }
        }
        let length: Int
        switch lead {
        case 0xC0...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF7: length = 4
        default: length = 1
        }
        return (0, min(length, remaining))
    }

    /// Consumes the next character if it folds to `ascii`.
    mutating func consume(_ ascii: UInt8) -> Bool {
        let next = peek()
        guard next.length > 0, next.unit == ascii else { return false }
        position += next.length
        return true
    }

    /// Consumes the next three bytes if they are exactly `a b c` (a CJK character such as 年).
    mutating func consume(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        guard bytes.count - position >= 3, bytes[position] == a,
              bytes[position + 1] == b, bytes[position + 2] == c else { return false }
        position += 3
        return true
    }

    /// Consumes the next character, whatever it is (nothing at the end).
    mutating func skip() {
        position += peek().length
    }

    /// True when the next character folds to `ascii` (false at the end).
    func nextIs(_ ascii: UInt8) -> Bool {
        let next = peek()
        return next.length > 0 && next.unit == ascii
    }

    /// The value of the next character if it is a decimal digit (ASCII or full-width).
    func peekDigit() -> Int? {
        let next = peek()
        guard next.length > 0, next.unit >= 0x30, next.unit <= 0x39 else { return nil }
        return Int(next.unit &- 0x30)
    }

    /// Reads at most `limit` consecutive decimal digits; returns their value and how many
    /// were read (0 when the next character is not a digit). `limit` must be at most 18.
    mutating func digits(upTo limit: Int) -> (value: Int, count: Int) {
        var value = 0, count = 0
        while count < limit {
            let next = peek()
            guard next.length > 0, next.unit >= 0x30, next.unit <= 0x39 else { break }
            value = value * 10 + Int(next.unit &- 0x30)
            count += 1
            position += next.length
        }
        return (value, count)
    }

    /// Consumes one whitespace character (ASCII space or tab, U+3000, NBSP) if there is one.
    mutating func consumeWhitespace() -> Bool {
        if consume(0x20) || consume(0x09) { return true }
        if consume(0xE3, 0x80, 0x80) { return true }
        guard bytes.count - position >= 2, bytes[position] == 0xC2, bytes[position + 1] == 0xA0 else {
            return false
        }
        position += 2
        return true
    }

    /// True when the next character is whitespace as `consumeWhitespace()` reads it.
    func nextIsWhitespace() -> Bool {
        var copy = self
        return copy.consumeWhitespace()
    }

    /// Consumes one byte, whatever it is (for byte-wise comparisons of non-ASCII text).
    mutating func skipByte() {
        if position < bytes.count { position += 1 }
    }
}
