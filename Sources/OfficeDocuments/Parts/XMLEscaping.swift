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
