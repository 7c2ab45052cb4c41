/// The cells of a ``WorkbookTextRow`` checked against their columns and written as SheetML,
/// with the markup ``SheetXML/writeRow(_:number:cells:layout:)`` gives the same cells built
/// as ``WorkbookCell`` values. Holds its scratch space from row to row.
struct SheetTextCells {
    private enum Kind {
        /// No `<c>` element.
        case none
        /// The cell's own bytes as an inline string.
        case text
        /// The cell's own bytes as `<v>` (a number literal).
        case literal
        /// `serials[range]` as `<v>` (a date serial).
        case serial(Range<Int>)
    }

    private var kinds: [(kind: Kind, style: Int)] = []
    private var serials: [UInt8] = []

    /// Types and checks every cell of `row` by its column's format; throws the error ``SheetXML/prepare(_:column:at:)``
    /// gives for the first invalid cell, the row then being left unwritten.
    mutating func prepare(_ row: WorkbookTextRow, formats: [WorkbookColumnFormat],
                          at position: (Int) -> WorkbookCellPosition) throws {
        kinds.removeAll(keepingCapacity: true)
        serials.removeAll(keepingCapacity: true)
        for index in 0..<row.count {
            let format = formats[index]
            let style = WorkbookStyles.style(format)
            let text = row.cell(index)
            if text.isEmpty {
                kinds.append((.none, style))
                continue
            }
            switch format {
            case .text:
                try Self.checkLength(text) { position(index) }
                kinds.append((.text, style))
            case .integer, .tons, .yuan, .rate:
                guard CellValues.decimalPlaces(text) != nil else {
                    throw WorkbookWriterError.invalidNumber(position(index), literal: String(decoding: text, as: UTF8.self))
                }
                kinds.append((.literal, style))
            case .date:
                guard let day = WorkbookText.date(text) else {
                    try Self.checkLength(text) { position(index) }
                    kinds.append((.text, style))
                    continue
                }
                guard let serial = CellValues.serialDay(year: day.year, month: day.month, day: day.day) else {
                    throw WorkbookWriterError.invalidDate(position(index))
                }
                let start = serials.count
                CellValues.appendDecimal(serial, to: &serials)
                kinds.append((.serial(start..<serials.count), WorkbookStyles.style(.date)))
            case .dateTime:
                guard let time = WorkbookText.dateTime(text) else {
                    try Self.checkLength(text) { position(index) }
                    kinds.append((.text, style))
                    continue
                }
                let start = serials.count
                guard CellValues.appendSerial(year: time.year, month: time.month, day: time.day, hour: time.hour,
                                              minute: time.minute, second: time.second, to: &serials) else {
                    throw WorkbookWriterError.invalidDate(position(index))
                }
                kinds.append((.serial(start..<serials.count), WorkbookStyles.style(.dateTime)))
            }
        }
    }

    /// Writes the row ``prepare(_:columns:at:)`` checked.
    func write(_ row: WorkbookTextRow, to stream: SheetStream, number: Int, layout: SheetXML.Layout) {
        var digits: [UInt8] = []
        CellValues.appendDecimal(number, to: &digits)
        stream.write(markup: "<row r=\"")
        stream.write(bytes: digits)
        stream.write(markup: "\">")
        for (index, cell) in kinds.enumerated() {
            switch cell.kind {
            case .none:
                continue
            case .text:
                SheetXML.writeCellStart(stream, layout: layout, column: index, row: digits, style: cell.style)
                stream.write(markup: "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                row.withCell(index) { stream.write(text: $0) }
                stream.write(markup: "</t></is></c>")
            case .literal:
                SheetXML.writeCellStart(stream, layout: layout, column: index, row: digits, style: cell.style)
                stream.write(markup: "\"><v>")
                row.withCell(index) { stream.write(bytes: $0) }
                stream.write(markup: "</v></c>")
            case .serial(let range):
                SheetXML.writeCellStart(stream, layout: layout, column: index, row: digits, style: cell.style)
                stream.write(markup: "\"><v>")
                serials.withUnsafeBufferPointer { stream.write(bytes: UnsafeBufferPointer(rebasing: $0[range])) }
                stream.write(markup: "</v></c>")
            }
        }
        stream.write(markup: "</row>")
    }

    /// A text cell holds at most 32 767 UTF-16 units (Excel's limit).
    private static func checkLength(_ text: ArraySlice<UInt8>, at position: () -> WorkbookCellPosition) throws {
        // UTF-8 never takes fewer bytes than UTF-16 takes units: count only long texts.
        guard text.count > 32_767 else { return }
        let length = text.reduce(0) { units, byte in
            units + (byte & 0xC0 == 0x80 ? 0 : byte >= 0xF0 ? 2 : 1)
        }
        guard length <= 32_767 else { throw WorkbookWriterError.textTooLong(position(), length: length) }
    }
}
