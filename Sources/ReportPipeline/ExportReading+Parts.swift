import CSVReader
import Dispatch
import Foundation
import ReportCore
import ReportInputs

extension ExportReading {
    /// Reads `S.fileName` like `read`, but a large file is split at record boundaries
    /// (`FilePart.plan`) and its parts are read on separate cores, each into a job of its
    /// own, and the jobs are merged in file order. The result — the job, the report with
    /// its rejects in line order, the SHA-256 of the whole file, the tallies — is exactly
    /// what reading the file in one piece gives; a file the split cannot handle (an ASCII
    /// start, a stray quote that misplaces the split, an error in any part) is read again
    /// in one piece. An export folder's files are read side by side instead
    /// (`readFolderInParallel`).
    ///
    /// - Parameters:
    ///   - makeJob: a fresh, empty job (one per part).
    ///   - onRow: hands one accepted row to a part's job.
    ///   - merge: adds a later part's job into an earlier one; false when it cannot give what
    ///     reading in one piece gives (a job that decides rows by the rows before them, such
    ///     as a 登记编号 seen in both parts): the file is then read again in one piece.
    ///   - foldersInParallel: read an export folder's files side by side; only for a merge
    ///     that never returns false (the files' reports are recorded as they merge). With
    ///     false, a folder is read file after file.
    public mutating func readInParts<S: InputSchema, Job>(
        _ schema: S.Type, parts count: Int = ProcessInfo.processInfo.activeProcessorCount,
        foldersInParallel: Bool = true,
        makeJob: () -> Job, onRow: @escaping @Sendable (inout Job, S.Row, Int) -> RowReject?,
        merge: (inout Job, Job) -> Bool
    ) throws -> Job where S.Context == ExportContext {
        if let source = try? ExportSource.locate(S.fileName, in: dataDirectory), source.isFolder {
            guard foldersInParallel, count >= 2, source.files.count >= 2 else {
                partsRead[S.fileName] = 1
                var job = makeJob()
                try read(S.self) { row, line in onRow(&job, row, line) }
                return job
            }
            return readFolderInParallel(S.self, source: source, count: count, makeJob: makeJob, onRow: onRow) {
                let merged = merge(&$0, $1)
                precondition(merged, "an export folder read in parallel needs a merge that cannot fail")
            }
        }
        let path = dataDirectory + "/" + S.fileName
        // Two parts (two cores): the second part's reader counts the lines before it while
        // the first is parsed (`planDeferred`); more parts: all split points found first.
        let parts = count == 2 ? try? FilePart.planDeferred(path: path, minimumBytes: partMinimumBytes)
                               : try? FilePart.plan(path: path, count: min(count, 4), minimumBytes: partMinimumBytes)
        if count >= 2, let parts,
           let header = try? InputTable<S>.header(path: path),
           let job = readParts(S.self, path: path, parts: parts, header: header, makeJob: makeJob, onRow: onRow,
                               merge: merge) {
            partsRead[S.fileName] = parts.count
            return job
        }
        partsRead[S.fileName] = 1
        var job = makeJob()
        try read(S.self) { row, line in onRow(&job, row, line) }
        return job
    }

