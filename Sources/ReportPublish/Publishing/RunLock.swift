#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The exclusive lock that keeps two runs from working on the same output folder at
/// once (SPEC §1, §5).
///
/// It is an `flock(LOCK_EX | LOCK_NB)` on `<out>/.lock`; the folder and the file are
/// created if missing. A second run fails at once with ``PublishError/locked(path:holderPID:)``
/// instead of waiting. After locking, the holder writes its pid into the file so that
/// the second run's message can name it; the pid is cleared on release. The kernel
/// drops the lock when the process dies, so a killed run never leaves a stale lock
/// (only, at worst, a stale pid in the file, which the next holder overwrites).
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
    /// - Throws: ``PublishError/locked(path:holderPID:)`` when another run holds it,
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
            let holder = code == EWOULDBLOCK ? Self.readPID(fd) : nil
            close(fd)
            if code == EWOULDBLOCK {
                throw PublishError.locked(path: path, holderPID: holder)
            }
            throw PublishError.io(operation: .lock, path: path, errno: code)
        }
        descriptor = fd
        let text = Array("\(getpid())\n".utf8)
        // The pid is only for the message; failing to write it does not matter.
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

    /// The pid written in the lock file, if it holds one.
    private static func readPID(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[..<count], as: UTF8.self)
        return Int32(String(text.prefix { $0.isASCII && $0.isWholeNumber }))
    }
}
