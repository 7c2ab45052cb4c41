/// Escaping of text taken from the inputs before it goes into the Markdown summary.
public enum MarkdownText {
    /// Makes `text` render literally inside a GitHub-flavoured Markdown table cell
    /// (or a paragraph), so that a village or company name cannot inject HTML,
    /// links, emphasis or extra table columns.
    ///
    /// Rules, applied character by character in one pass (no double escaping):
    /// - `|` becomes `\|` (it would end the table cell);
    /// - `&`, `<`, `>` become `&amp;`, `&lt;`, `&gt;` (no raw HTML, no `<url>` autolinks,
    ///   no character references such as `&#60;`);
    /// - the Markdown punctuation that can start emphasis, links, images, code,
    ///   headings or strike-through, `\` `` ` `` `*` `_` `[` `]` `#` `~`, gets a backslash;
    /// - any run of line breaks (CR, LF, CRLF, U+0085, U+2028, U+2029) becomes one
    ///   space, because a table row must stay on one line; other control
    ///   characters become a space as well.
    ///
    /// `<script>alert(1)</script>` → `&lt;script&gt;alert(1)&lt;/script&gt;`,
    /// `[点我](http://x.y)` → `\[点我\](http://x.y)`, `a|b` → `a\|b`,
    /// `**粗体**` → `\*\*粗体\*\*`.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var previousWasBreak = false
        for scalar in text.unicodeScalars {
            if isLineBreak(scalar) {
                if !previousWasBreak { result.unicodeScalars.append(" ") }
                previousWasBreak = true
                continue
            }
            previousWasBreak = false
            switch scalar {
            case "|": result += "\\|"
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "#", "~":
                result.unicodeScalars.append("\\")
                result.unicodeScalars.append(scalar)
            default:
                if scalar.properties.generalCategory == .control {
                    result.unicodeScalars.append(" ")
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
