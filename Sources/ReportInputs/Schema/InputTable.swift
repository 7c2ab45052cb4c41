import Glibc
import CSVReader
import ReportCore

/// What reading one input file found: the figures that go into the manifest and the
/// `validate` listing.
public struct InputFileReport: Sendable {
    /// The file's name in messages: `coal_deliveries.csv`, or for a file of an export
    /// folder `coal_deliveries/part-1.csv`.
    public let file: String
    public let path: String
    /// The export the file belongs to (`coal_deliveries.csv`): the reject limit applies
    /// to an export as a whole, however many files it comes in.
    public var export: String
    /// The physical line of the header (1 unless title rows precede it).
    public var headerLine = 1
    /// For a file whose reading stopped early: the line of the last record read.
    public var lastLine = 0
    /// What was accepted rather than rejected (layout noise, units, open vocabularies…),
    /// with counts and lines (`AcceptanceLog`).
    public var accepted: [String: AcceptedTally] = [:]
    /// Consistency findings that reject nothing: a 合计 row that does not match its rows.
    public var warnings: [String] = []
    /// 合计/小计/总计 rows seen (not counted as data).
    public var totalsRows = 0
    /// The totals columns' sums and, for a later part of a file read in parts, its totals
    /// rows left to check at the merge (`TotalsLedger.check(after:)`); nil without totals columns.
    public var totalsLedger: TotalsLedger?
    public var sha256 = ""
    public var encoding = SourceEncoding.utf8
    public var bytes = 0
    public var headers: [String] = []
    public var unknownHeaders: [String] = []
    /// Field positions of personal-data columns, for masking rejects files.
    public var personalFields: [Int: PersonalData] = [:]
    public var rowsRead = 0
    /// Rejected rows kept in full (see `RejectBudget`), in file order.
    public var rejects: [RejectedRow] = []
    /// Rejected rows past the budget of listed ones: counted, not kept.
    public var unlistedRejects = UnlistedRejects()
    public var latestDay: Day?
    /// For a part of a file read on its own: false when the part did not end on a record
    /// boundary (the file must then be read in one piece).
    public var partEndedOnRecordBoundary = true

    public init(file: String, path: String, export: String? = nil) {
        self.file = file
        self.path = path
        self.export = export ?? file
    }

    public var rowsRejected: Int { rejects.count + unlistedRejects.count }
    public var rowsAccepted: Int { rowsRead - rowsRejected }

    /// Adds another file of the same export (a folder's next file) to this export-level
    /// view: counts, rejects, accepted variants, warnings and the latest date. The hash,
    /// headers and encoding stay per file, in each file's own report.
    public mutating func add(_ other: InputFileReport) {
        if headers.isEmpty { headers = other.headers; personalFields = other.personalFields }
        encoding = rowsRead == 0 && rowsRejected == 0 ? other.encoding : encoding
        bytes += other.bytes
        rowsRead += other.rowsRead
        rejects += other.rejects
        unlistedRejects.merge(other.unlistedRejects)
        accepted.merge(other.accepted)
        warnings += other.warnings
        totalsRows += other.totalsRows
        if let day = other.latestDay, day > (latestDay ?? day.adding(days: -1)) { latestDay = day }
    }

    /// Rejected rows per reason, all reasons listed.
    public var rejectsByKind: [RejectKind: Int] {
        rejects.reduce(into: unlistedRejects.byKind) { $0[$1.reject.kind, default: 0] += 1 }
    }
}

/// A file that cannot be used at all.
public struct InputFileError: Error, Sendable, CustomStringConvertible {
    /// The file could not be read, or its header does not fit the schema.
    public enum Problem: Sendable {
        case read(CSVReadError)
        case header(HeaderProblem)
        /// The export cannot be located unambiguously (`ExportSource`).
        case source(String)
        /// Reading stopped before the end of the file: the reject limit could no longer be
        /// met (`RejectBudget`), with `unreadBytes` not read.
        case stoppedEarly(unreadBytes: Int)
    }
    public let file: String
    public let problem: Problem
    /// What was read before the problem (hash and counts may be partial).
    public let partial: InputFileReport

    public init(file: String, problem: Problem, partial: InputFileReport) {
        self.file = file
        self.problem = problem
        self.partial = partial
    }

