internal import CDeflate
import Foundation

/// Writes an Office package to a file with zlib's deflate, a large part in pieces on every
/// core: each piece of ``pieceBytes`` is deflated on its own and ends with a sync flush, so
/// the pieces joined in order are one deflate stream (as pigz does), and their CRC-32s
/// combine into the part's. The pieces depend on the part's size only, never on the number
/// of cores, so the same parts give the same bytes on any machine.
///
/// The archive is what ``ZipPackage`` documents: parts in the order given, every entry
/// deflated, dated 1980-01-01 00:00:00, permissions 0644, no extra fields, no data
/// descriptors. Entries and the archive stay below 4 GiB (no ZIP64): a sheet holds at most
/// 1 048 576 rows, well under that.
///
/// Why not ZIPFoundation for these: it deflates at zlib's default level on one core, which
/// was 10 of the 27 seconds of the coal benchmark (a 725 MB sheet). Level 2 deflates that
/// sheet in a third of the time into a file a quarter larger (66 MB instead of 52 MB).
enum ZipFileWriter {
    /// zlib's compression level.
    static let level: Int32 = 2
    /// Input bytes per piece deflated on its own.
    static let pieceBytes = 32 << 20

    /// - Parameter pieceBytes: input bytes per piece (tests make it small).
    static func write(_ parts: [(path: String, source: ZipPackage.Source)], to url: URL,
                      pieceBytes: Int = pieceBytes) throws(ZipPackage.Failure) {
        let output = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard output >= 0 else { throw ZipPackage.Failure(part: nil, reason: Self.reason(url.path)) }
        defer { close(output) }
        var directory: [UInt8] = []
        var offset = 0
        for (index, part) in parts.enumerated() {
            let entry = try deflate(part.source, name: part.path, scratch: url.path + ".piece\(index)",
                                    pieceBytes: pieceBytes)
            defer { entry.pieces.forEach { unlink($0) } }
            let name = Array(part.path.utf8)
            guard offset < Int(UInt32.max), entry.compressed < Int(UInt32.max), entry.size < Int(UInt32.max) else {
                throw ZipPackage.Failure(part: part.path, reason: "larger than 4 GiB (ZIP64 is not written)")
            }
            var header: [UInt8] = []
            header.le32(0x0403_4B50)
            entry.common(&header, nameLength: name.count)
            header.le16(0)   // extra field length
            header += name
            try Self.write(header, to: output, name: part.path)
            for piece in entry.pieces { try Self.copy(piece, to: output, name: part.path) }

            directory.le32(0x0201_4B50)
            directory.le16(0x0314)   // made by: UNIX, zip 2.0
            entry.common(&directory, nameLength: name.count)
            directory.le16(0)   // extra field length
            directory.le16(0)   // comment length
            directory.le16(0)   // disk number
            directory.le16(0)   // internal attributes
            directory.le32(UInt32(0o100644) << 16)   // external: a regular file, rw-r--r--
            directory.le32(UInt32(offset))
            directory += name
            offset += header.count + entry.compressed
        }
        guard parts.count < 0xFFFF, offset + directory.count < Int(UInt32.max) else {
            throw ZipPackage.Failure(part: nil, reason: "larger than 4 GiB (ZIP64 is not written)")
        }
        var end: [UInt8] = []
        end.le32(0x0605_4B50)
        end.le16(0)   // this disk
        end.le16(0)   // the directory's disk
        end.le16(UInt16(parts.count))
        end.le16(UInt16(parts.count))
        end.le32(UInt32(directory.count))
        end.le32(UInt32(offset))
        end.le16(0)   // comment length
        try Self.write(directory + end, to: output, name: nil)
    }

    /// A part deflated into piece files, with what its headers need.
    private struct Entry {
        var crc: UInt32
        var compressed: Int
        var size: Int
        var pieces: [String]

        /// The fields local and central headers share, from "version needed" to the name length.
        func common(_ bytes: inout [UInt8], nameLength: Int) {
            bytes.le16(20)   // version needed: deflate
            bytes.le16(0)    // flags
            bytes.le16(8)    // method: deflate
            bytes.le16(0)    // time 00:00:00
            bytes.le16(0x0021)   // date 1980-01-01
            bytes.le32(crc)
            bytes.le32(UInt32(compressed))
            bytes.le32(UInt32(size))
            bytes.le16(UInt16(nameLength))
        }
    }

