import Foundation
import ArgumentParser
import ReportCore
import ReportInputs
import ReportPipeline

/// `run --period P`: compute and publish `<out>/<P>/`.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "计算一个期间的报表，并整体发布到 <out>/<期间>/（失败时已发布的报表不变）。")

    @Option(help: "期间：2018-10（月）、2018-Q4（季度）、2018-H2（半年）或 2018（全年）。")
    var period: String

    @Option(help: "要运行的工作，逗号分隔：coal（清洁煤炭与炉具）、food（食品安全）、service（政务服务）。")
    var jobs = "coal,food,service"

    @OptionGroup var inputs: InputOptions

    @Option(name: .customLong("out"), help: "报表文件夹。")
    var outputDirectory = "reports"

    @Flag(help: "姓名、电话、户号不打码（补贴发放名单需要；记入 manifest.json）。")
    var unmasked = false

    @Flag(help: "即使标准错误不是终端也显示进度（阶段、字节百分比、行数、每秒行数、预计剩余时间）。")
    var progress = false

    func validate() throws {
        _ = try parsedPeriod()
        _ = try parsedJobs()
    }

    func run() throws {
        var configuration = RunConfiguration(
            period: try parsedPeriod(), jobs: try parsedJobs(), dataDirectory: inputs.dataDirectory,
            referenceDirectory: inputs.referenceDirectory, policyPath: inputs.policyPath,
            outputDirectory: outputDirectory, unmasked: unmasked, maxRejectRate: try inputs.rejectRateTenths(),
            commandLine: CommandLine.arguments.dropFirst().map { $0 })
        configuration.showProgress = progress
        do {
            let result = try ReportRun(configuration).execute()
            let rejected = result.inputs.reduce(0) { $0 + $1.rowsRejected }
            print("已发布 \(result.folder)（拒收 \(rejected) 行）")
            if !result.alsoRan.isEmpty {
                print("该期已有\(result.alsoRan.map(\.title).joined(separator: "、"))的报表，已一并按当前导出重算，以免被删除")
            }
            for input in result.inputs where input.rowsRejected > 0 {
                let reasons = input.rejectsByKind.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }
                print("  \(input.file)：" + reasons.joined(separator: "，"))
            }
        } catch {
            throw failureExit(error)
        }
    }

    private func parsedPeriod() throws -> Period {
        guard let parsed = Period(period) else {
            throw ValidationError("“\(period)”不是有效的期间：应为 2018-10、2018-Q4、2018-H2 或 2018")
        }
        return parsed
    }

    private func parsedJobs() throws -> [JobName] {
        let names = jobs.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !names.isEmpty else { throw ValidationError("--jobs 不能为空") }
        var chosen: [JobName] = []
        for name in names {
            guard let job = JobName(rawValue: name) else {
                throw ValidationError("未知的工作“\(name)”：可选 coal、food、service")
            }
            if !chosen.contains(job) { chosen.append(job) }  // `coal,coal` is one coal job
        }
        return chosen
    }
}
