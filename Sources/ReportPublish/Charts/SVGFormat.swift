/// Text and number formatting for the SVG charts: XML escaping and fixed-decimal
/// numbers that do not depend on the locale.
enum SVGFormat {
    /// Escapes text for XML content and attribute values: `&` `<` `>` `"` `'` become
    /// entities; line breaks and tabs become a space; other characters XML 1.0 forbids
    /// (C0 controls, U+FFFE, U+FFFF) are dropped, so any label still gives a parsable file.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `x` rounded half away from zero to one decimal and written with exactly one
    /// decimal and a `.`: `420` → `420.0`, `2.25` → `2.3`, `-0.04` → `0.0`.
    static func fixed1(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded(.toNearestOrAwayFromZero))
        let magnitude = tenths.magnitude
        return (tenths < 0 ? "-" : "") + "\(magnitude / 10).\(magnitude % 10)"
    }

    /// `text` shortened to at most `limit` characters, the last one an ellipsis.
    static func truncated(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }
}
