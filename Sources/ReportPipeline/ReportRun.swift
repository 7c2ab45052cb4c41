import Foundation
import OfficeDocuments
import ReportCore
import ReportInputs
import ReportPublish

/// One `run`: lock the output folder, read and validate the exports of the chosen
/// jobs, compute and render, and publish `<out>/<period>/` atomically.
///
/// A run whose inputs fail (a missing or unusable file, too many rejected rows) writes
/// its manifest and rejects to `<out>/.failed/<period>/` and leaves every published
/// folder exactly as it was.
public struct ReportRun {
    public let configuration: RunConfiguration

    public init(_ configuration: RunConfiguration) {
        self.configuration = configuration
    }

    /// What a successful run published.
    public struct Result: Sendable {
        public let folder: String
        public let inputs: [InputFileReport]
        /// Jobs not asked for, run again because the published folder held their reports.
        public var alsoRan: [JobName] = []
    }

    /// Reads, computes, renders and publishes the period. On any failure nothing under
    /// the published period changes; the manifest and rejects go to `.failed/<period>/`
    /// when the inputs were read far enough to have them.
    ///
    /// When `<out>/<period>/` already holds reports of jobs not asked for, those jobs are
    /// run again too (from the current exports): the folder is replaced as a whole, and
    /// rerunning one job must not delete the others' published reports.
    public func execute() throws(RunFailure) -> Result {
        var widened = configuration
        widened.jobs = Self.jobsToKeep(configuration)
        let context = try RunSetup.loadContext(referenceDirectory: configuration.referenceDirectory,
                                               policyPath: configuration.policyPath, jobs: widened.jobs)
        let lock = try Self.acquireLock(configuration.outputDirectory)
        defer { lock.release() }
        let alsoRan = widened.jobs.filter { !configuration.jobs.contains($0) }
        do {
            var result = try ReportRun(widened).executeLocked(context: context)
            result.alsoRan = alsoRan
            return result
        } catch where !alsoRan.isEmpty {
            // Say why a job that was not asked for is in the way.
            throw RunFailure(error.exitCode, error.message, details: error.details + [
                "（\(configuration.period) 已有\(alsoRan.map(\.title).joined(separator: "、"))的报表，本次一并重算，以免被删除）",
            ])
        }
    }

