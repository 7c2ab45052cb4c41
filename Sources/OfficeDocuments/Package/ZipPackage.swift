import Foundation
import ZIPFoundation

/// Zips the parts of an Office package (.docx, .xlsx) reproducibly: parts in the order
/// given, every entry deflated, dated 1980-01-01 00:00:00 (the earliest DOS date;
/// ZIPFoundation writes it in UTC, so the time zone does not matter) with permissions 0644,
/// and no extra fields. Parts come from memory or, for the large ones, from a file read in
/// chunks, so the package never holds a large part in memory.
enum ZipPackage {
    /// 1980-01-01 00:00:00 UTC.
    static let modificationDate = Date(timeIntervalSince1970: 315_532_800)

    /// Bytes read from a file part at a time (also ZIPFoundation's deflate buffer for it).
    static let chunkSize = 256 * 1024

    /// Where a part's bytes come from.
    enum Source {
        /// Bytes in memory (small parts).
        case bytes([UInt8])
        /// A file, read in ``chunkSize`` chunks while the entry is deflated.
        case file(URL)
    }

    /// Why a package could not be written: the part (when one failed) and ZIPFoundation's reason.
    struct Failure: Error, CustomStringConvertible {
        var part: String?
        var reason: String

        var description: String { part.map { "\($0): \(reason)" } ?? reason }
    }

    /// The zip bytes of `parts` (path inside the package, bytes), in that order.
    static func zip(_ parts: [(path: String, bytes: [UInt8])]) throws(Failure) -> [UInt8] {
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw Failure(part: nil, reason: "\(error)")
        }
        for part in parts {
            try add(part.path, .bytes(part.bytes), to: archive)
        }
        guard let data = archive.data else { throw Failure(part: nil, reason: "no archive data") }
        return [UInt8](data)
    }

    /// Writes the package of `parts` (in that order) as a new file at `url`, which must not exist.
    static func write(_ parts: [(path: String, source: Source)], to url: URL) throws(Failure) {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .create)
        } catch {
            throw Failure(part: nil, reason: "\(error)")
        }
        for part in parts {
            try add(part.path, part.source, to: archive)
        }
    }

    /// Adds one deflated entry to `archive`.
    private static func add(_ path: String, _ source: Source, to archive: Archive) throws(Failure) {
        do {
            switch source {
            case .bytes(let bytes):
                let data = Data(bytes)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: modificationDate, permissions: 0o644,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            case .file(let url):
                let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int64 ?? 0
                let handle = try FileHandle(forReadingFrom: url)
                defer { try? handle.close() }
                try archive.addEntry(with: path, type: .file, uncompressedSize: size,
                                     modificationDate: modificationDate, permissions: 0o644,
                                     compressionMethod: .deflate, bufferSize: chunkSize) { _, size in
                    // ZIPFoundation asks for the chunks in order; a short read would end the
                    // deflate stream early, so read until `size` bytes or the end of the file.
                    var chunk = Data()
                    while chunk.count < size, let more = try handle.read(upToCount: size - chunk.count),
                          !more.isEmpty {
                        chunk.append(more)
                    }
                    return chunk
                }
            }
        } catch {
            throw Failure(part: path, reason: "\(error)")
        }
    }
}
