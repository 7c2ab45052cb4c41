import Foundation
import Testing

/// A run killed while publishing, and a second run while one holds the lock.
@Suite(.serialized) struct KillAndLockTests {
    @Test func killedWhilePublishingLeavesThePreviousReportsByteIdentical() throws {
        let workspace = try Workspace(dataFolder: "datasets/sample")
        defer { workspace.cleanUp() }
        let tool = ToolProcess.executable
        let first = try ToolProcess.run(tool, ["run", "--period", "2018-12"] + workspace.runArguments)
        #expect(first.status == 0, "\(first.stderr)")
        let before = workspace.snapshot(workspace.out + "/2018-12")
        #expect(before["manifest.json"] != nil)

        // Change an input so the new run's files differ, then kill it just before it
        // would replace the published folder.
        let tickets = workspace.data + "/service_tickets.csv"
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: tickets))
        handle.seekToEndOfFile()
        handle.write(Data("\n".utf8))
        try handle.close()
        let stderr = Pipe()
        let doomed = try ToolProcess.start(tool, ["run", "--period", "2018-12"] + workspace.runArguments,
                                           environment: ["TOWNSHIP_REPORTS_PAUSE_BEFORE_REPLACE": "60"], stderr: stderr)
        #expect(waitFor("paused", in: stderr, seconds: 120))
        #expect(workspace.entries(workspace.out).contains { $0.hasPrefix(".staging-2018-12-") })

        // While it holds the lock, a second run is refused at once with the locked code.
        let started = Date()
        let second = try ToolProcess.run(tool, ["run", "--period", "2018-12"] + workspace.runArguments)
        #expect(second.status == 75)
        #expect(second.stderr.contains("正在写入"))
        // It names the holder: the paused run's pid, its host and when it started.
        #expect(second.stderr.contains("（进程 \(doomed.processIdentifier)，主机 "), "\(second.stderr)")
        #expect(second.stderr.contains("，开始于 20"))
        #expect(Date().timeIntervalSince(started) < 30)

        kill(doomed.processIdentifier, SIGKILL)
        doomed.waitUntilExit()
        #expect(workspace.snapshot(workspace.out + "/2018-12") == before)

        // The lock file still names the dead holder, but a dead holder never blocks: the
        // lock is an flock, which the kernel released with the process.
        let stale = try String(contentsOfFile: workspace.out + "/.lock", encoding: .utf8)
        #expect(stale.contains("pid=\(doomed.processIdentifier)\n"), "\(stale)")

        // The next run cleans up the dead run's staging folder and publishes.
        let next = try ToolProcess.run(tool, ["run", "--period", "2018-12"] + workspace.runArguments)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(!workspace.entries(workspace.out).contains { $0.hasPrefix(".staging-") })
        #expect(workspace.snapshot(workspace.out + "/2018-12")["manifest.json"] != before["manifest.json"])
    }
}
