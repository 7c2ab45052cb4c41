import Foundation

/// Zips the parts of an Office package (.docx, .xlsx) reproducibly: parts in the order
/// given, every entry deflated, dated 1980-01-01 00:00:00 (the earliest DOS date) with
/// permissions 0644, and no extra fields. Parts come from memory or, for the large ones,
/// from a file read in pieces, so the package never holds a large part in memory. The
/// writing is ``ZipFileWriter``'s (zlib, large parts on every core); the tests read the
/// packages back with ZIPFoundation, an independent reader.
enum ZipPackage {
    /// Where a part's bytes come from.
    enum Source {
        /// Bytes in memory (small parts).
        case bytes([UInt8])
        /// A file, read in pieces while the entry is deflated.
        case file(URL)
    }

    /// Why a package could not be written: the part (when one failed) and the reason.
    struct Failure: Error, CustomStringConvertible {
        var part: String?
        var reason: String

        var description: String { part.map { "\($0): \(reason)" } ?? reason }
    }

    /// The zip bytes of `parts` (path inside the package, bytes), in that order.
    static func zip(_ parts: [(path: String, bytes: [UInt8])]) throws(Failure) -> [UInt8] {
        let folder = NSTemporaryDirectory() + "package-\(UUID().uuidString)"
        guard mkdir(folder, 0o700) == 0 else {
            throw Failure(part: nil, reason: "\(folder): \(String(cString: strerror(errno)))")
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let url = URL(fileURLWithPath: folder + "/package.zip")
        try write(parts.map { ($0.path, .bytes($0.bytes)) }, to: url)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Failure(part: nil, reason: "\(url.path): cannot be read back")
        }
        return [UInt8](data)
    }

    /// Writes the package of `parts` (in that order) as a new file at `url`, which must not exist.
    static func write(_ parts: [(path: String, source: Source)], to url: URL) throws(Failure) {
        try ZipFileWriter.write(parts, to: url)
    }
}
