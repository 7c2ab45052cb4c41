import Foundation

/// Writes a workbook sheet by sheet, row by row, to temporary files beside the
/// destination (nothing of a sheet is kept in memory), then zips them into `path`.
///
/// The package holds, in this order: `[Content_Types].xml`, `_rels/.rels`, `xl/workbook.xml`,
/// `xl/_rels/workbook.xml.rels`, `xl/styles.xml`, `xl/worksheets/sheet1.xml`…,
/// `docProps/core.xml`, `docProps/app.xml`. Every sheet has its header in row 1 (bold, frozen,
/// with an autofilter over all columns); strings are inline strings, so no shared-string
/// table grows in memory; there are no formulas.
///
/// ```swift
/// let writer = try WorkbookWriter(path: folder + "/明细.xlsx")
/// try writer.beginSheet(name: "煤炭配送", columns: [
///     WorkbookColumn(title: "户号", format: .text, width: 16),
///     WorkbookColumn(title: "吨数", format: .tons, width: 10),
/// ])
/// try writer.appendRow([.text("3703040101001"), .number("1.500")])
/// try writer.finish()
/// ```
///
/// The temporary files are in a hidden folder beside `path` (`.<name>.<UUID>.parts`),
/// removed by ``finish()`` or, when the writer is dropped unfinished, by `deinit`.
public final class WorkbookWriter {
    private let destination: URL
    private let maxRowsPerSheet: Int
    private let folder: URL
    private var names = SheetNames()
    private var closed: [ClosedSheet] = []
    private var open: OpenSheet?
    private var isFinished = false
    /// Scratch space of ``appendRow(texts:)``, reused from row to row.
    private var textCells = SheetTextCells()

    /// A sheet whose XML is complete in its temporary file.
    private struct ClosedSheet {
        var summary: WorkbookParts.Sheet
        var file: URL
    }

    /// The sheet being written.
    private final class OpenSheet {
        let name: String
        let firstPartName: String
        let part: Int
        let columns: [WorkbookColumn]
        /// The columns' formats, apart: a row's cells look them up without copying a column.
        let formats: [WorkbookColumnFormat]
        let layout: SheetXML.Layout
        let stream: SheetStream
        var rows = 0

        init(name: String, firstPartName: String, part: Int, columns: [WorkbookColumn], stream: SheetStream) {
            self.name = name
            self.firstPartName = firstPartName
            self.part = part
            self.columns = columns
            formats = columns.map(\.format)
            self.layout = SheetXML.Layout(columns: columns.count)
            self.stream = stream
        }
    }

