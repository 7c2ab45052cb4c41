/// Where a rejected cell is: the sheet as named in the workbook (a continuation sheet's own
/// name), the row as Excel numbers it (the header is row 1), and the column.
public struct WorkbookCellPosition: Sendable, Equatable, CustomStringConvertible {
    /// The sheet's name in the workbook.
    public var sheet: String
    /// The row number in that sheet, the header being row 1.
    public var row: Int
    /// The column's letters, `A`, `B`, … `AA`.
    public var column: String
    /// The column's header.
    public var title: String

    /// A position for an error message.
    public init(sheet: String, row: Int, column: String, title: String) {
        self.sheet = sheet
        self.row = row
        self.column = column
        self.title = title
    }

    /// 工作表「名」第 5 行 C 列（金额）.
    public var description: String { "工作表「\(sheet)」第 \(row) 行 \(column) 列（\(title)）" }
}

/// Why a ``WorkbookWriter`` call failed. A rejected row leaves the writer as it was (the row is
/// checked before any of it is written), so the caller may go on with the next row.
public enum WorkbookWriterError: Error, Equatable, CustomStringConvertible {
    /// `maxRowsPerSheet` is outside 2…1 048 576 (a header and at least one data row).
    case invalidRowLimit(Int)
    /// A sheet was begun without columns.
    case noColumns(sheet: String)
    /// A sheet has more than Excel's 16 384 columns.
    case tooManyColumns(sheet: String, count: Int)
    /// A column width is not a number from 0 to 255.
    case invalidColumnWidth(sheet: String, title: String, width: Double)
    /// A row was appended before any sheet was begun, or the workbook was finished without one.
    case noSheet
    /// A row has more cells than its sheet has columns.
    case tooManyCells(sheet: String, row: Int, cells: Int, columns: Int)
    /// A number cell's literal is not an optional `-`, digits, and optionally `.` and digits.
    case invalidNumber(WorkbookCellPosition, literal: String)
    /// A date or date-time cell is not a real moment from 1900-03-01 to 9999-12-31.
    case invalidDate(WorkbookCellPosition)
    /// A text cell is longer than Excel's 32 767 characters (UTF-16 code units).
    case textTooLong(WorkbookCellPosition, length: Int)
    /// The writer was used after ``WorkbookWriter/finish()``.
    case finished
    /// A temporary file or the destination could not be written.
    case io(String)
    /// The package could not be zipped.
    case packaging(String)

    /// A sentence for the operator.
    public var description: String {
        switch self {
        case .invalidRowLimit(let limit):
            return "每张工作表的行数上限 \(limit) 无效（应为 2 至 1048576）"
        case .noColumns(let sheet):
            return "工作表「\(sheet)」没有列"
        case .tooManyColumns(let sheet, let count):
            return "工作表「\(sheet)」有 \(count) 列，超过 Excel 的 16384 列"
        case .invalidColumnWidth(let sheet, let title, let width):
            return "工作表「\(sheet)」列「\(title)」的列宽 \(width) 无效（应为 0 至 255）"
        case .noSheet:
            return "工作簿还没有工作表"
        case .tooManyCells(let sheet, let row, let cells, let columns):
            return "工作表「\(sheet)」第 \(row) 行有 \(cells) 个单元格，多于 \(columns) 列"
        case .invalidNumber(let position, let literal):
            return "\(position)的数值「\(literal)」不是十进制数"
        case .invalidDate(let position):
            return "\(position)的日期无效"
        case .textTooLong(let position, let length):
            return "\(position)的文本长 \(length) 个字符，超过 Excel 单元格的 32767 个"
        case .finished:
            return "工作簿已经写完"
        case .io(let reason):
            return "无法写入 .xlsx：\(reason)"
        case .packaging(let reason):
            return "无法生成 .xlsx 压缩包：\(reason)"
        }
    }
}