    public var description: String {
        switch problem {
        case .read(let error): return error.description
        case .header(let problem): return "\(file):\(partial.headerLine): \(problem)"
        case .source(let message): return message
        case .stoppedEarly(let unread):
            return "\(file): 读到第 \(partial.lastLine) 行后提前停止：已拒收 \(partial.rowsRejected)/\(partial.rowsRead) 行，"
                + "其余 \(Self.megabytes(unread)) MB 即使全是有效行，拒收率也会超过上限"
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10).\(tenths % 10)"
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
    ///   - budget: how many rejected rows are kept in full, and when to stop early.
    public static func read(path: String, name: String? = nil, export: String? = nil, context: Schema.Context,
                            options: CSVReader.Options = CSVReader.Options(), header: [String]? = nil,
                            digest: FileDigest = FileDigest(), budget: RejectBudget = RejectBudget(),
                            onRow: (Schema.Row, Int) throws -> RowReject? = { _, _ in nil }) throws -> InputFileReport {
        let displayName = name ?? Schema.fileName
        let reader = CSVReader(path: path, name: displayName, options: options)
        // All per-file state in one value, reached once per record: captured variables are
        // checked for exclusive access on every use, a single mutating call only once.
        var intake = TableIntake<Schema>(report: InputFileReport(file: displayName, path: path, export: export),
                                         listedRejectBytes: budget.listedBytes)
        // Unread bytes are counted from what the reader has taken in, plus the chunk (and
        // detection window) it may hold unparsed.
        let size = options.part?.range.count ?? Self.fileSize(path)
        let slack = options.chunkSize + 32 * 1024
        let shortestRow = RejectBudget.shortestRow(Schema.Column.self)
        var rejectedAtLastCheck = 0
        do {
            if let header {
                intake.isLaterPart = true
                intake.adopt(try HeaderMapping<Schema.Column>(headers: header), line: 1)
            }
            try reader.forEachRecord(onChunk: { digest.update($0) }) { record in
                try intake.take(record, context: context, onRow: onRow)
                let rejected = intake.report.rowsRejected
                if rejected - rejectedAtLastCheck >= 1024 {
                    rejectedAtLastCheck = rejected
                    let unread = size - reader.bytesRead
                    if budget.isHopeless(rejected: rejected, read: intake.report.rowsRead,
                                         unreadBytes: unread + slack, shortestRow: shortestRow) {
                        intake.report.lastLine = record.line
                        throw StoppedEarly(unreadBytes: max(0, unread))
                    }
                }
            }
            if intake.mapping == nil, let problem = intake.search.bestProblem {
                intake.report.headerLine = intake.search.bestLine
                throw problem
            }
        } catch let stop as StoppedEarly {
            intake.report.finish(reader, digest, intake.log)
            throw InputFileError(file: displayName, problem: .stoppedEarly(unreadBytes: stop.unreadBytes),
                                 partial: intake.report)
        } catch let error as CSVReadError {
            intake.report.finish(reader, digest, intake.log)
            throw InputFileError(file: displayName, problem: .read(error), partial: intake.report)
        } catch var problem as HeaderProblem {
            intake.report.finish(reader, digest, intake.log)
            if intake.mapping == nil { intake.report.headerLine = intake.search.bestLine }
            if case .undecodable = problem {
                let found = CSVReader.firstUndecodableByte(path: path, line: intake.report.headerLine,
                                                           encoding: reader.encoding)
                problem = .undecodable(encoding: reader.encoding == .gb18030 ? "GB18030（GBK）" : "UTF-8",
                                       byteOffset: found?.offset, isNUL: found?.isNUL ?? false)
            }
            throw InputFileError(file: displayName, problem: .header(problem), partial: intake.report)
        }
        intake.report.totalsLedger = intake.totalsLedger
        intake.report.finish(reader, digest, intake.log)
        if intake.mapping == nil {
            throw InputFileError(file: displayName, problem: .header(.empty), partial: intake.report)
        }
        return intake.report
    }

    /// The header of the file at `path` (found as `read` finds it, after any title rows),
    /// or nil for a file without one.
    public static func header(path: String) throws -> [String]? {
        var search = HeaderSearch<Schema.Column>()
        let log = AcceptanceLog()
        do {
            try CSVReader(path: path).forEachRecord { record in
                if let found = try search.consider(record, log: log) { throw FirstRecord(fields: found.headers) }
            }
        } catch let first as FirstRecord {
            return first.fields
        } catch is HeaderProblem {
            return nil
        }
        return nil
    }
}

extension InputFileReport {
    mutating func finish(_ reader: CSVReader, _ digest: FileDigest, _ log: AcceptanceLog) {
        accepted.merge(log.tallies)
        if reader.options.part == nil { sha256 = digest.hex() }
        encoding = reader.encoding
        bytes = reader.bytesRead
        partEndedOnRecordBoundary = reader.endedOnRecordBoundary
    }
}

/// Stops a reader whose file can no longer meet the reject limit.
private struct StoppedEarly: Error {
    let unreadBytes: Int
}

extension InputTable {
    static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }
}

/// Stops a reader at its first record, carrying the record's fields.
private struct FirstRecord: Error {
    let fields: [String]
}
