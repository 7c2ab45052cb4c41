import Foundation

/// `manifest.json`: how a report folder was made — tool version, command line,
/// period, policy values and every input's checksum and row counts (SPEC §5).
///
/// It holds no timestamp, host name or absolute working directory, so rerunning with
/// the same inputs and command line gives the same bytes. ``jsonBytes()`` writes
/// pretty-printed JSON with sorted keys, unescaped `/` and non-ASCII text, and a
/// trailing newline; optional values are written as `null`, never left out.
public struct Manifest: Codable, Sendable, Equatable {
    /// The program that wrote the reports.
    public struct Tool: Codable, Sendable, Equatable {
        /// The executable's name.
        public var name: String
        /// Its version.
        public var version: String

        /// Creates a tool record.
        public init(name: String, version: String) {
            self.name = name
            self.version = version
        }
    }

    /// How the run ended.
    public enum Outcome: String, Codable, Sendable {
        /// The reports were published to `<out>/<period>/`.
        case published
        /// The run failed; this manifest is in `<out>/.failed/<period>/`.
        case failed
    }

    /// The program that wrote the reports.
    public var tool: Tool
    /// The arguments after the executable's name, as given.
    public var commandLine: [String]
    /// The period, e.g. `2018-12`, `2018-Q4`.
    public var period: String
    /// The jobs run, e.g. `["coal", "food", "service"]`.
    public var jobs: [String]
    /// Whether `--unmasked` was given (personal data in clear).
    public var unmasked: Bool
    /// How the run ended.
    public var outcome: Outcome
    /// The one-line reason of a failed run; nil when published.
    public var failureReason: String?
    /// Every policy value used, flattened: `coal.subsidy.per_ton_yuan` → `120`.
    public var policy: [String: String]
    /// The inputs, in the order they were read.
    public var inputs: [ManifestInput]

    /// Creates a manifest.
    public init(tool: Tool, commandLine: [String], period: String, jobs: [String], unmasked: Bool,
                outcome: Outcome, failureReason: String? = nil, policy: [String: String],
                inputs: [ManifestInput]) {
        self.tool = tool
        self.commandLine = commandLine
        self.period = period
        self.jobs = jobs
        self.unmasked = unmasked
        self.outcome = outcome
        self.failureReason = failureReason
        self.policy = policy
        self.inputs = inputs
    }

    private enum CodingKeys: String, CodingKey {
        case tool, commandLine, period, jobs, unmasked, outcome, failureReason, policy, inputs
    }

    private enum EncodedOnlyKeys: String, CodingKey {
        case fileModes
    }

    /// Encodes every key, writing `null` for a missing `failureReason`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(tool, forKey: .tool)
        try container.encode(commandLine, forKey: .commandLine)
        try container.encode(period, forKey: .period)
        try container.encode(jobs, forKey: .jobs)
        try container.encode(unmasked, forKey: .unmasked)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(failureReason, forKey: .failureReason)
        try container.encode(policy, forKey: .policy)
        try container.encode(inputs, forKey: .inputs)
        // The permissions the publisher gives the folder's files, which follow `unmasked`.
        var extra = encoder.container(keyedBy: EncodedOnlyKeys.self)
        let modes = ReportFileModes(privateData: unmasked)
        try extra.encode(["files": ReportFileModes.octal(modes.file), "folders": ReportFileModes.octal(modes.folder)],
                         forKey: .fileModes)
    }

    /// The file's bytes: deterministic, pretty, key-sorted JSON ending with a newline.
    public func jsonBytes() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var bytes = [UInt8](try encoder.encode(self))
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// Reads a manifest back (for tools and tests).
    public static func decode(_ bytes: [UInt8]) throws -> Manifest {
        try JSONDecoder().decode(Manifest.self, from: Data(bytes))
    }
}
