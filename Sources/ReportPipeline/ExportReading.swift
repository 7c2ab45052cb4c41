import ReportCore
import ReportInputs

/// Rows sent, rejected and the latest date, for one township in one export.
public struct TownshipTally: Sendable, Equatable {
    public var rows = 0
    public var rejected = 0
    public var latestDay: Day?
}

/// Reads the exports of a run, one file at a time, and keeps what each one found.
///
/// A file that cannot be used is recorded, not thrown, so that `validate` and a
/// failed `run` can report every broken file at once. Rows are also tallied per
/// township (rejected rows by the township they name, when it resolves) for the
/// data-quality scorecard.
public struct ExportReading {
    public let dataDirectory: String
    public let context: ExportContext
    /// Reports of the files read, in reading order (partial ones for failed files).
    public private(set) var reports: [InputFileReport] = []
    /// Files that could not be used.
    public private(set) var failures: [InputFileError] = []
    /// Per export file, per township ("" when the row names none or an unknown one).
    public private(set) var tallies: [String: [String: TownshipTally]] = [:]
    /// Told about reading progress (rows so far in the current file).
    public var progress: ReadingProgress?
    /// Files at least this large are read in parts on several cores (`readInParts`).
    public var partMinimumBytes = 16 << 20
    /// How many parts each file read by `readInParts` was read in (1: in one piece).
    public internal(set) var partsRead: [String: Int] = [:]
    /// The reject limit (tenths of a percent) past which a file stops being read early,
    /// and the field bytes of rejected rows kept in full per file (`RejectBudget`).
    public var rejectLimit: Int?
    public var listedRejectBytes = RejectBudget().listedBytes

    /// The budget for reading one file (or part) of `size` bytes of an export of `total`.
    func budget(size: Int, total: Int) -> RejectBudget {
        RejectBudget(listedBytes: listedRejectBytes, limitTenthsOfPercent: rejectLimit,
                     otherBytes: max(0, total - size))
    }

    public init(dataDirectory: String, context: ExportContext) {
        self.dataDirectory = dataDirectory
        self.context = context
    }

    /// Reads `S.fileName` from the data folder — the file, or each file of the folder named
    /// after it (`ExportSource`) in name order — handing every accepted row to `onRow`
    /// with its position: its line, or for a folder file a position that also names the
    /// file (`SourceFileNames`).
    public mutating func read<S: InputSchema>(_ schema: S.Type,
                                              onRow: (S.Row, Int) throws -> RowReject? = { _, _ in nil }) throws
    where S.Context == ExportContext {
        var counter = TownshipCounter<S>(townships: context.reference.townships)
        let source: ExportSource
        do {
            source = try ExportSource.locate(S.fileName, in: dataDirectory)
        } catch {
            let partial = InputFileReport(file: S.fileName, path: dataDirectory + "/" + S.fileName)
            record(partial, failure: InputFileError(file: S.fileName, problem: .source(error.message), partial: partial),
                   counted: counter, schema: S.self)
            return
        }
        let progress = self.progress
        var rows = 0
        let sizes = source.files.map { ReadingProgress.size(of: $0.path) }
        let total = sizes.reduce(0, +)
        for (fileIndex, file) in source.files.enumerated() {
            progress?.start(file: file.name, bytes: ReadingProgress.size(of: file.path))
            defer { progress?.finish() }
            var ordinal = 0
            if source.isFolder {
                guard let registered = context.sourceFiles.register(file.name) else {
                    let partial = InputFileReport(file: file.name, path: file.path, export: S.fileName)
                    record(partial, failure: InputFileError(file: file.name, problem: .source(
                        "\(file.name)：导出文件夹的文件过多（一次运行最多 \(SourceFileNames.maximumFiles) 个）"), partial: partial),
                        counted: counter, schema: S.self)
                    continue
                }
                ordinal = registered
            }
            do {
                let digest = FileDigest()
                let report = try InputTable<S>.read(path: file.path, name: file.name, export: S.fileName,
                                                    context: context, digest: digest,
                                                    budget: budget(size: sizes[fileIndex], total: total)) { row, line in
                    rows += 1
                    if rows & 0x3FFF == 0 { progress?.update(rows: rows, bytes: digest.bytesFed) }
                    let verdict = try onRow(row, SourceFileNames.position(ordinal: ordinal, line: line))
                    if verdict == nil { counter.count(row) }
                    return verdict
                }
                record(report, failure: nil, counted: counter, schema: S.self)
            } catch let error as InputFileError {
                record(error.partial, failure: error, counted: counter, schema: S.self)
            }
        }
    }

    /// One report per export (a folder's files added up, named after the export), in
    /// reading order: what the reject limit, the data-quality scorecard and the freshness
    /// check look at, so an export reads the same whether it comes in one file or several.
    public var exportReports: [InputFileReport] {
        var merged: [InputFileReport] = []
        for report in reports {
            guard let index = merged.firstIndex(where: { $0.export == report.export }) else {
                var first = report
                if report.file != report.export {
                    first = InputFileReport(file: report.export, path: report.path, export: report.export)
                    first.add(report)
                }
                merged.append(first)
                continue
            }
            merged[index].add(report)
        }
        return merged
    }

