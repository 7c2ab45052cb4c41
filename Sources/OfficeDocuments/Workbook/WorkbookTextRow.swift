/// One data row given as the UTF-8 text of each cell, for ``WorkbookWriter/appendRow(texts:)``,
/// which types each text by its column's format. A row is reused from one row to the next
/// (``removeAll()``), so a sheet of a million rows makes no String and no array per row.
public struct WorkbookTextRow: Sendable {
    /// The cells' bytes, one after the other.
    public private(set) var bytes: [UInt8] = []
    private var starts: [Int] = []
    private var ends: [Int] = []
    private var open: Int?

    public init() {
        bytes.reserveCapacity(1024)
        starts.reserveCapacity(64)
        ends.reserveCapacity(64)
    }

    /// The number of cells.
    public var count: Int { ends.count }

    /// Empties the row, keeping its storage.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        open = nil
    }

    /// Appends a whole cell.
    public mutating func append(cell: ArraySlice<UInt8>) {
        starts.append(bytes.count)
        bytes.append(contentsOf: cell)
        ends.append(bytes.count)
    }

    /// Appends bytes to the cell being built (started by the first call since the last
    /// ``endCell()``).
    public mutating func appendToCell(_ part: UnsafeBufferPointer<UInt8>) {
        if open == nil { open = bytes.count }
        bytes.append(contentsOf: part)
    }

    /// Appends one byte to the cell being built.
    public mutating func appendToCell(byte: UInt8) {
        if open == nil { open = bytes.count }
        bytes.append(byte)
    }

    /// Ends the cell being built (an empty cell when nothing was appended).
    public mutating func endCell() {
        starts.append(open ?? bytes.count)
        ends.append(bytes.count)
        open = nil
    }

    /// Drops the first byte of cell `index` (for a guard character the sheet does not need).
    public mutating func dropFirstByte(ofCell index: Int) {
        if starts[index] < ends[index] { starts[index] += 1 }
    }

    /// The bytes of cell `index`.
    public func cell(_ index: Int) -> ArraySlice<UInt8> { bytes[starts[index]..<ends[index]] }

    /// Calls `body` with the bytes of cell `index`.
    public func withCell<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[starts[index]..<ends[index]]))
        }
    }

    /// The text of cell `index`.
    public func string(_ index: Int) -> String { String(decoding: cell(index), as: UTF8.self) }
}

/// How the text of a cell reads as a typed value: the rules ``WorkbookWriter/appendRow(texts:)``
/// applies, for a caller that chooses columns' formats from their texts.
public enum WorkbookText {
    /// `yyyy-mm-dd` with a possible month and day (1–12, 1–31).
    /// (Public entry points take `ArraySlice<UInt8>`: a generic one would run unspecialised
    /// in the calling module, a hundred times slower on a sheet's million cells.)
    public static func date(_ text: ArraySlice<UInt8>) -> (year: Int, month: Int, day: Int)? {
        guard text.count == 10 else { return nil }
        return datePart(text, text.startIndex)
    }

    /// `yyyy-mm-dd hh:mm` or `yyyy-mm-dd hh:mm:ss`.
    public static func dateTime(_ text: ArraySlice<UInt8>)
        -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int)? {
        let at = text.startIndex
        guard text.count == 16 || text.count == 19, text[at + 10] == 0x20, text[at + 13] == 0x3A,
              let day = datePart(text, at), let hour = twoDigits(text, at + 11), let minute = twoDigits(text, at + 14),
              hour < 24, minute < 60 else { return nil }
        var second = 0
        if text.count == 19 {
            guard text[at + 16] == 0x3A, let value = twoDigits(text, at + 17), value < 60 else { return nil }
            second = value
        }
        return (day.year, day.month, day.day, hour, minute, second)
    }

    /// Digits after the point of a decimal literal (`-12.50` → 2, `12` → 0), nil for anything
    /// else (see ``WorkbookCell/number(_:)``).
    public static func decimalPlaces(_ text: ArraySlice<UInt8>) -> Int? {
        CellValues.decimalPlaces(text)
    }

    /// Display width in Excel's units: a character from U+2E80 on (CJK, full-width forms)
    /// counts 2, any other 1.
    public static func width(_ text: ArraySlice<UInt8>) -> Int {
        var width = 0
        var iterator = text.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case 0x00..<0x80, 0xC0..<0xE0: width += 1
            case 0xE0..<0xF0:
                // Three bytes: U+0800…U+FFFF; from U+2E80 (E2 BA 80) on it is wide.
                guard let second = iterator.next() else { return width + 1 }
                width += byte > 0xE2 || (byte == 0xE2 && second >= 0xBA) ? 2 : 1
            case 0xF0...: width += 2
            default: break   // a continuation byte
            }
        }
        return width
    }

    private static func datePart(_ text: ArraySlice<UInt8>, _ at: Int) -> (year: Int, month: Int, day: Int)? {
        guard text[at + 4] == 0x2D, text[at + 7] == 0x2D, let high = twoDigits(text, at), let low = twoDigits(text, at + 2),
              let month = twoDigits(text, at + 5), let day = twoDigits(text, at + 8),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return (high * 100 + low, month, day)
    }

    @inline(__always) private static func twoDigits(_ text: ArraySlice<UInt8>, _ at: Int) -> Int? {
        let tens = Int(text[at]) &- 0x30, units = Int(text[at + 1]) &- 0x30
        guard (0...9).contains(tens), (0...9).contains(units) else { return nil }
        return tens * 10 + units
    }
}
