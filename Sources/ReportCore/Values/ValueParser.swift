/// Parsers for the values of export cells, reading UTF-8 bytes directly.
///
/// These run once per cell on millions of rows, so the byte versions never allocate when
/// they succeed and never go through Foundation, `Double` or `Decimal`: numbers come out as
/// exact scaled integers, dates as `Day` / `DateTime`. Every parser first applies
/// `trimmed(_:)`, folds full-width ASCII forms (`１２３`, `－`, `．`, `，`) to ASCII, and on
/// failure returns a `ValueError` whose Chinese reason names the value. The `String`
/// overloads are conveniences for tests and reference data; they call the byte versions.
public enum ValueParser {
    /// `bytes` without leading and trailing whitespace: ASCII space, tab, CR and LF, the
    /// ideographic space U+3000 (`E3 80 80`), the no-break space U+00A0 (`C2 A0`) and the
    /// zero-width no-break space U+FEFF (`EF BB BF`, a byte order mark pasted into a cell or
    /// left by concatenated exports), at both ends, in any mix and repetition.
    ///
    /// The common case costs as before: a field that starts and ends with a printable ASCII
    /// byte (or, for Chinese text, with bytes that cannot begin or end one of these spaces)
    /// is returned after one test per end.
    @inlinable
    public static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        // Most fields have no surrounding white space: one test for each end. A space starts
        // with a byte ≤ 0x20, C2, E3 or EF and ends with a byte ≤ 0x20, A0, 80 or BF.
        if end > 0 {
            let first = bytes[0], last = bytes[end - 1]
            let firstIsPlain = first &- 0x21 < 0x5F || (first >= 0x80 && first != 0xC2 && first != 0xE3 && first != 0xEF)
            let lastIsPlain = last &- 0x21 < 0x5F || (last >= 0x80 && last != 0xA0 && last != 0x80 && last != 0xBF)
            if firstIsPlain && lastIsPlain { return bytes }
        }
        while start < end {
            let byte = bytes[start]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A {
                start += 1
            } else if byte == 0xC2, end - start >= 2, bytes[start + 1] == 0xA0 {
                start += 2
            } else if byte == 0xE3, end - start >= 3, bytes[start + 1] == 0x80, bytes[start + 2] == 0x80 {
                start += 3
            } else if byte == 0xEF, end - start >= 3, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF {
                start += 3
            } else {
                break
            }
        }
        while end > start {
            let byte = bytes[end - 1]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A {
                end -= 1
            } else if byte == 0xA0, end - start >= 2, bytes[end - 2] == 0xC2 {
                end -= 2
            } else if byte == 0x80, end - start >= 3, bytes[end - 2] == 0x80, bytes[end - 3] == 0xE3 {
                end -= 3
            } else if byte == 0xBF, end - start >= 3, bytes[end - 2] == 0xBB, bytes[end - 3] == 0xEF {
                end -= 3
            } else {
                break
            }
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// True when the cell is empty or only whitespace (see `trimmed(_:)`).
    public static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        trimmed(bytes).isEmpty
    }

    /// A yes/no cell (登记备案, 明厨亮灶, 即办件, …). Accepted, ignoring case and full-width
    /// forms: `是`/`否`, `Y`/`N`, `yes`/`no`, `true`/`false`, `1`/`0`. Anything else, including
    /// an empty cell, is rejected; callers that allow an empty cell test `isBlank` first.
    public static func yesNo(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Bool, ValueError> {
        let text = trimmed(bytes)
        if text.isEmpty { return .failure(ValueError(.empty, summary: "是/否为空")) }
        if text.count == 3, text[0] == 0xE6, text[1] == 0x98, text[2] == 0xAF { return .success(true) }   // 是
        if text.count == 3, text[0] == 0xE5, text[1] == 0x90, text[2] == 0xA6 { return .success(false) }  // 否
        for (word, value) in yesNoWords where matchesIgnoringCase(text, word) {
            return .success(value)
        }
        return .failure(ValueError(.invalidYesNo, summary: "不是有效的是/否（应为 是/否、Y/N、1/0）", bytes: text))
    }

    /// The ASCII spellings accepted by `yesNo`, in lowercase.
    private static let yesNoWords: [(StaticString, Bool)] = [
        ("y", true), ("n", false), ("yes", true), ("no", false),
        ("true", true), ("false", false), ("1", true), ("0", false),
    ]

    /// True when `bytes`, folded to ASCII and lowercased, are exactly the lowercase `word`.
    private static func matchesIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        var cursor = FoldedCursor(bytes)
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for letter in expected {
            var unit = cursor.peek().unit
            if unit >= 0x41, unit <= 0x5A { unit |= 0x20 }
            guard unit != 0, unit == letter else { return false }
            cursor.skip()
        }
        return cursor.isAtEnd
    }
}
