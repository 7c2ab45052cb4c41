import Foundation
@testable import OfficeDocuments
import ZIPFoundation

/// Reading a rendered package back with ZIPFoundation.
enum RenderedPackage {
    /// The entries of `bytes`, in archive order, with their uncompressed contents.
    static func entries(_ bytes: [UInt8]) throws -> [(path: String, text: String)] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var result: [(String, String)] = []
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            result.append((entry.path, String(decoding: data, as: UTF8.self)))
        }
        return result
    }

    /// The text of part `path` of `notice` rendered and unzipped.
    static func part(_ path: String, of notice: OfficialNotice) throws -> String {
        let entries = try entries(try DocxWriter.render(notice))
        guard let entry = entries.first(where: { $0.path == path }) else { return "" }
        return entry.text
    }
}

/// Where the package's folders are.
enum Repository {
    /// The package root (three levels above this file).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
