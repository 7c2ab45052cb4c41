import Foundation
import ZIPFoundation

/// Zips the parts of a .docx in memory, reproducibly: parts in the order given, every entry
/// deflated, dated 1980-01-01 00:00:00 (the earliest DOS date; ZIPFoundation writes it in
/// UTC, so the time zone does not matter) with permissions 0644, and no extra fields.
enum DocxPackage {
    /// 1980-01-01 00:00:00 UTC.
    static let modificationDate = Date(timeIntervalSince1970: 315_532_800)

    /// The zip bytes of `parts` (path inside the package, bytes), in that order.
    static func zip(_ parts: [(path: String, bytes: [UInt8])]) throws -> [UInt8] {
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw DocxWriterError.packaging("\(error)")
        }
        for part in parts {
            let data = Data(part.bytes)
            do {
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: modificationDate, permissions: 0o644,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            } catch {
                throw DocxWriterError.packaging("\(part.path): \(error)")
            }
        }
        guard let data = archive.data else { throw DocxWriterError.packaging("no archive data") }
        return [UInt8](data)
    }
}
