import ReportCore
import ReportInputs
import ReportPublish

/// The tool's name and version, as recorded in manifests.
public enum ToolInfo {
    public static let name = "township-reports"
    public static let version = "0.1.0"
}

/// Builds `manifest.json` from a run's configuration and what its inputs held.
enum ManifestBuilder {
    static func build(_ configuration: RunConfiguration, policy: Policy, inputs: [InputFileReport],
                      outcome: Manifest.Outcome, failureReason: String? = nil) -> Manifest {
        var values = policy.values
        values["source"] = policy.source
        if let override = configuration.maxRejectRate {
            values["run.max_reject_rate_percent"] = Rate.formatTenths(override) + "（命令行 --max-reject-rate）"
        }
        return Manifest(
            tool: .init(name: ToolInfo.name, version: ToolInfo.version),
            commandLine: configuration.commandLine,
            period: configuration.period.description,
            jobs: configuration.jobs.map(\.rawValue),
            unmasked: configuration.unmasked,
            outcome: outcome,
            failureReason: failureReason,
            policy: values,
            inputs: inputs.map(manifestInput))
    }

    static func manifestInput(_ report: InputFileReport) -> ManifestInput {
        var input = ManifestInput(
            file: report.file, path: report.path, sha256: report.sha256, encoding: report.encoding.rawValue,
            bytes: Int64(report.bytes), rowsRead: report.rowsRead, rowsAccepted: report.rowsAccepted,
            rowsRejected: report.rowsRejected,
            rejectsByReason: Dictionary(uniqueKeysWithValues: report.rejectsByKind.map { ($0.key.rawValue, $0.value) }),
            latestDate: report.latestDay?.description)
        input.export = report.export
        input.headerLine = report.headerLine
        input.accepted = report.accepted.mapValues { ManifestInput.AcceptedLines(count: $0.count, lines: $0.lines) }
        input.warnings = report.warnings
        return input
    }
}

