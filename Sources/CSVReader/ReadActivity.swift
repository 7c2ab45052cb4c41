import Glibc
import Synchronization

/// Whether some input read is waiting on the kernel right now, since when, and on which
/// file: what a watchdog needs to tell a stuck read (a FIFO whose writer went silent, a
/// stalled network mount) from a long computation. Process-wide, since a blocked `read(2)`
/// cannot report anything itself.
public enum ReadActivity {
    private static let waiting = Atomic<Int>(0)
    /// Monotonic nanoseconds of the last sign of progress: a read completing, or a wait
    /// beginning when none was pending.
    private static let since = Atomic<Int64>(0)
    private static let file = Mutex<String>("")

    /// The file being read and how long reads have been waiting without any completing.
    public static var pendingWait: (file: String, seconds: Double)? {
        guard waiting.load(ordering: .acquiring) > 0 else { return nil }
        let start = since.load(ordering: .acquiring)
        return (file.withLock { $0 }, Double(monotonicNanoseconds() - start) / 1e9)
    }

    /// Brackets one blocking read of `name`.
    static func waiting<T>(on name: String, _ body: () -> T) -> T {
        file.withLock { $0 = name }
        if waiting.add(1, ordering: .acquiringAndReleasing).oldValue == 0 {
            since.store(monotonicNanoseconds(), ordering: .releasing)
        }
        let result = body()
        since.store(monotonicNanoseconds(), ordering: .releasing)
        waiting.subtract(1, ordering: .acquiringAndReleasing)
        return result
    }

    static func monotonicNanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }
}