    /// One reader per part, on as many threads; nil when the result cannot be trusted
    /// to equal a reading in one piece (the caller then reads it so).
    private mutating func readParts<S: InputSchema, Job>(
        _ schema: S.Type, path: String, parts: [FilePart], header: [String], makeJob: () -> Job,
        onRow: @escaping @Sendable (inout Job, S.Row, Int) -> RowReject?, merge: (inout Job, Job) -> Bool
    ) -> Job? where S.Context == ExportContext {
        let slots = PartSlots<S, Job>(parts.map { _ in
            (job: makeJob(), counter: TownshipCounter<S>(townships: context.reference.townships))
        })
        let digest = FileDigest()
        let shared = self.context
        let progress = self.progress
        let fileSize = ReadingProgress.size(of: path)
        // The parts judge the reject limit together, on the whole file's counts.
        let tally = PartTally(sizes: parts.map(\.range.count))
        let budgets = parts.indices.map { index in
            var budget = budget(size: fileSize, total: fileSize)
            budget.parts = tally
            budget.partIndex = index
            return budget
        }
        progress?.start(file: S.fileName, bytes: fileSize)
        DispatchQueue.concurrentPerform(iterations: parts.count) { index in
            var options = CSVReader.Options()
            options.part = parts[index]
            if !parts[index].isLocated {
                guard let located = try? parts[index].located(path: path) else {
                    slots.reports[index] = .failure(SplitInsideQuotes())
                    return
                }
                options.part = located
            }
            var job = slots.jobs[index]
            var counter = slots.counters[index]
            var rows = 0
            let result = Result { () throws -> InputFileReport in
                let report = try InputTable<S>.read(
                    path: path, name: S.fileName, context: index == 0 ? shared : shared.withOwnInterner(),
                    options: options, header: index == 0 ? nil : header,
                    digest: index == 0 ? digest : FileDigest(),
                    budget: budgets[index]) { row, line in
                        if index == 0 {
                            rows += 1
                            if rows & 0x3FFF == 0 {
                                // The first part stands for all: they run at the same pace.
                                progress?.update(rows: rows * parts.count, bytes: digest.bytesFed * parts.count)
                            }
                        }
                        let verdict = onRow(&job, row, line)
                        if verdict == nil { counter.count(row) }
                        return verdict
                    }
                if index == 0 {
                    // The digest goes on over the later parts' bytes, in file order.
                    try digest.update(path: path, range: parts[1].range.lowerBound..<parts.last!.range.upperBound)
                }
                return report
            }
            slots.jobs[index] = job
            slots.counters[index] = counter
            slots.reports[index] = result
        }
        progress?.finish()

        if let stopped = Self.stoppedEarly(slots.reports) {
            // The limit cannot be met whatever the other parts hold: the file fails as read.
            record(stopped.partial, failure: stopped, counted: TownshipCounter<S>(townships: context.reference.townships),
                   schema: S.self)
            return makeJob()
        }
        var reports: [InputFileReport] = []
        for result in slots.reports {
            guard case .success(let report)? = result, report.partEndedOnRecordBoundary else { return nil }
            reports.append(report)
        }
        var report = reports[0]
        for later in reports.dropFirst() {
            // A later part's 小计/合计 rows are checked here, on the sums of every row before them
            // (without summed columns there is nothing to check).
            if let ledger = later.totalsLedger {
                guard let earlier = report.totalsLedger else { return nil }
                let checked = ledger.check(after: earlier)
                report.warnings += checked.warnings
                report.totalsLedger = checked.merged
            }
            report.totalsRows += later.totalsRows
            report.warnings += later.warnings
            report.rowsRead += later.rowsRead
            report.rejects += later.rejects
            report.unlistedRejects.merge(later.unlistedRejects)
            report.accepted.merge(later.accepted)
            if let day = later.latestDay, day > (report.latestDay ?? day.adding(days: -1)) { report.latestDay = day }
            report.bytes += later.bytes
        }
        report.sha256 = digest.hex()
        var job = slots.jobs[0]
        var counter = slots.counters[0]
        for index in parts.indices.dropFirst() {
            guard merge(&job, slots.jobs[index]) else { return nil }
            counter.merge(slots.counters[index])
        }
        record(report, failure: nil, counted: counter, schema: S.self)
        return job
    }
}

extension ExportReading {
    /// The first part that stopped early, its report holding every part's counts so far.
    static func stoppedEarly(_ results: [Result<InputFileReport, any Error>?]) -> InputFileError? {
        var stopped: InputFileError?
        var merged: InputFileReport?
        for result in results {
            let report: InputFileReport?
            switch result {
            case .success(let finished)?: report = finished
            case .failure(let error as InputFileError)?:
                if case .stoppedEarly = error.problem, stopped == nil { stopped = error }
                report = error.partial
            default: report = nil
            }
            guard let report else { continue }
            if merged == nil { merged = report } else { merged!.add(report) }
        }
        guard let stopped, var merged else { return nil }
        merged.lastLine = stopped.partial.lastLine
        return InputFileError(file: stopped.file, problem: stopped.problem, partial: merged)
    }
}

/// A deferred split turned out to lie inside a quoted field: the file is read in one piece.
private struct SplitInsideQuotes: Error {}

/// Per-part state written by the threads of `readParts` (and per file by those of
/// `readFolderInParallel`), each to its own index only.
final class PartSlots<S: InputSchema, Job>: @unchecked Sendable {
    var jobs: [Job]
    var counters: [TownshipCounter<S>]
    var reports: [Result<InputFileReport, any Error>?]

    init(_ initial: [(job: Job, counter: TownshipCounter<S>)]) {
        jobs = initial.map(\.job)
        counters = initial.map(\.counter)
        reports = Array(repeating: nil, count: initial.count)
    }
}
