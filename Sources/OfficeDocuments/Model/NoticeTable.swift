/// A table of a notice: full 版心 width, single black borders, the header row repeated on
/// every page it runs onto.
///
/// Cells are 仿宋_GB2312 4号 (14 pt, style `TableText`), one size below the body, so that a
/// ranking of ten townships with five columns stays on few lines; header cells are bold and
/// centred, cells of ``rightAligned`` columns (figures) right-aligned, other cells centred.
public struct NoticeTable: Sendable, Equatable {
    /// The caption above the table, e.g. `"表1  清洁煤炭推广进度排名"`: 黑体 3号, centred
    /// (style `TableCaption`); `nil` for none.
    public var caption: String?
    /// The header cells, one per column (at least one).
    public var columns: [String]
    /// The indices of the columns whose cells are figures (right-aligned).
    public var rightAligned: Set<Int>
    /// The data rows; a row shorter than ``columns`` is padded with empty cells, extra cells
    /// are dropped.
    public var rows: [[String]]

    /// A table with these columns and rows; no column is right-aligned unless told.
    public init(caption: String?, columns: [String], rightAligned: Set<Int> = [], rows: [[String]]) {
        self.caption = caption
        self.columns = columns
        self.rightAligned = rightAligned
        self.rows = rows
    }
}
