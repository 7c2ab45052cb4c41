import ArgumentParser
import ReportCore
import ReportInputs
import ReportPipeline

/// `validate`: read every input and say, per file, how it was read and what was rejected.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read every input and report encoding, rows read/accepted/rejected and reasons.",
        discussion: "Exits non-zero exactly when `run` would refuse these inputs.")

    @OptionGroup var inputs: InputOptions

    func run() throws {
        let override = try inputs.rejectRateTenths()
        let validation: InputValidation
        do {
            validation = try InputValidation.run(dataDirectory: inputs.dataDirectory,
                                                 referenceDirectory: inputs.referenceDirectory,
                                                 policyPath: inputs.policyPath, maxRejectRate: override)
        } catch {
            throw failureExit(error)
        }
        for report in validation.reports { print(validation.describe(report)) }
        if let failure = validation.failure { throw failureExit(failure) }
        print("全部输入可用。")
    }
}
