import CSVReader
import ReportCore

/// What reading one input file found: the figures that go into the manifest and the
/// `validate` listing.
public struct InputFileReport: Sendable {
    public let file: String
    public let path: String
    public var sha256 = ""
    public var encoding = SourceEncoding.utf8
    public var bytes = 0
    public var headers: [String] = []
    public var unknownHeaders: [String] = []
    /// Field positions of personal-data columns, for masking rejects files.
    public var personalFields: [Int: PersonalData] = [:]
    public var rowsRead = 0
    public var rejects: [RejectedRow] = []
    public var latestDay: Day?
    /// For a part of a file read on its own: false when the part did not end on a record
    /// boundary (the file must then be read in one piece).
    public var partEndedOnRecordBoundary = true

    public init(file: String, path: String) {
        self.file = file
        self.path = path
    }

    public var rowsRejected: Int { rejects.count }
    public var rowsAccepted: Int { rowsRead - rejects.count }

    /// Rejected rows per reason, all reasons listed.
    public var rejectsByKind: [RejectKind: Int] {
        rejects.reduce(into: [:]) { $0[$1.reject.kind, default: 0] += 1 }
    }
}

/// A file that cannot be used at all.
public struct InputFileError: Error, Sendable, CustomStringConvertible {
    /// The file could not be read, or its header does not fit the schema.
    public enum Problem: Sendable {
        case read(CSVReadError)
        case header(HeaderProblem)
    }
    public let file: String
    public let problem: Problem
    /// What was read before the problem (hash and counts may be partial).
    public let partial: InputFileReport

    public var description: String {
        switch problem {
        case .read(let error): return error.description
        case .header(let problem): return "\(file):1: \(problem)"
        }
    }
}

/// Reads one input file of a schema, streaming: every record is parsed and handed to
/// `onRow` as it comes, rejected rows are collected with their line and reason, and
/// the raw bytes are hashed on the way for the manifest.
public enum InputTable<Schema: InputSchema> {
    /// - Parameters:
    ///   - onRow: receives each accepted row with its line; may return a `RowReject`
    ///     of its own (a conflicting duplicate, say), which rejects the row.
    /// - Returns: the file's report, rejects included.
    /// - Throws: `InputFileError` when the file cannot be read or has no usable header;
    ///   whatever `onRow` throws.
    ///   - header: for a later part of a file (`options.part`), the file's header, read
    ///     by the first part; every record of the part is then data.
    ///   - digest: receives the raw bytes read; the report's `sha256` is filled only when
    ///     the whole file is read (for parts, the caller finishes the digest).
    public static func read(path: String, name: String? = nil, context: Schema.Context,
                            options: CSVReader.Options = CSVReader.Options(), header: [String]? = nil,
                            digest: FileDigest = FileDigest(),
                            onRow: (Schema.Row, Int) throws -> RowReject? = { _, _ in nil }) throws -> InputFileReport {
        let displayName = name ?? Schema.fileName
        var report = InputFileReport(file: displayName, path: path)
        let reader = CSVReader(path: path, name: displayName, options: options)
        var mapping: HeaderMapping<Schema.Column>?
        do {
            if let header {
                mapping = try HeaderMapping<Schema.Column>(headers: header)
                report.headers = header
            }
            try reader.forEachRecord(onChunk: { digest.update($0) }) { record in
                guard let mapping else {
                    mapping = try HeaderMapping<Schema.Column>(headers: record.strings)
                    report.headers = mapping!.headers
                    report.unknownHeaders = mapping!.unknownHeaders
                    for column in Schema.Column.allCases {
                        if let kind = column.spec.personal, let index = mapping!.fieldIndex[column.index] {
                            report.personalFields[index] = kind
                        }
                    }
                    return
                }
                report.rowsRead += 1
                if let problem = Self.check(record, mapping: mapping) {
                    report.rejects.append(RejectedRow(line: record.line, reject: problem, fields: record.strings))
                    return
                }
                let fields = FieldReader(record: record, mapping: mapping)
                do {
                    let row = try Schema.parse(fields, context: context)
                    if let problem = try onRow(row, record.line) {
                        report.rejects.append(RejectedRow(line: record.line, reject: problem, fields: record.strings))
                    } else if let day = Schema.latestDay(of: row), day > (report.latestDay ?? day.adding(days: -1)) {
                        report.latestDay = day
                    }
                } catch let reject as RowReject {
                    report.rejects.append(RejectedRow(line: record.line, reject: reject, fields: record.strings))
                }
            }
        } catch let error as CSVReadError {
            report.finish(reader, digest)
            throw InputFileError(file: displayName, problem: .read(error), partial: report)
        } catch let problem as HeaderProblem {
            report.finish(reader, digest)
            throw InputFileError(file: displayName, problem: .header(problem), partial: report)
        }
        report.finish(reader, digest)
        if mapping == nil {
            throw InputFileError(file: displayName, problem: .header(.empty), partial: report)
        }
        return report
    }

    /// The header of the file at `path` (its first record), or nil for an empty file.
    public static func header(path: String) throws -> [String]? {
        do {
            try CSVReader(path: path).forEachRecord { throw FirstRecord(fields: $0.strings) }
        } catch let first as FirstRecord {
            return first.fields
        }
        return nil
    }

    /// Problems of the record as a whole: bytes that are not text, or more non-empty
    /// fields than the header has (an unquoted comma that shifted the columns).
    private static func check(_ record: RawRecord, mapping: HeaderMapping<Schema.Column>) -> RowReject? {
        if let line = record.invalidBytesLine {
            return RowReject(.undecodableBytes, column: nil,
                             detail: "第 \(line) 行含有无法按文件编码解码的字节")
        }
        if record.count > mapping.headers.count {
            for index in mapping.headers.count..<record.count where !ValueParser.trimmed(record[index]).isEmpty {
                return RowReject(.extraFields, column: nil,
                                 detail: "有 \(record.count) 个字段，表头只有 \(mapping.headers.count) 列（字段中的逗号是否漏加引号？）")
            }
        }
        return nil
    }
}

extension InputFileReport {
    fileprivate mutating func finish(_ reader: CSVReader, _ digest: FileDigest) {
        if reader.options.part == nil { sha256 = digest.hex() }
        encoding = reader.encoding
        bytes = reader.bytesRead
        partEndedOnRecordBoundary = reader.endedOnRecordBoundary
    }
}

/// Stops a reader at its first record, carrying the record's fields.
private struct FirstRecord: Error {
    let fields: [String]
}
