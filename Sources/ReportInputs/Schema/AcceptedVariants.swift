/// How often one accepted variant occurred in a file, and where.
public struct AcceptedTally: Sendable, Equatable {
    /// Rows (or lines) with this variant.
    public var count = 0
    /// The first lines holding it (at most `AcceptedTally.lineLimit`), 1-based.
    public var lines: [Int] = []

    public static let lineLimit = 20

    public init() {}

    mutating func add(line: Int) {
        count += 1
        if lines.count < Self.lineLimit { lines.append(line) }
    }

    mutating func merge(_ other: AcceptedTally) {
        count += other.count
        lines = Array((lines + other.lines).prefix(Self.lineLimit))
    }

    /// `第 3、7、12 行` (with `等` when more lines than listed).
    public var linesText: String {
        "第 " + lines.map(String.init).joined(separator: "、") + (count > lines.count ? " 等" : "") + " 行"
    }
}

/// What a file held that the spec does not name but whose meaning is unambiguous, and
/// that was therefore read rather than rejected: layout noise of an Excel form (title
/// rows, a 序号 column, 合计 rows, blank rows), values with their column's unit, an open
/// vocabulary's unlisted value, a spelling found only once folded. Nothing accepted this
/// way is silent: `validate`, the manifest and the data-quality section list it.
///
/// One log per reading of a file (not shared between threads); rules deep in a row's
/// parsing note through `FieldReader.note`, which knows the record's line.
public final class AcceptanceLog: @unchecked Sendable {
    /// Per description, e.g. `主体类型“批发市场”不属于任何考核分组`.
    public private(set) var tallies: [String: AcceptedTally] = [:]

    public init() {}

    /// Records one occurrence of `description` at `line`.
    public func note(_ description: String, line: Int) {
        tallies[description, default: AcceptedTally()].add(line: line)
    }
}

extension Dictionary where Key == String, Value == AcceptedTally {
    /// Adds the tallies of a later part of the same file.
    public mutating func merge(_ other: [String: AcceptedTally]) {
        for (key, tally) in other { self[key, default: AcceptedTally()].merge(tally) }
    }
}
