import CSVReader
import Foundation
import Glibc

/// Stops the process when reading an input makes no progress for `seconds` (policy
/// `run.read_stall_seconds`): a FIFO whose writer is open but silent, a network mount that
/// stopped answering. A blocked `read(2)` cannot return an error, so a thread watches
/// `ReadActivity` and, past the limit, prints the reason and exits with 74 (the one place
/// where the exit code is not chosen at the end of the command: the main thread is stuck).
///
/// Nothing is lost: publishing happens after reading, so the published reports are
/// untouched; the kernel releases the run lock with the process, and the next run removes
/// the staging folder if one was begun. Only reads are watched: computing and writing
/// never trip it, however long they take.
public final class ReadStallWatchdog: @unchecked Sendable {
    private let seconds: Int
    private let lock = NSLock()
    private var stopped = false
    /// Replaced in tests; by default prints to stderr and exits.
    var onStall: (String) -> Void = { message in
        FileHandle.standardError.write(Data(("错误：" + message + "\n").utf8))
        _exit(74)  // not exit(): no atexit handlers or stdio flushing while the main thread is stuck
    }

    public init(seconds: Int) {
        self.seconds = seconds
    }

    /// The message for a read of `file` stuck for `seconds`.
    static func message(file: String, seconds: Int) -> String {
        "读取 \(file) 已 \(seconds) 秒没有进展（管道没有数据写入，或文件所在的存储没有响应），"
            + "本次运行中止，已发布的报表未改动；上限见策略 run.read_stall_seconds"
    }

    /// Starts watching on a thread of its own; `stop` ends it.
    public func start() {
        let period = min(1.0, Double(seconds) / 4)
        Thread.detachNewThread { [self] in
            while true {
                Thread.sleep(forTimeInterval: period)
                lock.lock()
                let done = stopped
                lock.unlock()
                if done { return }
                if let wait = ReadActivity.pendingWait, wait.seconds >= Double(seconds) {
                    onStall(Self.message(file: wait.file, seconds: seconds))
                    return
                }
            }
        }
    }

    public func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }
}
