import ReportCore
import ReportInputs

/// `validate`: every reference file and every export read once, with the verdict `run`
/// would reach on them.
public struct InputValidation {
    /// Reference files first, then the five exports.
    public let reports: [InputFileReport]
    /// Nil when `run` would accept these inputs.
    public let failure: RunFailure?
    /// Why a file could not be used, by file name.
    public let unusable: [String: String]

    /// Reads the reference data, the policy and every export; throws only when the
    /// reference data or the policy cannot be used (a usage error, as in `run`).
    public static func run(dataDirectory: String, referenceDirectory: String, policyPath: String?,
                           maxRejectRate: Int?) throws(RunFailure) -> InputValidation {
        let context = try RunSetup.loadContext(referenceDirectory: referenceDirectory, policyPath: policyPath)
        var reading = ExportReading(dataDirectory: dataDirectory, context: context)
        reading.rejectLimit = maxRejectRate ?? context.policy.run.maxRejectRate
        // Read through the jobs' own runners, so that the rows a job rejects (a conflicting
        // repeated 登记编号, say) are rejected here too. Those rejects do not depend on the
        // period; the last year the calendar covers is as good as any.
        let year = context.reference.calendar.coveredYears.last ?? 2018
        let period = Period(kind: .year, year: year, index: 1) ?? Period("2018")!
        let watchdog = ReadStallWatchdog(seconds: context.policy.run.readStallSeconds)
        watchdog.start()
        defer { watchdog.stop() }
        for job in JobName.allCases {
            var runner = JobRunners.make(job, period: period, context: context)
            do {
                try runner.readInputs(&reading)
            } catch let failure as RunFailure {
                throw failure
            } catch {
                throw RunFailure(.input, "\(job.rawValue): \(error)")
            }
        }
        let problems = reading.problems(maxRejectRate: maxRejectRate ?? context.policy.run.maxRejectRate)
        let failure = problems.first.map { RunFailure(.input, $0, details: Array(problems.dropFirst())) }
        let unusable = Dictionary(reading.failures.map { ($0.file, $0.description) }, uniquingKeysWith: { a, _ in a })
        return InputValidation(reports: context.reference.files + reading.reports, failure: failure, unusable: unusable)
    }

    /// A few lines describing how one file was read.
    public func describe(_ report: InputFileReport) -> String {
        if let problem = unusable[report.file] { return "\(report.file)  无法使用：\(problem)" }
        var lines = ["\(report.file)  [\(report.encoding.rawValue)]  读取 \(report.rowsRead) 行，"
                     + "采用 \(report.rowsAccepted)，拒收 \(report.rowsRejected)"]
        for (kind, count) in report.rejectsByKind.sorted(by: { $0.key < $1.key }) {
            lines.append("    \(kind.rawValue)：\(count)")
        }
        lines += AcceptedVariantsSection.validateLines(report)
        if !report.unknownHeaders.isEmpty {
            lines.append("    未识别的列（已忽略）：" + report.unknownHeaders.joined(separator: "、"))
        }
        return lines.joined(separator: "\n")
    }
}
