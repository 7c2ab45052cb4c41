import ReportCore
import ReportInputs
import ReportPublish

/// Drives the `food` job: feeds it the rows of its exports, then asks it for its files.
struct FoodRunner: JobRunner {
    let name = JobName.food
    let period: Period
    let context: ExportContext

    init(period: Period, context: ExportContext) {
        self.period = period
        self.context = context
    }

    mutating func readInputs(_ reading: inout ExportReading) throws {
        for file in name.inputFiles { try ExportFiles.read(file, into: &reading) }
    }

    func render(unmasked: Bool) throws(RunFailure) -> JobOutput { JobOutput() }
}
