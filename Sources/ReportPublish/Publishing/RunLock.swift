#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The exclusive lock that keeps two runs from working on the same output folder at
/// once (SPEC §1, §5).
///
/// It is an `flock(LOCK_EX | LOCK_NB)` on `<out>/.lock`; the folder and the file are
/// created if missing. A second run fails at once with ``PublishError/locked(path:holder:)``
/// instead of waiting. After locking, the holder writes its pid, host and start time into
/// the file (`LockHolder`) so that the second run's message can name them; they are
/// cleared on release. The kernel drops the lock when the process dies, so a killed run
/// never leaves a stale lock (only, at worst, stale text in the file, which the next
/// holder overwrites).
///
/// `flock` locks belong to an open file description: two `RunLock`s on the same
/// folder conflict even inside one process. The descriptor is close-on-exec, so
/// child processes do not inherit the lock.
public final class RunLock {
    /// The name of the lock file inside the output folder.
    public static let fileName = ".lock"

    /// The lock file's path.
    public let path: String
    private var descriptor: Int32

    /// Takes the lock on `outputDirectory`, creating the folder if needed.
    ///
    /// - Throws: ``PublishError/locked(path:holder:)`` when another run holds it,
    ///   ``PublishError/io(operation:path:errno:)`` when the folder or file cannot be created.
    public init(outputDirectory: String) throws {
        try PosixFileSystem().makeDirectories(outputDirectory)
        let base = outputDirectory.hasSuffix("/") ? String(outputDirectory.dropLast()) : outputDirectory
        path = base + "/" + Self.fileName
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw PublishError.io(operation: .open, path: path, errno: errno)
        }
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            let holder = code == EWOULDBLOCK ? Self.readHolder(fd) : nil
            close(fd)
            if code == EWOULDBLOCK {
                throw PublishError.locked(path: path, holder: holder)
            }
            throw PublishError.io(operation: .lock, path: path, errno: code)
        }
        descriptor = fd
        let text = Array(LockHolder.current().fileText.utf8)
        // The holder is only for the message; failing to write it does not matter.
        if ftruncate(fd, 0) == 0 {
            _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        }
    }

    /// Whether this object still holds the lock.
    public var isHeld: Bool { descriptor >= 0 }

    /// Clears the pid from the file and releases the lock; calling it again does nothing.
    public func release() {
        guard descriptor >= 0 else { return }
        _ = ftruncate(descriptor, 0)
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit {
        release()
    }

    /// The holder written in the lock file, if it names one.
    private static func readHolder(_ fd: Int32) -> LockHolder? {
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return LockHolder.parse(String(decoding: buffer[..<count], as: UTF8.self))
    }
}
