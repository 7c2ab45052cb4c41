import CoalReport
import ReportCore
import ReportInputs
import ReportPublish

/// Drives the `coal` job: feeds it the rows of its exports — batch samples first, so
/// that every batch's samples are in before its deliveries — then asks it for its files.
struct CoalRunner: JobRunner {
    let name = JobName.coal
    let period: Period
    let context: ExportContext
    private var job: CoalJob?

    init(period: Period, context: ExportContext) {
        self.period = period
        self.context = context
    }

    mutating func readInputs(_ reading: inout ExportReading) throws {
        var job: CoalJob
        do {
            job = try CoalJob(period: period, reference: context.reference, policy: context.policy,
                              sourceFiles: context.sourceFiles)
        } catch {
            throw RunFailure(.usage, error.description)
        }
        for file in name.inputFiles {
            switch file {
            case CoalQualityFile.fileName:
                try reading.read(CoalQualityFile.self) { row, line in
                    job.add(row, line: line)
                    return nil
                }
            case CoalDeliveryFile.fileName:
                // A large export in parts on every core, each part into a copy of the job as
                // it stands (samples in); a 登记编号 in two parts has it read again in one piece.
                let base = job
                job = try reading.readInParts(CoalDeliveryFile.self, foldersInParallel: false, makeJob: { base },
                                              onRow: { job, row, line in job.add(row, line: line) },
                                              merge: { $0.merge($1) })
            case StoveInstallFile.fileName:
                try reading.read(StoveInstallFile.self) { row, line in job.add(row, line: line) }
            default:
                try ExportFiles.read(file, into: &reading)
            }
        }
        self.job = job
    }

    func render(unmasked: Bool) throws(RunFailure) -> JobOutput {
        guard let job else { throw RunFailure(.usage, "清洁煤炭报表：未读取输入即要求生成报表") }
        return CoalRenderer.output(job.results(), unmasked: unmasked)
    }
}
