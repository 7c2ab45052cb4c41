import CSVReader
import Dispatch
import ReportCore
import ReportInputs

extension ExportReading {
    /// Reads the files of an export folder (`ExportSource`) on several cores, `count` files
    /// at a time, each into a job of its own; the jobs, reports and tallies are merged in
    /// name order, so the result is what `read` gives file after file. A file that cannot
    /// be used is recorded as `read` records it, and the other files still count. At most
    /// `count` jobs exist besides the merged one, however many files the folder holds.
    mutating func readFolderInParallel<S: InputSchema, Job>(
        _ schema: S.Type, source: ExportSource, count: Int, makeJob: () -> Job,
        onRow: @escaping @Sendable (inout Job, S.Row, Int) -> RowReject?, merge: (inout Job, Job) -> Void
    ) -> Job where S.Context == ExportContext {
        let ordinals = source.files.map { context.sourceFiles.register($0.name) }
        var merged = makeJob()
        // `record` takes the export's tallies so far, as `read` counts them file after file.
        var total = TownshipCounter<S>(townships: context.reference.townships)
        let shared = context
        let progress = self.progress
        progress?.start(file: S.fileName, bytes: source.files.reduce(0) { $0 + ReadingProgress.size(of: $1.path) })
        defer { progress?.finish() }
        let sizes = source.files.map { ReadingProgress.size(of: $0.path) }
        let budgets = sizes.map { budget(size: $0, total: sizes.reduce(0, +)) }
        var rowsBefore = 0, bytesBefore = 0
        var first = 0
        while first < source.files.count {
            let batch = Array(first..<min(first + count, source.files.count))
            let slots = PartSlots<S, Job>(batch.map { _ in
                (job: makeJob(), counter: TownshipCounter<S>(townships: shared.reference.townships))
            })
            let rowsSoFar = rowsBefore, bytesSoFar = bytesBefore
            DispatchQueue.concurrentPerform(iterations: batch.count) { slot in
                let file = source.files[batch[slot]]
                guard let ordinal = ordinals[batch[slot]] else { return }
                var job = slots.jobs[slot]
                var counter = slots.counters[slot]
                var rows = 0
                let digest = FileDigest()
                let result = Result { () throws -> InputFileReport in
                    try InputTable<S>.read(path: file.path, name: file.name, export: S.fileName,
                                           context: slot == 0 ? shared : shared.withOwnInterner(),
                                           digest: digest, budget: budgets[batch[slot]]) { row, line in
                        rows += 1
                        if slot == 0, rows & 0x3FFF == 0 {
                            // The batch's first file stands for all of them.
                            progress?.update(rows: rowsSoFar + rows * batch.count,
                                             bytes: bytesSoFar + digest.bytesFed * batch.count)
                        }
                        let verdict = onRow(&job, row, SourceFileNames.position(ordinal: ordinal, line: line))
                        if verdict == nil { counter.count(row) }
                        return verdict
                    }
                }
                slots.jobs[slot] = job
                slots.counters[slot] = counter
                slots.reports[slot] = result
            }
            for (slot, index) in batch.enumerated() {
                let file = source.files[index]
                total.merge(slots.counters[slot])
                switch slots.reports[slot] {
                case .success(let report)?:
                    record(report, failure: nil, counted: total, schema: S.self)
                case .failure(let error as InputFileError)?:
                    record(error.partial, failure: error, counted: total, schema: S.self)
                case .failure(let error)?:
                    let partial = InputFileReport(file: file.name, path: file.path, export: S.fileName)
                    record(partial, failure: InputFileError(file: file.name, problem: .source("\(file.name)：\(error)"),
                                                            partial: partial),
                           counted: total, schema: S.self)
                case nil:
                    let partial = InputFileReport(file: file.name, path: file.path, export: S.fileName)
                    record(partial, failure: InputFileError(file: file.name, problem: .source(
                        "\(file.name)：导出文件夹的文件过多（一次运行最多 \(SourceFileNames.maximumFiles) 个）"), partial: partial),
                        counted: total, schema: S.self)
                }
                merge(&merged, slots.jobs[slot])
                rowsBefore += reports.last?.rowsRead ?? 0
                bytesBefore += ReadingProgress.size(of: file.path)
            }
            first += batch.count
        }
        return merged
    }
}
