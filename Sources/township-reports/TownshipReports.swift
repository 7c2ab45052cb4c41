import ArgumentParser
import Foundation
import CMallocTuning

/// `township-reports`: the monthly reports of the Boshan district office.
@main
struct TownshipReports: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "township-reports",
        abstract: "博山区镇街工作报表：清洁煤炭与节能炉具、食品安全、政务服务。",
        discussion: """
            Exit codes: 0 success; 64 usage or configuration error (arguments, policy, \
            reference data); 65 input error (missing or unusable export, reject rate over \
            the limit); 74 reports could not be written; 75 another run holds the lock.
            """,
        subcommands: [Run.self, Validate.self, Inspect.self])

    /// ArgumentParser's own `main`, except that its messages for bad arguments start with
    /// 错误： like every other error of the tool (operators read them in cron mail and logs).
    static func main() {
        // Allocations of 64 KiB and more get their own mapping, returned to the system when
        // freed. glibc otherwise raises that threshold after the first such free, and later
        // large buffers (a part's rows, a long report) stay resident as garbage once freed:
        // peak RSS then grows with the export instead of staying flat (BENCHMARKS.md).
        _ = tr_map_large_allocations(64 << 10)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            var message = fullMessage(for: error)
            if message.hasPrefix("Error: ") { message = "错误：" + message.dropFirst("Error: ".count) }
            if !message.isEmpty {
                let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                stream.write(Data((message + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}