    /// The jobs asked for plus those whose reports the published folder of the period holds.
    static func jobsToKeep(_ config: RunConfiguration) -> [JobName] {
        let published = config.outputDirectory + "/" + config.period.description
        var isDirectory: ObjCBool = false
        let kept = JobName.allCases.filter { job in
            FileManager.default.fileExists(atPath: published + "/" + job.rawValue, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
        return Set(config.jobs + kept).sorted()
    }

    private func executeLocked(context: ExportContext) throws(RunFailure) -> Result {
        let config = configuration
        var publisher = Publisher(privateData: config.unmasked)
        publisher.beforeReplace = TestHooks.pauseBeforeReplace
        _ = try? publisher.removeStaleStaging(in: config.outputDirectory)

        var runners = config.jobs.map { JobRunners.make($0, period: config.period, context: context) }
        var reading = ExportReading(dataDirectory: config.dataDirectory, context: context)
        let progress = ReadingProgress.make(forced: config.showProgress)
        reading.progress = progress
        reading.partMinimumBytes = config.partMinimumBytes
        reading.rejectLimit = config.maxRejectRate ?? context.policy.run.maxRejectRate
        progress?.phase(1, of: 3, "读取输入")
        let watchdog = ReadStallWatchdog(seconds: context.policy.run.readStallSeconds)
        watchdog.start()
        defer { watchdog.stop() }
        do {
            for index in runners.indices { try runners[index].readInputs(&reading) }
        } catch let failure as RunFailure {
            throw failure
        } catch {
            throw RunFailure(.input, "读取输入失败：\(error)")
        }
        let inputs = context.reference.files + reading.reports

        let maxRate = config.maxRejectRate ?? context.policy.run.maxRejectRate
        let failedFolder = Publisher.failedFolder(name: config.period.description, in: config.outputDirectory)
        let problems = reading.problems(maxRejectRate: maxRate, rejectsFolder: failedFolder + "/rejects")
        if let first = problems.first {
            let failure = RunFailure(.input, first, details: Array(problems.dropFirst()))
            try publishFailure(failure, inputs: inputs, policy: context.policy, publisher: publisher)
            throw failure
        }

        progress?.phase(2, of: 3, "计算指标")
        var outputs: [JobOutput] = []
        do {
            for runner in runners { outputs.append(try runner.render(unmasked: config.unmasked)) }
        } catch {
            try publishFailure(error, inputs: inputs, policy: context.policy, publisher: publisher)
            throw error
        }

        progress?.phase(3, of: 3, "写出报表（CSV、汇总、通报、工作簿）并发布")
        var bundle = ReportBundle()
        do {
            for output in outputs {
                for file in output.files { try bundle.add(file.path, bytes: file.bytes) }
            }
            try addRejects(inputs, to: &bundle)
            let summary = SummaryDocument(period: config.period, jobs: config.jobs, context: context,
                                          reading: reading, outputs: outputs)
            try bundle.add("data_quality.csv", bytes: summary.quality.csv)
            var files: [String: [UInt8]] = [:]
            for output in outputs { for file in output.files { files[file.path] = file.bytes } }
            if let trend = summary.trend {
                let svg = trend.svg
                files["trend.svg"] = Array(svg.utf8)
                try bundle.add("trend.svg", text: svg)
                try bundle.add("trend.csv", bytes: trend.csv)
            }
            try bundle.add("summary.md", text: summary.markdown())
            try bundle.add("summary.html", text: summary.html(files: files))
            let notice = NoticeDraft.notice(period: config.period, jobs: config.jobs, outputs: outputs)
            try bundle.add("通报.docx", bytes: try DocxWriter.render(notice))
            let manifest = ManifestBuilder.build(config, policy: context.policy, inputs: inputs, outcome: .published)
            // The workbook reads the CSV reports as published (masking and all).
            try bundle.add("报表.xlsx", bytes: try ReportWorkbook.bytes(files: bundle.files, manifest: manifest))
            try bundle.add("manifest.json", bytes: try manifest.jsonBytes())
            let folder = try publisher.publish(bundle, name: config.period.description, into: config.outputDirectory)
            publisher.clearFailed(name: config.period.description, in: config.outputDirectory)
            progress?.summary(rows: reading.reports.reduce(0) { $0 + $1.rowsRead })
            return Result(folder: folder, inputs: inputs)
        } catch {
            throw RunFailure(.output, "发布报表失败：\(error)")
        }
    }

    private static func acquireLock(_ directory: String) throws(RunFailure) -> RunLock {
        do {
            return try RunLock(outputDirectory: directory)
        } catch PublishError.locked(_, let holder) {
            let holder = holder.map { "（\($0)）" } ?? ""
            throw RunFailure(.locked, "另一个运行\(holder)正在写入 \(directory)，本次未运行")
        } catch {
            throw RunFailure(.output, "无法锁定输出目录 \(directory)：\(error)")
        }
    }

    private func addRejects(_ inputs: [InputFileReport], to bundle: inout ReportBundle) throws {
        for report in inputs where !report.rejects.isEmpty {
            try bundle.add("rejects/" + report.file, bytes: RejectsFile.render(report, unmasked: configuration.unmasked))
        }
    }

    private func publishFailure(_ failure: RunFailure, inputs: [InputFileReport], policy: Policy,
                                publisher: Publisher) throws(RunFailure) {
        do {
            var bundle = ReportBundle()
            try addRejects(inputs, to: &bundle)
            let manifest = ManifestBuilder.build(configuration, policy: policy, inputs: inputs, outcome: .failed,
                                                 failureReason: failure.description)
            try bundle.add("manifest.json", bytes: try manifest.jsonBytes())
            _ = try publisher.publishFailed(bundle, name: configuration.period.description,
                                            into: configuration.outputDirectory)
        } catch {
            throw RunFailure(failure.exitCode, failure.message,
                             details: failure.details + ["（诊断文件也未能写入 .failed：\(error)）"])
        }
    }
}

/// Builds the runner of each job.
enum JobRunners {
    static func make(_ job: JobName, period: Period, context: ExportContext) -> any JobRunner {
        switch job {
        case .coal: CoalRunner(period: period, context: context)
        case .food: FoodRunner(period: period, context: context)
        case .service: ServiceRunner(period: period, context: context)
        }
    }
}
