/// Text and number formatting for the SVG charts: XML escaping, fixed-decimal numbers
/// that do not depend on the locale, text widths, and the parts every chart shares (the
/// root element, the legend).
///
/// Every chart is a standalone file that can also be inlined into an HTML page: the root
/// has `xmlns`, `width`, `height` and `viewBox`, a white background rectangle, the font
/// stack below and no ids, links, images, scripts or style sheets.
enum SVGFormat {
    /// The fonts: Chinese-capable families first (quoted with `'` so the value fits a
    /// `"`-quoted attribute), the generic `sans-serif` last.
    static let fontFamily = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', "
        + "'WenQuanYi Micro Hei', SimHei, sans-serif"

    /// The root element, its `<title>` and the background, each on its own line.
    static func open(width: Int, height: Int, title: String) -> [String] {
        let title = escape(title)
        return [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
                + "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(title)\" "
                + "font-family=\"\(fontFamily)\" style=\"max-width:100%;height:auto;background:#ffffff\">",
            "<title>\(title)</title>",
            "<rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"\(height)\" fill=\"\(ChartPalette.background)\"/>",
        ]
    }

    /// The attributes of a white halo behind a text (drawn under its fill), so that a line
    /// crossing the text never covers it.
    static let halo = "stroke=\"\(ChartPalette.background)\" stroke-width=\"3\" paint-order=\"stroke\" stroke-linejoin=\"round\""

    /// The estimated width of `text` at `fontSize` pixels: one em for Chinese (and other
    /// wide) characters, 0.6 em for the rest. Only for layout (legend, label room).
    static func textWidth(_ text: String, fontSize: Double) -> Double {
        text.unicodeScalars.reduce(0) { width, scalar in
            width + (scalar.value >= 0x2E80 ? 1.0 : 0.6) * fontSize
        }
    }

    /// `text` cut with "…" so that its estimated width is at most `width`.
    static func fitted(_ text: String, width: Double, fontSize: Double) -> String {
        guard textWidth(text, fontSize: fontSize) > width else { return text }
        var kept = ""
        for character in text {
            let candidate = kept + String(character)
            if textWidth(candidate + "…", fontSize: fontSize) > width { break }
            kept = candidate
        }
        return kept + "…"
    }
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
}