    /// Files a file's report, its failure if any, and its per-township tallies.
    mutating func record<S: InputSchema>(_ report: InputFileReport, failure: InputFileError?,
                                         counted: TownshipCounter<S>, schema: S.Type) {
        var perTownship = counted.byName
        countRejects(report, schema: S.self, into: &perTownship)
        reports.append(report)
        if let failure { failures.append(failure) }
        // A folder's files add up; the counter already holds the rows of the files before.
        var previousRejects = tallies[S.fileName]?.mapValues(\.rejected) ?? [:]
        if report.file == S.fileName { previousRejects = [:] }
        for (township, rejected) in previousRejects {
            perTownship[township, default: TownshipTally()].rejected += rejected
            perTownship[township, default: TownshipTally()].rows += rejected
        }
        tallies[S.fileName] = perTownship
    }

    func countRejects<S: InputSchema>(_ report: InputFileReport, schema: S.Type,
                                              into perTownship: inout [String: TownshipTally]) {
        let column = (try? HeaderMapping<S.Column>(headers: report.headers)).flatMap { mapping in
            S.townshipColumn.flatMap { mapping.fieldIndex[$0.index] }
        }
        for rejected in report.rejects {
            let text = column.flatMap { $0 < rejected.fields.count ? rejected.fields[$0] : nil } ?? ""
            let township = context.reference.townships.resolve(text)?.name ?? ""
            perTownship[township, default: TownshipTally()].rows += 1
            perTownship[township, default: TownshipTally()].rejected += 1
        }
        for (text, count) in report.unlistedRejects.byTownshipText {
            let township = context.reference.townships.resolve(text)?.name ?? ""
            perTownship[township, default: TownshipTally()].rows += count
            perTownship[township, default: TownshipTally()].rejected += count
        }
    }

    /// Why `run` must refuse these inputs, one line per problem: files that could not
    /// be used, and files whose share of rejected rows is above `maxRejectRate`
    /// (tenths of a percent). Empty when the inputs are usable.
    /// - Parameter rejectsFolder: where the rejects files of a failed run are written
    ///   (`<out>/.failed/<P>/rejects`), named in the message; nil for `validate`.
    public func problems(maxRejectRate maxRate: Int, rejectsFolder: String? = nil) -> [String] {
        let limit = RejectLimit(tenthsOfPercent: maxRate)
        let stopped = Set(failures.compactMap { failure -> String? in
            if case .stoppedEarly = failure.problem { return failure.partial.export }
            return nil
        })
        return failures.map { failure in
            guard case .stoppedEarly = failure.problem else { return failure.description }
            return failure.description + " \(Rate.formatTenths(maxRate))%"
                + (rejectsFolder.map { "；明细见 \($0)/\(failure.file)" } ?? "")
        } + exportReports
            .filter { !stopped.contains($0.export) && limit.isExceeded(rejected: $0.rowsRejected, read: $0.rowsRead) }
            .map { report in
                // A folder export's rejects are one file per source file, in a folder.
                let isFolder = reports.contains { $0.export == report.export && $0.file != report.export }
                let name = isFolder && report.file.hasSuffix(".csv") ? String(report.file.dropLast(4)) + "/" : report.file
                return limit.message(export: report.file, rejected: report.rowsRejected, read: report.rowsRead,
                                     rejectsPath: rejectsFolder.map { $0 + "/" + name })
            }
    }
}

/// Tallies accepted rows per township by position (a byte-keyed lookup, not a
/// String-keyed Dictionary: this runs once per row).
struct TownshipCounter<S: InputSchema> {
    private let names: [String]
    private let position: ByteKeyTable<Int>
    private var counted: [TownshipTally]

    init(townships: TownshipDirectory) {
        names = [""] + townships.all.map(\.name)
        position = ByteKeyTable(names.enumerated().map { ($1, $0) })
        counted = [TownshipTally](repeating: TownshipTally(), count: names.count)
    }

    mutating func count(_ row: S.Row) {
        let slot = S.townshipPosition(of: row).map { $0 + 1 } ?? S.township(of: row).flatMap { position.value(for: $0) } ?? 0
        counted[slot].rows += 1
        if let day = S.latestDay(of: row), day > (counted[slot].latestDay ?? day.adding(days: -1)) {
            counted[slot].latestDay = day
        }
    }

    /// Adds another counter's tallies (another part of the same file).
    mutating func merge(_ other: TownshipCounter<S>) {
        for slot in counted.indices {
            counted[slot].rows += other.counted[slot].rows
            if let day = other.counted[slot].latestDay, day > (counted[slot].latestDay ?? day.adding(days: -1)) {
                counted[slot].latestDay = day
            }
        }
    }

    /// Townships with at least one row ("" for rows naming none).
    var byName: [String: TownshipTally] {
        var result: [String: TownshipTally] = [:]
        for (slot, tally) in counted.enumerated() where tally.rows > 0 { result[names[slot]] = tally }
        return result
    }
}
