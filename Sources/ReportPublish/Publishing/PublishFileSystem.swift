#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CAtomicRename

/// The file-system calls the publisher makes, behind a protocol so that tests can make
/// a chosen call fail (a full disk on the third write, a file system without
/// RENAME_EXCHANGE) and check that the previous report survives.
///
/// Every failure is a ``PublishError/io(operation:path:errno:)``.
protocol PublishFileSystem: Sendable {
    /// Whether anything (file, folder, symbolic link) exists at `path`; does not follow links.
    func exists(_ path: String) throws -> Bool
    /// Creates one folder with the folder mode of `ReportFileModes`; fails if it exists.
    func makeDirectory(_ path: String) throws
    /// Creates a new file (fails if it exists), writes all of `bytes`, fsyncs and closes it.
    func writeFile(_ path: String, bytes: [UInt8]) throws
    /// fsyncs a folder, so that the entries created or renamed in it are durable.
    func syncDirectory(_ path: String) throws
    /// `rename(2)`.
    func rename(_ source: String, to destination: String) throws
    /// Atomically exchanges two existing paths (`renameat2(RENAME_EXCHANGE)`).
    func exchange(_ first: String, _ second: String) throws
    /// The names in a folder, without `.` and `..`, sorted.
    func listDirectory(_ path: String) throws -> [String]
    /// Deletes a file or a folder with everything in it; nothing to do if it is missing.
    /// Symbolic links are deleted, never followed.
    func removeTree(_ path: String) throws
}

extension PublishFileSystem {
    /// Creates `path` and any missing parent folders (`mkdir -p`).
    func makeDirectories(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if try !exists(prefix) {
                do {
                    try makeDirectory(prefix)
                } catch PublishError.io(_, _, EEXIST) {
                    continue
                }
            }
        }
    }
}

/// The real implementation on POSIX system calls.
struct PosixFileSystem: PublishFileSystem {
    /// The modes of new files and folders, set whatever the umask.
    var modes = ReportFileModes(privateData: false)

    func exists(_ path: String) throws -> Bool {
        var info = stat()
        if lstat(path, &info) == 0 { return true }
        let code = errno
        if code == ENOENT { return false }
        throw PublishError.io(operation: .stat, path: path, errno: code)
    }

    func makeDirectory(_ path: String) throws {
        guard mkdir(path, modes.folder) == 0 else {
            throw PublishError.io(operation: .createDirectory, path: path, errno: errno)
        }
        guard chmod(path, modes.folder) == 0 else {
            throw PublishError.io(operation: .createDirectory, path: path, errno: errno)
        }
    }

    func writeFile(_ path: String, bytes: [UInt8]) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, modes.file)
        guard descriptor >= 0 else {
            throw PublishError.io(operation: .open, path: path, errno: errno)
        }
        var closed = false
        defer { if !closed { _ = close(descriptor) } }
        guard fchmod(descriptor, modes.file) == 0 else {
            throw PublishError.io(operation: .write, path: path, errno: errno)
        }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw PublishError.io(operation: .write, path: path, errno: errno)
                }
                offset += written
            }
        }
        guard fsync(descriptor) == 0 else {
            throw PublishError.io(operation: .sync, path: path, errno: errno)
        }
        closed = true
        guard close(descriptor) == 0 else {
            throw PublishError.io(operation: .write, path: path, errno: errno)
        }
    }

    func syncDirectory(_ path: String) throws {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw PublishError.io(operation: .open, path: path, errno: errno)
        }
        defer { _ = close(descriptor) }
        // EINVAL: the file system cannot sync folders (some network file systems); there
        // is nothing more to do there.
        if fsync(descriptor) != 0, errno != EINVAL {
            throw PublishError.io(operation: .sync, path: path, errno: errno)
        }
    }

    func rename(_ source: String, to destination: String) throws {
        #if canImport(Glibc)
        let result = Glibc.rename(source, destination)
        #else
        let result = Darwin.rename(source, destination)
        #endif
        guard result == 0 else {
            throw PublishError.io(operation: .rename, path: "\(source) → \(destination)", errno: errno)
        }
    }

    func exchange(_ first: String, _ second: String) throws {
        guard tr_exchange_paths(first, second) == 0 else {
            throw PublishError.io(operation: .exchange, path: "\(first) ⇄ \(second)", errno: errno)
        }
    }

    func listDirectory(_ path: String) throws -> [String] {
        guard let directory = opendir(path) else {
            throw PublishError.io(operation: .list, path: path, errno: errno)
        }
        defer { closedir(directory) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { throw PublishError.io(operation: .list, path: path, errno: errno) }
                break
            }
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: pointer.pointee)) {
                    String(cString: $0)
                }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    func removeTree(_ path: String) throws {
        var info = stat()
        if lstat(path, &info) != 0 {
            if errno == ENOENT { return }
            throw PublishError.io(operation: .stat, path: path, errno: errno)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            for name in try listDirectory(path) {
                try removeTree(path + "/" + name)
            }
            guard rmdir(path) == 0 else {
                throw PublishError.io(operation: .remove, path: path, errno: errno)
            }
        } else {
            guard unlink(path) == 0 else {
                throw PublishError.io(operation: .remove, path: path, errno: errno)
            }
        }
    }
}
