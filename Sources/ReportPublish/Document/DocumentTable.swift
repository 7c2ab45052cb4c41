/// The horizontal alignment of a table column.
public enum ColumnAlignment: Sendable, Hashable {
    /// Names and labels.
    case left
    /// Figures, so that digits line up.
    case right
    /// Short marks such as rank changes.
    case center
}

/// A column of a ``DocumentTable``: its header text and alignment.
public struct TableColumn: Sendable, Hashable {
    /// The header text (plain text).
    public var title: String
    /// How the column's cells are aligned.
    public var alignment: ColumnAlignment

    /// A column titled `title`, left-aligned unless told otherwise.
    public init(_ title: String, _ alignment: ColumnAlignment = .left) {
        self.title = title
        self.alignment = alignment
    }
}

/// A table of the summary: a header row and data rows of ``TableCell``s, rendered by
/// `MarkdownRenderer` (a GitHub-flavoured Markdown table) and `HTMLRenderer`.
///
/// ```swift
/// var table = DocumentTable(columns: [TableColumn("镇街"), TableColumn("完成率", .right)])
/// table.append([.text("八陡镇"), .text("87.5%")])
/// table.append([.text("城西街道"), .empty])
/// ```
public struct DocumentTable: Sendable, Hashable {
    /// The columns, fixed at creation.
    public let columns: [TableColumn]
    /// The data rows appended so far.
    public private(set) var rows: [[TableCell]] = []
    /// Rows at the end that total the others (合计, 全区), set apart in print.
    public var footerRows = 0

    /// A table with these columns (at least one) and no rows yet.
    public init(columns: [TableColumn]) {
        precondition(!columns.isEmpty, "a table needs at least one column")
        self.columns = columns
    }

    /// Appends a row; its width must equal the number of columns (traps otherwise).
    public mutating func append(_ row: [TableCell]) {
        precondition(row.count == columns.count, "table row has \(row.count) cells, the table has \(columns.count) columns")
        rows.append(row)
    }

    /// The same table restricted to the columns at `indices` (in that order): how a wide
    /// table is split into two that each fit a portrait page.
    public func selecting(_ indices: [Int]) -> DocumentTable {
        var part = DocumentTable(columns: indices.map { columns[$0] })
        for row in rows { part.append(indices.map { row[$0] }) }
        part.footerRows = footerRows
        return part
    }
}
