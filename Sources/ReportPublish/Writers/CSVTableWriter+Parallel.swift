import Dispatch
import Foundation

extension CSVTableWriter {
    /// A report of `count` rows, row `index` given by `row(index)`, rendered on every core
    /// when it is long: consecutive ranges of rows are rendered side by side and joined in
    /// order, so the bytes are those of appending the rows one after the other. `row` must be
    /// a pure function of its index. Peak memory is the report plus one range.
    ///
    /// - Parameters:
    ///   - bytesPerRow: an estimate, for sizing the buffers once.
    ///   - parts: ranges to render (default: one per core, one below `minimumRowsPerPart` rows each).
    public static func rendering(header: [String], count: Int, bytesPerRow: Int,
                                 parts: Int = ProcessInfo.processInfo.activeProcessorCount,
                                 minimumRowsPerPart: Int = 50_000,
                                 row: @Sendable (Int) -> [CSVCell]) -> [UInt8] {
        let partCount = max(1, min(parts, count / max(1, minimumRowsPerPart)))
        var writer = CSVTableWriter(header: header)
        writer.reserveCapacity(rows: count, bytesPerRow: bytesPerRow)
        guard partCount > 1 else {
            for index in 0..<count { writer.append(row(index)) }
            return writer.bytes
        }
        let bounds = (0...partCount).map { $0 * count / partCount }
        let slots = RenderSlots(count: partCount)
        let header = header.count
        DispatchQueue.concurrentPerform(iterations: partCount) { part in
            var fragment = CSVTableWriter(fragmentOf: header)
            fragment.reserveCapacity(rows: bounds[part + 1] - bounds[part], bytesPerRow: bytesPerRow)
            for index in bounds[part]..<bounds[part + 1] { fragment.append(row(index)) }
            slots.set(part, fragment)
        }
        for part in 0..<partCount { writer.append(fragment: slots.take(part)) }
        return writer.bytes
    }

    /// Rows without BOM or header, to be joined to a report by ``append(fragment:)``.
    init(fragmentOf columnCount: Int) {
        self.columnCount = columnCount
        buffer = []
    }

    /// Appends the rows of a fragment (same columns).
    mutating func append(fragment: CSVTableWriter) {
        precondition(fragment.columnCount == columnCount, "a fragment of another report")
        buffer.append(contentsOf: fragment.buffer)
        rowCount += fragment.rowCount
    }
}

/// One writer per part, each set by its own thread only.
private final class RenderSlots: @unchecked Sendable {
    private var fragments: [CSVTableWriter?]

    init(count: Int) { fragments = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ fragment: CSVTableWriter) { fragments[index] = fragment }

    /// The fragment of `index`, released from the slot (its memory goes once appended).
    func take(_ index: Int) -> CSVTableWriter {
        defer { fragments[index] = nil }
        return fragments[index]!
    }
}
