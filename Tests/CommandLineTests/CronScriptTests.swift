import Foundation
import Testing

/// The cron script on 1 January 2019 publishes December, Q4, H2 and the year.
@Suite(.serialized) struct CronScriptTests {
    /// The script's settings pointing at `workspace`, acting as if on `today`.
    static func environment(_ workspace: Workspace, log: String, today: String,
                            extra: [String: String] = [:]) -> [String: String] {
        [
            "TOWNSHIP_REPORTS_TODAY": today,
            "TOWNSHIP_REPORTS_BIN": ToolProcess.executable,
            "TOWNSHIP_REPORTS_DATA": workspace.data,
            "TOWNSHIP_REPORTS_REFERENCE": workspace.reference,
            "TOWNSHIP_REPORTS_OUT": workspace.out,
            "TOWNSHIP_REPORTS_LOG": log,
        ].merging(extra) { $1 }
    }

    @Test func firstOfJanuaryPublishesMonthQuarterHalfYearAndYear() throws {
        let workspace = try Workspace(dataFolder: "datasets/sample")
        defer { workspace.cleanUp() }
        let log = workspace.root + "/cron.log"
        let result = try ToolProcess.run(ToolProcess.repository + "/cron/monthly-run.sh", [],
                                         environment: Self.environment(workspace, log: log, today: "2019-01-01"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(workspace.entries(workspace.out).filter { !$0.hasPrefix(".") } == ["2018", "2018-12", "2018-H2", "2018-Q4"])
        for period in ["2018-12", "2018-Q4", "2018-H2", "2018"] {
            #expect(FileManager.default.fileExists(atPath: workspace.out + "/\(period)/summary.md"))
        }
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 4)
        for (line, period) in zip(lines, ["2018-12", "2018-Q4", "2018-H2", "2018"]) {
            #expect(line.contains(" period=\(period) outcome=published exit=0 "))
            #expect(line.range(of: #"rejects=\d+"#, options: .regularExpression) != nil)
        }
    }

    @Test func onAUTCServerTodayIsTheDayInBeijing() throws {
        // The clock says 2018-12-31 18:30 UTC, i.e. 2019-01-01 02:30 in Beijing, when cron
        // (CRON_TZ=Asia/Shanghai) fires: the script must run December and the periods it
        // closes, not November. A `date` on PATH pins the clock at that instant.
        let workspace = try Workspace(dataFolder: "datasets/sample")
        defer { workspace.cleanUp() }
        let bin = workspace.root + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        let realDate = FileManager.default.isExecutableFile(atPath: "/usr/bin/date") ? "/usr/bin/date" : "/bin/date"
        try "#!/bin/sh\nexec \(realDate) -d @1546281000 \"$@\"\n".write(toFile: bin + "/date", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin + "/date")
        let log = workspace.root + "/cron.log"
        let result = try ToolProcess.run(ToolProcess.repository + "/cron/monthly-run.sh", [], environment: [
            "TZ": "UTC",
            "PATH": bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
            "TOWNSHIP_REPORTS_BIN": ToolProcess.executable,
            "TOWNSHIP_REPORTS_DATA": workspace.data,
            "TOWNSHIP_REPORTS_REFERENCE": workspace.reference,
            "TOWNSHIP_REPORTS_OUT": workspace.out,
            "TOWNSHIP_REPORTS_LOG": log,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(workspace.entries(workspace.out).filter { !$0.hasPrefix(".") } == ["2018", "2018-12", "2018-H2", "2018-Q4"])
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.allSatisfy { $0.hasPrefix("2019-01-01T02:30:00+0800 period=") })
    }

    @Test func aFailedPeriodIsLoggedAndTheScriptExitsWithItsCode() throws {
        let workspace = try Workspace(dataFolder: "datasets/sample")
        defer { workspace.cleanUp() }
        try FileManager.default.removeItem(atPath: workspace.data + "/food_inspections.csv")
        let log = workspace.root + "/cron.log"
        let result = try ToolProcess.run(ToolProcess.repository + "/cron/monthly-run.sh", [],
                                         environment: Self.environment(workspace, log: log, today: "2018-11-01"))
        #expect(result.status == 65)
        let reason = "food_inspections.csv: 无法打开文件：在文件夹 \(workspace.data)/ 中找不到 food_inspections.csv"
        #expect(result.stderr == "monthly-run: 2018-10: \(reason)\n")
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.contains(" period=2018-10 outcome=failed exit=65 "))
        #expect(text.contains("reason=\"\(reason)\""))
        #expect(!FileManager.default.fileExists(atPath: workspace.out + "/2018-10"))
        #expect(FileManager.default.fileExists(atPath: workspace.out + "/.failed/2018-10/manifest.json"))
    }

    @Test func aPeriodPastItsWallClockLimitIsStoppedAndLogged() throws {
        // The ticket export is a pipe whose writer stays silent; the tool's read-stall limit
        // (600 s by default) would stop it, but the cron limit of 3 s comes first. SIGTERM
        // must end the run (no SIGKILL 30 s later), the log says timeout, and the lock
        // holder is gone: the next period's run is not refused as locked.
        let workspace = try Workspace(dataFolder: "datasets/sample")
        defer { workspace.cleanUp() }
        let fifo = workspace.data + "/service_tickets.csv"
        try FileManager.default.removeItem(atPath: fifo)
        #expect(mkfifo(fifo, 0o644) == 0)
        let writer = open(fifo, O_RDWR)
        #expect(writer >= 0)
        defer { close(writer) }
        let log = workspace.root + "/cron.log"
        let started = Date()
        let result = try ToolProcess.run(ToolProcess.repository + "/cron/monthly-run.sh", [], environment:
            Self.environment(workspace, log: log, today: "2018-11-01", extra: ["TOWNSHIP_REPORTS_PERIOD_TIMEOUT": "3s"]))
        let seconds = Date().timeIntervalSince(started)
        #expect(result.status == 74, "\(result.stderr)")
        #expect(result.stderr == "monthly-run: 2018-10: 运行超过时限 3s，已终止（已发布的报表未改动）\n")
        #expect(seconds < 25, "took \(seconds) s: SIGTERM did not stop the run")
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.contains(" period=2018-10 outcome=timeout exit=74 "), "\(text)")
        #expect(!FileManager.default.fileExists(atPath: workspace.out + "/2018-10"))
        // The lock was released with the process.
        let again = try ToolProcess.run(ToolProcess.executable, ["run", "--period", "2018-10", "--jobs", "coal",
                                                                   "--data", workspace.data, "--reference", workspace.reference,
                                                                   "--out", workspace.out])
        #expect(again.status == 0, "\(again.stderr)")
    }

    @Test func aBadPeriodTimeoutIsAUsageError() throws {
        let result = try ToolProcess.run(ToolProcess.repository + "/cron/monthly-run.sh", [], environment: [
            "TOWNSHIP_REPORTS_TODAY": "2018-11-01",
            "TOWNSHIP_REPORTS_BIN": ToolProcess.executable,
            "TOWNSHIP_REPORTS_PERIOD_TIMEOUT": "two hours",
        ])
        #expect(result.status == 64)
        #expect(result.stderr == "monthly-run: TOWNSHIP_REPORTS_PERIOD_TIMEOUT 'two hours' is not a duration like 90m or 2h\n")
    }
}
