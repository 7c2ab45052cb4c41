/// The markup of `xl/worksheets/sheetN.xml`, written to a ``SheetStream`` in document order:
/// ``begin(_:columns:selected:)`` (views, column widths, the header row), one
/// ``writeRow(_:number:cells:layout:)`` per data row, ``end(_:columns:rows:)``.
enum SheetXML {
    /// A cell checked and ready to write: writing it cannot fail.
    enum Prepared {
        /// No `<c>` element.
        case none
        /// An inline string in the given style.
        case text(String, style: Int)
        /// A `<v>` value (number literal or date serial) in the given style.
        case value(String, style: Int)
    }

    /// What every row of a sheet shares: per column, `<c r="B` as bytes.
    struct Layout {
        var cellStarts: [[UInt8]]

        init(columns: Int) {
            cellStarts = (1...columns).map { Array("<c r=\"\(CellValues.columnLetters($0))".utf8) }
        }
    }

    /// The sheet's opening: the pane frozen below the header (`ySplit="1"`, `topLeftCell="A2"`),
    /// one `<col>` per column (width, and the format's style for cells typed in later), and
    /// the header row in the bold style.
    static func begin(_ stream: SheetStream, columns: [WorkbookColumn], selected: Bool) {
        stream.write(XMLPart.declaration)
        stream.write("<worksheet xmlns=\"\(XMLPart.spreadsheetNamespace)\" xmlns:r=\"\(XMLPart.relationshipsNamespace)\">")
        stream.write("<sheetViews><sheetView\(selected ? " tabSelected=\"1\"" : "") workbookViewId=\"0\">"
            + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>")
        stream.write(markup: "<sheetFormatPr defaultRowHeight=\"13.5\"/><cols>")
        for (index, column) in columns.enumerated() {
            stream.write("<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(CellValues.widthText(column.width))\""
                + " style=\"\(WorkbookStyles.style(column.format))\" customWidth=\"1\"/>")
        }
        stream.write(markup: "</cols><sheetData>")
        writeRow(stream, number: 1, cells: columns.map { .text($0.title, style: WorkbookStyles.header) },
                 layout: Layout(columns: columns.count))
    }

    /// Checks `cell` for `column` (see ``WorkbookCell`` for how each kind is written).
    static func prepare(_ cell: WorkbookCell, column: WorkbookColumn,
                        at position: () -> WorkbookCellPosition) throws -> Prepared {
        let columnStyle = WorkbookStyles.style(column.format)
        let asText = column.format == .text
        switch cell {
        case .empty:
            return .none
        case .text(let text):
            let length = text.utf16.count
            guard length <= 32_767 else { throw WorkbookWriterError.textTooLong(position(), length: length) }
            return .text(text, style: columnStyle)
        case .number(let literal):
            guard CellValues.isDecimalLiteral(literal) else {
                throw WorkbookWriterError.invalidNumber(position(), literal: literal)
            }
            return asText ? .text(literal, style: columnStyle) : .value(literal, style: columnStyle)
        case .date(let year, let month, let day):
            guard let serial = CellValues.serialDay(year: year, month: month, day: day) else {
                throw WorkbookWriterError.invalidDate(position())
            }
            if asText { return .text(CellValues.dateText(year: year, month: month, day: day), style: columnStyle) }
            return .value(String(serial), style: WorkbookStyles.style(.date))
        case .dateTime(let year, let month, let day, let hour, let minute, let second):
            guard let serial = CellValues.serialText(year: year, month: month, day: day,
                                                     hour: hour, minute: minute, second: second) else {
                throw WorkbookWriterError.invalidDate(position())
            }
            if asText {
                let text = CellValues.dateText(year: year, month: month, day: day) + " "
                    + CellValues.timeText(hour: hour, minute: minute, second: second)
                return .text(text, style: columnStyle)
            }
            return .value(serial, style: WorkbookStyles.style(.dateTime))
        }
    }

    /// One `<row>`: cells with their references (`B7`), styles, and either an inline string
    /// (`t="inlineStr"`, `<is><t xml:space="preserve">`) or a `<v>` value. No formulas.
    static func writeRow(_ stream: SheetStream, number: Int, cells: [Prepared], layout: Layout) {
        let row = Array(String(number).utf8)
        stream.write(markup: "<row r=\"")
        stream.write(bytes: row)
        stream.write(markup: "\">")
        for (index, cell) in cells.enumerated() {
            switch cell {
            case .none:
                continue
            case .text(let text, let style):
                writeCellStart(stream, layout: layout, column: index, row: row, style: style)
                stream.write(markup: "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                stream.write(text: text)
                stream.write(markup: "</t></is></c>")
            case .value(let value, let style):
                writeCellStart(stream, layout: layout, column: index, row: row, style: style)
                stream.write(markup: "\"><v>")
                stream.write(value)
                stream.write(markup: "</v></c>")
            }
        }
        stream.write(markup: "</row>")
    }

    /// `<c r="B7" s="3`: a cell's reference and style, its attributes left open.
    static func writeCellStart(_ stream: SheetStream, layout: Layout, column: Int, row: [UInt8], style: Int) {
        stream.write(bytes: layout.cellStarts[column])
        stream.write(bytes: row)
        stream.write(markup: "\" s=\"")
        stream.write(decimal: style)
    }

    /// The sheet's closing: the autofilter over the header and all `rows` data rows, page margins.
    static func end(_ stream: SheetStream, columns: Int, rows: Int) {
        stream.write("</sheetData><autoFilter ref=\"\(WorkbookParts.filterRange(columns: columns, rows: rows, absolute: false))\"/>")
        stream.write(markup: "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
        stream.write(markup: "</worksheet>")
    }
}
