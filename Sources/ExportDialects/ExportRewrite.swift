/// Rewrites export CSVs into a `Dialect`, keeping every record's meaning, and says where each
/// record went: the core of the metamorphic tests (a report built from a rewrite must equal
/// the report built from the source, and a reject must name the rewritten file and line).
public struct ExportRewrite: Sendable {
    /// One written file: its path relative to the destination, and its bytes.
    public struct File: Equatable, Sendable {
        public var path: String
        public var bytes: [UInt8]
    }

    /// The files one export becomes, and where its records are in them.
    public var files: [File]
    /// Keys are (source file name, line); values are (`files[i].path`, line).
    public var lineMap: LineMap

    /// Rewrites every export CSV of `source` into `destination` in `dialect`; returns, per
    /// original (file, line), where that record now lives (file path relative to
    /// `destination`, line), so a test can check that a reject names its own file and line.
    ///
    /// Every regular `*.csv` file directly in `source` is rewritten; other regular files
    /// (`README.md`) are copied unchanged; folders are skipped. `destination` is created when
    /// missing and must otherwise be empty: a rewrite never mixes with older exports (a stale
    /// `coal_deliveries.csv` beside `coal_deliveries/` would be read twice).
    @discardableResult
    public static func rewrite(source: String, destination: String, dialect: Dialect) throws -> LineMap {
        switch FileSystem.kind(destination) {
        case nil: try FileSystem.makeDirectories(destination)
        case .directory?: guard try FileSystem.list(destination).isEmpty else {
            throw ExportRewriteError.destinationNotEmpty(destination)
        }
        default: throw ExportRewriteError.io(path: destination, reason: "not a folder")
        }
        var map = LineMap()
        for name in try FileSystem.list(source) {
            let path = source + "/" + name
            guard FileSystem.kind(path) == .file else { continue }
            let bytes = try FileSystem.read(path)
            guard name.hasSuffix(".csv") else {
                try FileSystem.write(destination + "/" + name, bytes)
                continue
            }
            let export = try rewrite(file: name, bytes: bytes, dialect: dialect)
            for file in export.files {
                if let slash = file.path.lastIndex(of: "/") {
                    try FileSystem.makeDirectories(destination + "/" + file.path[..<slash])
                }
                try FileSystem.write(destination + "/" + file.path, file.bytes)
            }
            for (from, to) in export.lineMap.rewritten { map.record(from, to) }
        }
        return map
    }

    /// Rewrites one export, in memory: `file` is its name (`coal_deliveries.csv`, which picks
    /// the columns that get units and sums), `bytes` its content in any encoding of SPEC §2.
    /// Throws only when a quote never closes (`plain` never throws).
    public static func rewrite(file: String, bytes: [UInt8], dialect: Dialect) throws -> ExportRewrite {
        if dialect == .plain {
            var map = LineMap()
            let encoding = TextEncoding.detect(bytes)
            let body = Array(bytes.dropFirst(encoding.prefix.count))
            if let records = try? CSVParser.parse(body, encoding: encoding, file: file, codecs: Codecs()) {
                for record in records.dropFirst() {
                    map.record(RecordLocation(file: file, line: record.line), RecordLocation(file: file, line: record.line))
                }
            }
            return ExportRewrite(files: [File(path: file, bytes: bytes)], lineMap: map)
        }
        return try SourceExport(file: file, bytes: bytes).rewritten(in: dialect)
    }
}

/// One export as read: encoding, line end, header and records, and its known columns.
struct SourceExport {
    let file: String
    let encoding: TextEncoding
    let lineEnding: [UInt8]
    let header: [Field]
    let rows: [Row]
    let schema: ExportSchema
    let codecs = Codecs()

    init(file: String, bytes: [UInt8]) throws {
        self.file = file
        encoding = TextEncoding.detect(bytes)
        let body = Array(bytes.dropFirst(encoding.prefix.count))
        if let lf = body.firstIndex(of: CSVParser.lf) {
            lineEnding = lf > 0 && body[lf - 1] == CSVParser.cr ? [CSVParser.cr, CSVParser.lf] : [CSVParser.lf]
        } else {
            lineEnding = body.contains(CSVParser.cr) ? [CSVParser.cr, CSVParser.lf] : [CSVParser.lf]
        }
        let records = try CSVParser.parse(body, encoding: encoding, file: file, codecs: codecs)
        header = records.first?.fields ?? []
        rows = records.dropFirst().map { Row(fields: $0.fields, plain: $0.fields, line: $0.line) }
        schema = ExportSchema.named(file)
    }

    var stem: String { file.hasSuffix(".csv") ? String(file.dropLast(4)) : file }

    func rewritten(in dialect: Dialect) -> ExportRewrite {
        var rows = self.rows
        if dialect.usesTyped {
            var typed = TypedValues()
            let roles = header.map { schema.column(named: $0.string ?? "")?.role ?? .text }
            rows = typed.apply(to: rows, roles: roles)
        }
        var parts: [Part] = []
        if dialect.usesSplit {
            for (index, range) in Part.chunks(rows.count).enumerated() {
                parts.append(Part(path: "\(stem)/part-\(index + 1).csv", header: header, rows: Array(rows[range]),
                                  encoding: encoding).varied(Part.Variation(index: index), schema: schema))
            }
        } else {
            parts = [Part(path: file, header: header, rows: rows, encoding: encoding)]
        }
        var result = ExportRewrite(files: [], lineMap: LineMap())
        for part in parts {
            let lines = dialect.usesExcelForm
                ? ExcelForm.layout(header: part.header, rows: part.rows, schema: schema)
                : [OutputRow(fields: part.header, origin: nil)] + part.rows.map { OutputRow(fields: $0.fields, origin: $0.line) }
            var written = write(lines, path: part.path, in: part.encoding)
            // A part moved to GB18030 that still reads as strict UTF-8 (a few characters can)
            // would be decoded as UTF-8 by any reader: it stays in the source's encoding.
            if written == nil || (part.encoding == .gb18030 && encoding != .gb18030
                                  && TextEncoding.detect(written!.file.bytes) != .gb18030) {
                written = write(lines, path: part.path, in: encoding)
            }
            result.files.append(written!.file)
            for (from, to) in written!.map.rewritten { result.lineMap.record(from, to) }
        }
        return result
    }

    /// `lines` in `target`, or nil when a cell cannot be written there.
    private func write(_ lines: [OutputRow], path: String, in target: TextEncoding) -> (file: ExportRewrite.File, map: LineMap)? {
        guard CSVWriter.canWrite(lines.map(\.fields), in: target, sourceEncoding: encoding, codecs: codecs) else { return nil }
        var writer = CSVWriter(encoding: target, sourceEncoding: encoding, lineEnding: lineEnding, codecs: codecs)
        var map = LineMap()
        for line in lines {
            let at = writer.append(line.fields)
            if let origin = line.origin {
                map.record(RecordLocation(file: file, line: origin), RecordLocation(file: path, line: at))
            }
        }
        return (ExportRewrite.File(path: path, bytes: writer.bytes), map)
    }
}
