/// Exit codes of the command line (sysexits.h values), documented in the README.
public enum ExitStatus: Int32, Sendable {
    /// Reports published / inputs valid.
    case success = 0
    /// Bad arguments, policy file or reference data.
    case usage = 64
    /// An export is missing, unreadable, lacks a required column, or rejects too many rows.
    case input = 65
    /// The reports could not be written.
    case output = 74
    /// Another run holds the lock on the output folder.
    case locked = 75
}

/// Why a run stopped, with the exit code it maps to. The message is one line, in
/// Chinese, naming the file and the problem, for the terminal and the cron log.
public struct RunFailure: Error, Sendable, CustomStringConvertible {
    public let exitCode: ExitStatus
    public let message: String
    /// Further lines (every problem of a reference file, say).
    public let details: [String]

    public init(_ exitCode: ExitStatus, _ message: String, details: [String] = []) {
        self.exitCode = exitCode
        self.message = message
        self.details = details
    }

    public var description: String {
        ([message] + details.map { "  " + $0 }).joined(separator: "\n")
    }
}
