import ReportCore

/// One kind of input file: its default name, its columns, and how a record of it
/// becomes a typed row (or a `RowReject`).
public protocol InputSchema: SendableMetatype {
    associatedtype Column: ColumnKey
    associatedtype Row
    /// What parsing needs besides the record (reference data, policy, …).
    associatedtype Context

    /// The file name inside the data or reference folder, e.g. `coal_deliveries.csv`.
    static var fileName: String { get }
    /// A short Chinese title for messages, e.g. `清洁煤炭配送登记`.
    static var title: String { get }
    static func parse(_ fields: FieldReader<Column>, context: Context) throws(RowReject) -> Row
    /// The latest date a row carries, for the freshness check (nil: none).
    static func latestDay(of row: Row) -> Day?
    /// The township a row belongs to, for the data-quality scorecard (nil: none).
    static func township(of row: Row) -> String?
    /// The same township as a position in `TownshipDirectory.all`, when the row knows it
    /// (saves a lookup per row); nil: look the name up.
    static func townshipPosition(of row: Row) -> Int?
    /// Quantity and money columns whose 合计/小计 rows can be checked, with their scale
    /// (3 for tons in kilograms, 2 for yuan in fen); empty: none.
    static var totalColumns: [(column: Column, scale: Int)] { get }
}

extension InputSchema {
    public static func latestDay(of row: Row) -> Day? { nil }
    public static func township(of row: Row) -> String? { nil }
    public static func townshipPosition(of row: Row) -> Int? { nil }
    public static var totalColumns: [(column: Column, scale: Int)] { [] }

    /// The column holding the township, if the file has one (by its English alias).
    public static var townshipColumn: Column? {
        Column.allCases.first { $0.spec.english == "township" }
    }
}
