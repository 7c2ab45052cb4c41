import ReportCore
import ReportInputs

/// `validate`: every reference file and every export read once, with the verdict `run`
/// would reach on them.
public struct InputValidation {
    /// Reference files first, then the five exports.
    public let reports: [InputFileReport]
    /// Nil when `run` would accept these inputs.
    public let failure: RunFailure?

    public static func run(dataDirectory: String, referenceDirectory: String, policyPath: String?,
                           maxRejectRate: Int?) throws(RunFailure) -> InputValidation {
        let context = try RunSetup.loadContext(referenceDirectory: referenceDirectory, policyPath: policyPath)
        var reading = ExportReading(dataDirectory: dataDirectory, context: context)
        for file in ExportFiles.all {
            do {
                try ExportFiles.read(file, into: &reading)
            } catch {
                throw RunFailure(.input, "\(file): \(error)")
            }
        }
        let problems = reading.problems(maxRejectRate: maxRejectRate ?? context.policy.run.maxRejectRate)
        let failure = problems.first.map { RunFailure(.input, $0, details: Array(problems.dropFirst())) }
        return InputValidation(reports: context.reference.files + reading.reports, failure: failure)
    }

    /// A few lines describing how one file was read.
    public static func describe(_ report: InputFileReport) -> String {
        var lines = ["\(report.file)  [\(report.encoding.rawValue)]  读取 \(report.rowsRead) 行，"
                     + "采用 \(report.rowsAccepted)，拒收 \(report.rowsRejected)"]
        for (kind, count) in report.rejectsByKind.sorted(by: { $0.key < $1.key }) {
            lines.append("    \(kind.rawValue)：\(count)")
        }
        if !report.unknownHeaders.isEmpty {
            lines.append("    未识别的列（已忽略）：" + report.unknownHeaders.joined(separator: "、"))
        }
        return lines.joined(separator: "\n")
    }
}
