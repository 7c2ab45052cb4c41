import Foundation

/// Hooks for the tests that kill a run at its most delicate moment. Inert unless the
/// environment variable is set; documented in the README under "Failure paths".
enum TestHooks {
    /// `TOWNSHIP_REPORTS_PAUSE_BEFORE_REPLACE=<seconds>`: once the staging folder is
    /// complete and before it replaces the published one, print `paused <staging>` to
    /// stderr and sleep, holding the lock, so a test can `kill -9` the run there.
    static var pauseBeforeReplace: (@Sendable (String) -> Void)? {
        guard let text = ProcessInfo.processInfo.environment["TOWNSHIP_REPORTS_PAUSE_BEFORE_REPLACE"],
              let seconds = Double(text), seconds > 0 else { return nil }
        return { staging in
            FileHandle.standardError.write(Data("paused \(staging)\n".utf8))
            Thread.sleep(forTimeInterval: seconds)
        }
    }
}
