import Foundation

/// Renders a report document as one self-contained HTML page (`summary.html`): the CSS is
/// embedded, the charts are inline SVG, links are relative to the period folder (they work
/// when the folder is opened from disk), and fonts are named by family only (no font files).
///
/// The print stylesheet is for A4 portrait: 14 mm margins, 9-point tables whose header
/// rows repeat across page breaks, rows kept whole, and a page break before the appendix
/// (`DocumentBlock.pageBreak`). Tables are at most page-wide: `DocumentTable`s wider than a
/// portrait page are split by their producers (`selecting(_:)`), and cells wrap.
public enum HTMLRenderer {
    /// The whole page. `charts` gives the SVG text of each chart path; a chart missing
    /// from it is shown as a link.
    public static func page(title: String, blocks: [DocumentBlock], charts: [String: String]) -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>\(escape(title))</title>\n<style>\n\(stylesheet)</style>\n</head>\n<body>\n<main>\n"
        for block in blocks { html += self.block(block, charts: charts) }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    /// One block as HTML, ending with a newline.
    public static func block(_ block: DocumentBlock, charts: [String: String]) -> String {
        switch block {
        case .heading(let level, let text):
            let tag = "h\(max(1, min(level, 6)))"
            return "<\(tag)>\(escape(text))</\(tag)>\n"
        case .paragraph(let text):
            return "<p>\(inline(text))</p>\n"
        case .bullets(let items):
            return "<ul>\n" + items.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>\n"
        case .table(let table):
            return self.table(table)
        case .chart(let path, let title):
            guard let svg = charts[path] else {
                return "<p class=\"chart\"><a href=\"\(attribute(path))\">\(escape(title))</a></p>\n"
            }
            return "<figure class=\"chart\" aria-label=\"\(attribute(title))\">\n\(inlineSVG(svg))\n"
                + "<figcaption><a href=\"\(attribute(path))\">\(escape(title))</a></figcaption>\n</figure>\n"
        case .headlines(let headlines):
            return self.headlines(headlines)
        case .pageBreak:
            return "<div class=\"page-break\"></div>\n"
        }
    }

    /// Inline HTML for `text`.
    public static func inline(_ text: RichText) -> String {
        text.runs.map { run in
            switch run {
            case .text(let text): return escape(text)
            case .strong(let text): return "<strong>\(escape(text))</strong>"
            case .link(let text, let path): return "<a href=\"\(attribute(path))\">\(escape(text))</a>"
            }
        }.joined()
    }

    public static func table(_ table: DocumentTable) -> String {
        var html = "<table>\n<thead>\n<tr>"
        for column in table.columns { html += "<th class=\"\(className(column.alignment))\">\(escape(column.title))</th>" }
        html += "</tr>\n</thead>\n<tbody>\n"
        let footerStart = table.rows.count - table.footerRows
        for (index, row) in table.rows.enumerated() {
            html += index >= footerStart ? "<tr class=\"total\">" : "<tr>"
            for (column, cell) in zip(table.columns, row) {
                let empty = cell == .empty ? " empty" : ""
                html += "<td class=\"\(className(column.alignment))\(empty)\">\(inline(cell.richText))</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private static func headlines(_ headlines: [Headline]) -> String {
        var html = "<section class=\"headlines\">\n"
        for headline in headlines {
            html += "<div class=\"headline\">\n<h3>\(escape(headline.title))</h3>\n<dl>\n"
            for figure in headline.figures {
                html += "<dt>\(escape(figure.label))</dt>"
                html += "<dd\(figure.isAlert ? " class=\"alert\"" : "")><a href=\"\(attribute(figure.source))\">\(escape(figure.value))</a>"
                if let change = figure.change { html += " <span class=\"change\">\(escape(change))</span>" }
                html += "</dd>\n"
            }
            html += "</dl>\n</div>\n"
        }
        return html + "</section>\n"
    }

    private static func className(_ alignment: ColumnAlignment) -> String {
        switch alignment {
        case .left: return "l"
        case .right: return "r"
        case .center: return "c"
        }
    }

    /// The SVG element of a chart file, without its XML declaration.
    static func inlineSVG(_ svg: String) -> String {
        guard svg.hasPrefix("<?xml"), let end = svg.range(of: "?>") else { return svg }
        return svg[end.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Text content and attribute values: the XML escaping of the charts (`SVGFormat`),
    /// which HTML reads the same way; line breaks are a space.
    public static func escape(_ text: String) -> String { SVGFormat.escape(text) }

    /// An attribute value (in double quotes); a link target is percent-encoded as in Markdown.
    static func attribute(_ text: String) -> String {
        escape(MarkdownRenderer.linkTarget(text))
    }
}
