import ArgumentParser
import Foundation
import ReportPipeline

/// Prints a run failure to stderr and leaves with its exit code.
func failureExit(_ failure: RunFailure) -> ExitCode {
    FileHandle.standardError.write(Data(("错误：" + failure.description + "\n").utf8))
    return ExitCode(failure.exitCode.rawValue)
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
