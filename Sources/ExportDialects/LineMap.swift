/// A record's place: a file path and the 1-based physical line on which the record starts
/// (the header being line 1; a record with a quoted line break starts on its first line).
public struct RecordLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The file, relative to the folder it was read from or written to
    /// (`coal_deliveries.csv`, `coal_deliveries/part-2.csv`).
    public var file: String
    /// The physical line the record starts on.
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }

    public static func < (a: RecordLocation, b: RecordLocation) -> Bool {
        a.file != b.file ? a.file < b.file : a.line < b.line
    }
}

/// Where every data record of a rewrite now lives: original (file, line) → rewritten
/// (file, line), and back. Headers, title rows, blank lines and 合计 rows are not records and
/// are not mapped; every data record of every rewritten CSV is, exactly once.
public struct LineMap: Sendable, Equatable {
    /// Original location → rewritten location.
    public private(set) var rewritten: [RecordLocation: RecordLocation] = [:]
    /// Rewritten location → original location.
    public private(set) var original: [RecordLocation: RecordLocation] = [:]

    public init() {}

    /// Records that `from` (in the source) is now at `to` (in the destination).
    mutating func record(_ from: RecordLocation, _ to: RecordLocation) {
        rewritten[from] = to
        original[to] = from
    }

    /// Where the record that started at `line` of the source file `file` now starts.
    public subscript(file: String, line: Int) -> RecordLocation? {
        rewritten[RecordLocation(file: file, line: line)]
    }

    /// The source record that the rewritten record at `file`:`line` comes from (to map a
    /// reject of a rewritten export back to the plain export's reject).
    public func original(file: String, line: Int) -> RecordLocation? {
        original[RecordLocation(file: file, line: line)]
    }

    /// The number of records mapped.
    public var count: Int { rewritten.count }
}
