import Glibc

/// Where the reader's bytes come from: a file read in fixed-size chunks (never
/// loaded whole), or an in-memory buffer (tests and fuzzing).
enum ByteSource {
    case file(path: String)
    case memory([UInt8])

    /// An open source; `read` fills the buffer fully unless the input ends.
    final class Handle {
        private let fd: Int32
        private let memory: [UInt8]?
        private var offset = 0
        private let name: String

        init(_ source: ByteSource, name: String) throws(CSVReadError) {
            self.name = name
            switch source {
            case .memory(let bytes):
                fd = -1
                memory = bytes
            case .file(let path):
                memory = nil
                // O_NONBLOCK so that a FIFO without a writer cannot hang the open (it then
                // reads as empty); reads block as usual once it is cleared.
                let opened = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
                guard opened >= 0 else {
                    let code = errno
                    throw CSVReadError(.cannotOpen(reason: code == ENOENT ? Handle.notFound(path) : Handle.describe(code)),
                                       file: name)
                }
                var info = stat()
                if fstat(opened, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
                    close(opened)
                    throw CSVReadError(.cannotOpen(reason: "这是一个目录，不是文件"), file: name)
                }
                let flags = fcntl(opened, F_GETFL)
                if flags >= 0 { _ = fcntl(opened, F_SETFL, flags & ~O_NONBLOCK) }
                fd = opened
            }
        }

        deinit { if fd >= 0 { close(fd) } }

        /// The size in bytes (of a regular file; the buffer's for memory).
        var size: Int {
            if let memory { return memory.count }
            var info = stat()
            return fstat(fd, &info) == 0 ? Int(info.st_size) : 0
        }

        /// Moves to byte `offset` from the start.
        func seek(to offset: Int) throws(CSVReadError) {
            if memory != nil {
                self.offset = offset
                return
            }
            if lseek(fd, off_t(offset), SEEK_SET) < 0 {
                throw CSVReadError(.io(reason: Handle.describe(errno)), file: name)
            }
        }

        func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) throws(CSVReadError) -> Int {
            if let memory {
                let n = min(capacity, memory.count - offset)
                memory.withUnsafeBufferPointer { source in
                    if n > 0 { buffer.update(from: source.baseAddress! + offset, count: n) }
                }
                offset += n
                return n
            }
            var filled = 0
            while filled < capacity {
                let (fd, want) = (fd, capacity - filled)
                let n = ReadActivity.waiting(on: name) { Glibc.read(fd, buffer + filled, want) }
                if n == 0 { break }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw CSVReadError(.io(reason: Handle.describe(errno)), file: name)
                }
                filled += n
            }
            return filled
        }

        /// "Not found", naming the folder that was searched as an absolute path: a cron job
        /// runs in another working directory than the shell it was tried in.
        static func notFound(_ path: String) -> String {
            var link = stat()
            if lstat(path, &link) == 0 { return "符号链接指向的文件不存在" }
            var folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
            if folder.isEmpty { folder = "/" }
            if !folder.hasPrefix("/") {
                var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
                if let cwd = getcwd(&buffer, buffer.count) {
                    let base = String(cString: cwd)
                    folder = folder == "." ? base : base + "/" + (folder.hasPrefix("./") ? String(folder.dropFirst(2)) : folder)
                }
            }
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return "在文件夹 \(folder)/ 中找不到 \(name)"
        }

        static func describe(_ code: Int32) -> String {
            switch code {
            case ENOENT: return "文件不存在"
            case EACCES, EPERM: return "没有读取权限"
            case EISDIR: return "这是一个目录，不是文件"
            case ENOTDIR: return "路径中有一级不是文件夹"
            case ELOOP: return "符号链接层数过多（可能指向自身）"
            default: return String(cString: strerror(code))
            }
        }
    }
}
