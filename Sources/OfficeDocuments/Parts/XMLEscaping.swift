/// Escaping of user text for XML 1.0 content and attribute values.
enum XMLEscaping {
    /// `text` with `&` `<` `>` `"` `'` as entities and the characters XML 1.0 forbids
    /// (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF) dropped, so that any name
    /// still gives a well-formed part. Tabs and line breaks are kept: ``WordRun`` turns
    /// them into `w:tab` and `w:br` before escaping.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension XMLEscaping {
    /// Appends `text` to `buffer` as the content of a SpreadsheetML `<t>` element, working on
    /// UTF-8 bytes (a sheet may hold millions of cells):
    /// - `&` `<` `>` as entities (quotes need none in element content);
    /// - the characters XML 1.0 forbids dropped, as ``escape(_:)`` does; tab and LF kept;
    /// - CR as `&#13;`, which a parser keeps (a literal CR would be read as LF);
    /// - the `_` of a `_xHHHH_` sequence as `_x005F_`, because Excel reads `_xHHHH_` in cell
    ///   text as the character U+HHHH: `_x0041_` would otherwise show as `A`.
    static func appendCellText(_ text: String, to buffer: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendCellText(bytes: $0, to: &buffer) }
    }

    /// ``appendCellText(_:to:)`` for text given as UTF-8 bytes.
    static func appendCellText(bytes: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) {
        do {
            var start = 0
            var index = 0
            func replace(_ width: Int, with replacement: StaticString) {
                buffer.append(contentsOf: bytes[start..<index])
                replacement.withUTF8Buffer { buffer.append(contentsOf: $0) }
                index += width
                start = index
            }
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "&"): replace(1, with: "&amp;")
                case UInt8(ascii: "<"): replace(1, with: "&lt;")
                case UInt8(ascii: ">"): replace(1, with: "&gt;")
                case 0x0D: replace(1, with: "&#13;")
                case 0x09, 0x0A: index += 1
                case 0x00..<0x20: replace(1, with: "")
                case UInt8(ascii: "_") where isEscapeSequence(bytes, at: index): replace(1, with: "_x005F_")
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8.
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF
                    && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
                    replace(3, with: "")
                default: index += 1
                }
            }
            buffer.append(contentsOf: bytes[start..<bytes.count])
        }
    }

    /// Whether `_xHHHH_` (four hexadecimal digits, either case) starts at `index`.
    private static func isEscapeSequence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 6 < bytes.count, bytes[index + 1] == UInt8(ascii: "x"), bytes[index + 6] == UInt8(ascii: "_")
        else { return false }
        return bytes[(index + 2)..<(index + 6)].allSatisfy {
            ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66)
        }
    }
}