    /// Rows per sheet including the header (Excel's limit 1 048 576); a sheet with more data
    /// rows continues in a new sheet named "<name>（2）", "（3）"… with the same header.
    ///
    /// - Throws: ``WorkbookWriterError/invalidRowLimit(_:)`` for a limit outside 2…1 048 576,
    ///   ``WorkbookWriterError/io(_:)`` when the temporary folder cannot be made beside `path`.
    public init(path: String, maxRowsPerSheet: Int = 1_048_576) throws {
        guard (2...1_048_576).contains(maxRowsPerSheet) else {
            throw WorkbookWriterError.invalidRowLimit(maxRowsPerSheet)
        }
        destination = URL(fileURLWithPath: path)
        self.maxRowsPerSheet = maxRowsPerSheet
        folder = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).parts")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        } catch {
            throw WorkbookWriterError.io("\(folder.path): \(error.localizedDescription)")
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Starts a sheet: its name (cut to 31 characters, with []:*?/\ replaced by "_",
    /// made unique), the frozen bold header row with an autofilter over all columns.
    /// The sheet before it, if any, is complete.
    ///
    /// - Throws: ``WorkbookWriterError/noColumns(sheet:)``,
    ///   ``WorkbookWriterError/tooManyColumns(sheet:count:)``,
    ///   ``WorkbookWriterError/invalidColumnWidth(sheet:title:width:)``,
    ///   ``WorkbookWriterError/textTooLong(_:length:)`` for a header, or an I/O error.
    public func beginSheet(name: String, columns: [WorkbookColumn]) throws {
        guard !isFinished else { throw WorkbookWriterError.finished }
        guard !columns.isEmpty else { throw WorkbookWriterError.noColumns(sheet: name) }
        guard columns.count <= CellValues.maxColumns else {
            throw WorkbookWriterError.tooManyColumns(sheet: name, count: columns.count)
        }
        for (index, column) in columns.enumerated() {
            guard column.width.isFinite, (0...255).contains(column.width) else {
                throw WorkbookWriterError.invalidColumnWidth(sheet: name, title: column.title, width: column.width)
            }
            let length = column.title.utf16.count
            guard length <= 32_767 else {
                let position = WorkbookCellPosition(sheet: name, row: 1, column: CellValues.columnLetters(index + 1),
                                                    title: String(column.title.prefix(20)))
                throw WorkbookWriterError.textTooLong(position, length: length)
            }
        }
        try closeOpenSheet()
        let resolved = names.claim(name)
        try openSheet(name: resolved, firstPartName: resolved, part: 1, columns: columns)
    }

    /// Appends one data row (as many cells as columns; fewer are padded with .empty).
    /// When the sheet is full (`maxRowsPerSheet`), the row starts its continuation sheet.
    ///
    /// - Throws: ``WorkbookWriterError/noSheet`` before ``beginSheet(name:columns:)``,
    ///   ``WorkbookWriterError/tooManyCells(sheet:row:cells:columns:)``,
    ///   ``WorkbookWriterError/invalidNumber(_:literal:)``, ``WorkbookWriterError/invalidDate(_:)``,
    ///   ``WorkbookWriterError/textTooLong(_:length:)`` (the row is then not written), or an
    ///   I/O error.
    public func appendRow(_ cells: [WorkbookCell]) throws {
        let (sheet, full, sheetName, rowNumber) = try place(cellCount: cells.count)
        var prepared: [SheetXML.Prepared] = []
        prepared.reserveCapacity(cells.count)
        for (index, cell) in cells.enumerated() {
            let column = sheet.columns[index]
            prepared.append(try SheetXML.prepare(cell, column: column) {
                WorkbookCellPosition(sheet: sheetName, row: rowNumber,
                                     column: CellValues.columnLetters(index + 1), title: column.title)
            })
        }
        // Every cell is valid: from here on only I/O can fail.
        let target = try targetSheet(sheet, full: full, sheetName: sheetName)
        SheetXML.writeRow(target.stream, number: rowNumber, cells: prepared, layout: target.layout)
        target.rows += 1
        try target.stream.flushIfFull()
    }

    /// Appends one data row given as the texts of its cells, each typed by its column's
    /// format exactly as ``appendRow(_:)`` would write the cell: an empty text is no cell; in
    /// a `.text` column, a text cell; in a number column, the ``WorkbookCell/number(_:)``
    /// literal; in a `.date` or `.dateTime` column, the date when the text is `yyyy-mm-dd`
    /// (with ` hh:mm` or ` hh:mm:ss`), else a text cell. The same errors, and no String per
    /// cell: the path for sheets of a million rows.
    public func appendRow(texts row: WorkbookTextRow) throws {
        let (sheet, full, sheetName, rowNumber) = try place(cellCount: row.count)
        try textCells.prepare(row, formats: sheet.formats) { index in
            WorkbookCellPosition(sheet: sheetName, row: rowNumber, column: CellValues.columnLetters(index + 1),
                                 title: sheet.columns[index].title)
        }
        let target = try targetSheet(sheet, full: full, sheetName: sheetName)
        textCells.write(row, to: target.stream, number: rowNumber, layout: target.layout)
        target.rows += 1
        try target.stream.flushIfFull()
    }

    /// The open sheet, whether it is full, and the place of a next row of `cellCount` cells
    /// as Excel will number it (in the continuation sheet when this one is full).
    private func place(cellCount: Int) throws -> (sheet: OpenSheet, full: Bool, sheetName: String, rowNumber: Int) {
        guard !isFinished else { throw WorkbookWriterError.finished }
        guard let sheet = open else { throw WorkbookWriterError.noSheet }
        let full = sheet.rows == maxRowsPerSheet - 1
        let sheetName = full ? names.resolve(SheetNames.numbered(sheet.firstPartName, sheet.part + 1)) : sheet.name
        let rowNumber = full ? 2 : sheet.rows + 2
        guard cellCount <= sheet.columns.count else {
            throw WorkbookWriterError.tooManyCells(sheet: sheetName, row: rowNumber, cells: cellCount,
                                                   columns: sheet.columns.count)
        }
        return (sheet, full, sheetName, rowNumber)
    }

    /// The sheet a checked row goes to: the open one, or when it is full its continuation.
    private func targetSheet(_ sheet: OpenSheet, full: Bool, sheetName: String) throws -> OpenSheet {
        guard full else { return sheet }
        try closeOpenSheet()
        return try openSheet(name: names.claim(sheetName), firstPartName: sheet.firstPartName,
                             part: sheet.part + 1, columns: sheet.columns)
    }

    /// The sheets written so far, with their data-row counts, for the 说明 sheet.
    public var sheets: [(name: String, rows: Int)] {
        closed.map { ($0.summary.name, $0.summary.rows) } + (open.map { [($0.name, $0.rows)] } ?? [])
    }

    /// Writes the workbook and removes the temporary files. Same calls → same bytes.
    /// An existing file at `path` is replaced (by a rename, so readers see the old file or the new).
    ///
    /// - Throws: ``WorkbookWriterError/noSheet`` for a workbook without sheets,
    ///   ``WorkbookWriterError/packaging(_:)`` or ``WorkbookWriterError/io(_:)``.
    public func finish() throws {
        guard !isFinished else { throw WorkbookWriterError.finished }
        try closeOpenSheet()
        guard !closed.isEmpty else { throw WorkbookWriterError.noSheet }
        let count = closed.count
        var parts: [(path: String, source: ZipPackage.Source)] = [
            ("[Content_Types].xml", .bytes(Array(WorkbookParts.contentTypes(sheetCount: count).utf8))),
            ("_rels/.rels", .bytes(Array(PackageParts.packageRelationships(mainPart: "xl/workbook.xml").utf8))),
            ("xl/workbook.xml", .bytes(Array(WorkbookParts.workbook(closed.map(\.summary)).utf8))),
            ("xl/_rels/workbook.xml.rels", .bytes(Array(WorkbookParts.workbookRelationships(sheetCount: count).utf8))),
            ("xl/styles.xml", .bytes(Array(WorkbookStyles.xml.utf8))),
        ]
        parts += closed.enumerated().map { (WorkbookParts.sheetPath($0.offset + 1), .file($0.element.file)) }
        parts.append(("docProps/core.xml", .bytes(Array(PackageParts.coreProperties(title: nil).utf8))))
        parts.append(("docProps/app.xml", .bytes(Array(PackageParts.appProperties.utf8))))

        let zipped = folder.appendingPathComponent("workbook.xlsx")
        do {
            try ZipPackage.write(parts, to: zipped)
        } catch {
            throw WorkbookWriterError.packaging(error.description)
        }
        guard rename(zipped.path, destination.path) == 0 else {
            throw WorkbookWriterError.io("\(destination.path): \(String(cString: strerror(errno)))")
        }
        isFinished = true
        try? FileManager.default.removeItem(at: folder)
    }

    /// Starts sheet file `sheetN.xml` with its header; it becomes the open sheet.
    @discardableResult
    private func openSheet(name: String, firstPartName: String, part: Int,
                           columns: [WorkbookColumn]) throws -> OpenSheet {
        let file = folder.appendingPathComponent("sheet\(closed.count + 1).xml")
        let stream = try SheetStream(url: file)
        SheetXML.begin(stream, columns: columns, selected: closed.isEmpty)
        let sheet = OpenSheet(name: name, firstPartName: firstPartName, part: part, columns: columns, stream: stream)
        open = sheet
        return sheet
    }

    /// Ends the open sheet's XML (autofilter over its rows) and closes its file.
    private func closeOpenSheet() throws {
        guard let sheet = open else { return }
        open = nil
        SheetXML.end(sheet.stream, columns: sheet.columns.count, rows: sheet.rows)
        try sheet.stream.close()
        closed.append(ClosedSheet(summary: WorkbookParts.Sheet(name: sheet.name, columns: sheet.columns.count,
                                                               rows: sheet.rows),
                                  file: sheet.stream.url))
    }
}
