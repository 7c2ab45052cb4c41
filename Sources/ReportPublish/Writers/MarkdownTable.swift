/// The horizontal alignment of a Markdown table column.
public enum MarkdownAlignment: Sendable, Hashable {
    /// Left-aligned (`:---`): names and labels.
    case left
    /// Right-aligned (`---:`): figures, so that digits line up.
    case right
    /// Centred (`:---:`): short marks such as rank changes.
    case center

    /// The delimiter-row cell for this alignment.
    var delimiter: String {
        switch self {
        case .left: return ":---"
        case .right: return "---:"
        case .center: return ":---:"
        }
    }
}

/// A column of a ``MarkdownTable``: its header text and alignment.
public struct MarkdownColumn: Sendable, Hashable {
    /// The header text (tool text, escaped like ``MarkdownCell/text(_:)``).
    public var title: String
    /// How the column's cells are aligned.
    public var alignment: MarkdownAlignment

    /// A column titled `title`, left-aligned unless told otherwise.
    public init(_ title: String, _ alignment: MarkdownAlignment = .left) {
        self.title = title
        self.alignment = alignment
    }
}

/// A GitHub-flavoured Markdown table: a header row, the alignment row and the data rows,
/// every line ending with LF.
///
/// ```swift
/// var table = MarkdownTable(columns: [MarkdownColumn("镇街"), MarkdownColumn("完成率", .right)])
/// table.append([.text("八陡镇"), .text("87.5%")])
/// table.append([.text("城西街道"), .empty])
/// print(table.text)
/// // | 镇街 | 完成率 |
/// // | :--- | ---: |
/// // | 八陡镇 | 87.5% |
/// // | 城西街道 | — |
/// ```
public struct MarkdownTable: Sendable {
    /// The columns, fixed at creation.
    public let columns: [MarkdownColumn]
    /// The data rows appended so far.
    public private(set) var rows: [[MarkdownCell]] = []

    /// A table with these columns (at least one) and no rows yet.
    public init(columns: [MarkdownColumn]) {
        precondition(!columns.isEmpty, "a Markdown table needs at least one column")
        self.columns = columns
    }

    /// Appends a row; its width must equal the number of columns (traps otherwise).
    public mutating func append(_ row: [MarkdownCell]) {
        precondition(row.count == columns.count,
                     "Markdown row has \(row.count) cells, the table has \(columns.count) columns")
        rows.append(row)
    }

    /// The rendered table, one line per row, ending with a newline.
    public var text: String {
        var lines: [String] = []
        lines.reserveCapacity(rows.count + 2)
        lines.append(Self.line(columns.map { MarkdownText.escape($0.title) }))
        lines.append(Self.line(columns.map(\.alignment.delimiter)))
        for row in rows {
            lines.append(Self.line(row.map(\.rendered)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func line(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }
}
