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
            退出码：0 成功；64 用法或配置错误（参数、政策文件、参考数据）；65 输入错误\
            （导出缺失或无法使用、拒收率超过上限）；74 报表无法写出，或读取输入长时间没有进展；\
            75 另一个运行正持有锁。
            """,
        version: BuildInfo.versionLine,
        subcommands: [Run.self, Validate.self, Inspect.self])

    /// ArgumentParser's own `main`, except that its help and its messages for bad arguments
    /// are in Chinese (`ParserText`), like every other line of the tool: operators read
    /// them in cron mail and logs.
    static func main() {
        // Allocations of 64 KiB and more get their own mapping, returned to the system when
        // freed. glibc otherwise raises that threshold after the first such free, and later
        // large buffers (a part's rows, a long report) stay resident as garbage once freed:
        // peak RSS then grows with the export instead of staying flat (BENCHMARKS.md).
        _ = tr_map_large_allocations(64 << 10)
        restoreTerminationSignals()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = ParserText.chinese(fullMessage(for: error))
            if !message.isEmpty {
                let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                stream.write(Data((message + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}

/// SIGTERM, SIGINT and SIGHUP end the process, whatever the parent left behind: a signal
/// ignored or blocked by the process that started us (a test harness's thread, a wrapper
/// script) is inherited across exec, and cron's wall-clock limit (`timeout` in
/// `cron/monthly-run.sh`) must be able to stop a run that is stuck. Dying mid-run loses
/// nothing: the published reports change only by one rename, and the lock is released
/// by the kernel.
private func restoreTerminationSignals() {
    var signals = sigset_t()
    sigemptyset(&signals)
    for signal in [SIGTERM, SIGINT, SIGHUP] {
        sigaddset(&signals, signal)
        Foundation.signal(signal, SIG_DFL)
    }
    pthread_sigmask(SIG_UNBLOCK, &signals, nil)
}
