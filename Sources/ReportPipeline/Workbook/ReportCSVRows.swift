import OfficeDocuments

/// The rows of a CSV report this tool wrote (`CSVTableWriter`: UTF-8 with BOM, CRLF,
/// RFC 4180 quoting), read back field by field for the workbook. Not a reader for inputs:
/// it trusts the format it was written in.
struct ReportCSVRows: Sequence {
    let bytes: [UInt8]

    func makeIterator() -> Iterator { Iterator(bytes: bytes) }

    struct Iterator: IteratorProtocol {
        let bytes: [UInt8]
        var position: Int

        init(bytes: [UInt8]) {
            self.bytes = bytes
            position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        }

        mutating func next() -> [String]? {
            var row = WorkbookTextRow()
            guard next(into: &row) else { return nil }
            return (0..<row.count).map(row.string)
        }

        /// Reads the next row into `row` (emptied first); false at the end. Unquoted runs are
        /// copied whole, so a field costs one append, not one per byte.
        mutating func next(into row: inout WorkbookTextRow) -> Bool {
            row.removeAll()
            guard position < bytes.count else { return false }
            return bytes.withUnsafeBufferPointer { b in
                let end = b.count
                var quoted = false
                var runStart = position
                while position < end {
                    let byte = b[position]
                    if quoted {
                        if byte == 0x22 {
                            row.appendToCell(UnsafeBufferPointer(rebasing: b[runStart..<position]))
                            if position + 1 < end, b[position + 1] == 0x22 {
                                row.appendToCell(byte: 0x22)
                                position += 2
                            } else {
                                quoted = false
                                position += 1
                            }
                            runStart = position
                        } else {
                            position += 1
                        }
                        continue
                    }
                    switch byte {
                    case 0x22:
                        row.appendToCell(UnsafeBufferPointer(rebasing: b[runStart..<position]))
                        quoted = true
                        position += 1
                        runStart = position
                    case 0x2C:
                        row.appendToCell(UnsafeBufferPointer(rebasing: b[runStart..<position]))
                        row.endCell()
                        position += 1
                        runStart = position
                    case 0x0D where position + 1 < end && b[position + 1] == 0x0A:
                        row.appendToCell(UnsafeBufferPointer(rebasing: b[runStart..<position]))
                        row.endCell()
                        position += 2
                        return true
                    case 0x0A:
                        row.appendToCell(UnsafeBufferPointer(rebasing: b[runStart..<position]))
                        row.endCell()
                        position += 1
                        return true
                    default:
                        position += 1
                    }
                }
                row.appendToCell(UnsafeBufferPointer(rebasing: b[runStart..<Swift.min(position, end)]))
                row.endCell()
                return true
            }
        }
    }
}
