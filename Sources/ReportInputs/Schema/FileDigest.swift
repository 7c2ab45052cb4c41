import Crypto
import CSVReader
import Glibc

/// The SHA-256 of an input file, fed chunk by chunk as the file is read (and, for a file
/// read in parts on several cores, continued over the later parts' bytes).
public final class FileDigest: @unchecked Sendable {
    private var hasher = SHA256()
    /// Bytes fed by `update(_:)` so far: how far a reading has got (progress).
    public private(set) var bytesFed = 0

    public init() {}

    /// Feeds the next bytes of the file, in file order.
    public func update(_ bytes: UnsafeRawBufferPointer) {
        hasher.update(bufferPointer: bytes)
        bytesFed += bytes.count
    }

    /// Feeds the bytes of `range` of the file at `path`.
    public func update(path: String, range: Range<Int>) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw CSVReadError(.io(reason: String(cString: strerror(errno))), file: path) }
        defer { close(fd) }
        let size = 1 << 20
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        var offset = range.lowerBound
        while offset < range.upperBound {
            let n = pread(fd, buffer, min(size, range.upperBound - offset), off_t(offset))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw CSVReadError(.io(reason: String(cString: strerror(errno))), file: path) }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(start: buffer, count: n))
            offset += n
        }
    }

    /// The digest in lower-case hex. Finishes the digest: call once.
    public func hex() -> String {
        hasher.finalize().map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
