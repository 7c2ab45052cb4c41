/// Renders document blocks as GitHub-flavoured Markdown (`summary.md`).
///
/// Plain text is escaped with `MarkdownText.escape` (names from the inputs cannot inject
/// markup, links or table columns); strong runs are `**…**`; links `[text](path)`. Blocks
/// are separated by one blank line; the text ends with a newline.
public enum MarkdownRenderer {
    public static func render(_ blocks: [DocumentBlock]) -> String {
        blocks.map(block).filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// One block, ending with a newline.
    public static func block(_ block: DocumentBlock) -> String {
        switch block {
        case .heading(let level, let text):
            return String(repeating: "#", count: max(1, min(level, 6))) + " " + MarkdownText.escape(text) + "\n"
        case .paragraph(let text):
            return inline(text) + "\n"
        case .bullets(let items):
            return items.map { "- " + inline($0) }.joined(separator: "\n") + "\n"
        case .table(let table):
            return self.table(table)
        case .chart(let path, let title):
            return "![\(MarkdownText.escape(title))](\(linkTarget(path)))\n"
        case .headlines(let headlines):
            return self.table(headlineTable(headlines))
        case .pageBreak:
            return ""
        }
    }

    /// Inline Markdown for `text`.
    public static func inline(_ text: RichText) -> String {
        text.runs.map { run in
            switch run {
            case .text(let text): return MarkdownText.escape(text)
            case .strong(let text): return "**" + MarkdownText.escape(text) + "**"
            case .link(let text, let path): return "[" + MarkdownText.escape(text) + "](" + linkTarget(path) + ")"
            }
        }.joined()
    }

    /// The table, one line per row, ending with a newline.
    public static func table(_ table: DocumentTable) -> String {
        var lines: [String] = []
        lines.reserveCapacity(table.rows.count + 2)
        lines.append(line(table.columns.map { MarkdownText.escape($0.title) }))
        lines.append(line(table.columns.map { delimiter($0.alignment) }))
        for row in table.rows {
            lines.append(line(row.map(cell)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A cell's content between the table's `|` separators.
    public static func cell(_ cell: TableCell) -> String {
        switch cell {
        case .text(let text): return MarkdownText.escape(text)
        case .empty: return TableCell.emptyMark
        case .rich(let rich): return inline(rich)
        }
    }

    /// The headline figures as one table: job, figure, value, change, source.
    static func headlineTable(_ headlines: [Headline]) -> DocumentTable {
        var table = DocumentTable(columns: [
            TableColumn("工作"), TableColumn("指标"), TableColumn("本期", .right), TableColumn("较上期", .right),
            TableColumn("依据"),
        ])
        for headline in headlines {
            for (index, figure) in headline.figures.enumerated() {
                table.append([index == 0 ? .text(headline.title) : .text(""), .text(figure.label),
                              figure.isAlert ? .strong(figure.value) : .text(figure.value), .orEmpty(figure.change),
                              .rich(.link(figure.source))])
            }
        }
        return table
    }

    /// A relative path as a link target: spaces, parentheses and angle brackets (which
    /// users' file names may hold) percent-encoded, everything else as is.
    public static func linkTarget(_ path: String) -> String {
        var result = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case " ": result += "%20"
            case "(": result += "%28"
            case ")": result += "%29"
            case "<": result += "%3C"
            case ">": result += "%3E"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func delimiter(_ alignment: ColumnAlignment) -> String {
        switch alignment {
        case .left: return ":---"
        case .right: return "---:"
        case .center: return ":---:"
        }
    }

    private static func line(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }
}
