import ArgumentParser
import ReportCore
import ReportInputs
import ReportPipeline

/// `validate`: read every input and say, per file, how it was read and what was rejected.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "读取全部输入，逐个文件列出编码、读取/采用/拒收行数与原因。",
        discussion: "run 会拒绝这些输入时，且仅在此时，以非零退出码结束。")

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