    private static func deflate(_ source: ZipPackage.Source, name: String, scratch: String,
                                pieceBytes: Int) throws(ZipPackage.Failure) -> Entry {
        switch source {
        case .bytes(let bytes):
            let piece = scratch + ".0"
            let fd = open(piece, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw ZipPackage.Failure(part: name, reason: reason(piece)) }
            defer { close(fd) }
            var crc: UInt32 = 0, written: Int64 = 0
            let status = bytes.withUnsafeBufferPointer {
                tr_deflate_buffer($0.baseAddress, Int64($0.count), level, fd, &crc, &written)
            }
            guard status == 0 else { unlink(piece); throw ZipPackage.Failure(part: name, reason: String(cString: strerror(status))) }
            return Entry(crc: crc, compressed: Int(written), size: bytes.count, pieces: [piece])
        case .file(let url):
            let input = open(url.path, O_RDONLY | O_CLOEXEC)
            guard input >= 0 else { throw ZipPackage.Failure(part: name, reason: reason(url.path)) }
            defer { close(input) }
            var info = stat()
            guard fstat(input, &info) == 0 else { throw ZipPackage.Failure(part: name, reason: reason(url.path)) }
            let size = Int(info.st_size)
            let count = max(1, (size + pieceBytes - 1) / pieceBytes)
            let results = PieceResults(count: count)
            let pieces = (0..<count).map { scratch + ".\($0)" }
            DispatchQueue.concurrentPerform(iterations: count) { index in
                let start = index * pieceBytes, length = min(pieceBytes, size - start)
                let fd = open(pieces[index], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
                guard fd >= 0 else { results.set(index, status: errno, crc: 0, written: 0, length: 0); return }
                var crc: UInt32 = 0, written: Int64 = 0
                let status = tr_deflate_file_piece(input, Int64(start), Int64(max(0, length)), level,
                                                   index == count - 1 ? 1 : 0, fd, &crc, &written)
                close(fd)
                results.set(index, status: status, crc: crc, written: Int(written), length: max(0, length))
            }
            var entry = Entry(crc: 0, compressed: 0, size: size, pieces: pieces)
            for index in 0..<count {
                let piece = results.values[index]
                guard piece.status == 0 else {
                    pieces.forEach { unlink($0) }
                    throw ZipPackage.Failure(part: name, reason: String(cString: strerror(piece.status)))
                }
                entry.crc = index == 0 ? piece.crc : tr_crc32_combine(entry.crc, piece.crc, Int64(piece.length))
                entry.compressed += piece.written
            }
            return entry
        }
    }

    private static func write(_ bytes: [UInt8], to fd: Int32, name: String?) throws(ZipPackage.Failure) {
        var done = 0
        while done < bytes.count {
            let count = bytes[done...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw ZipPackage.Failure(part: name, reason: String(cString: strerror(errno))) }
            done += count
        }
    }

    /// Appends the file at `path` to `fd`.
    private static func copy(_ path: String, to fd: Int32, name: String) throws(ZipPackage.Failure) {
        let input = open(path, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw ZipPackage.Failure(part: name, reason: reason(path)) }
        defer { close(input) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw ZipPackage.Failure(part: name, reason: reason(path)) }
            if count == 0 { return }
            try write(Array(buffer[..<count]), to: fd, name: name)
        }
    }

    private static func reason(_ path: String) -> String { "\(path): \(String(cString: strerror(errno)))" }
}

/// Each piece's outcome, set by its own thread only.
private final class PieceResults: @unchecked Sendable {
    var values: [(status: Int32, crc: UInt32, written: Int, length: Int)]

    init(count: Int) { values = Array(repeating: (0, 0, 0, 0), count: count) }

    func set(_ index: Int, status: Int32, crc: UInt32, written: Int, length: Int) {
        values[index] = (status, crc, written, length)
    }
}

private extension Array where Element == UInt8 {
    mutating func le16(_ value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    mutating func le32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
