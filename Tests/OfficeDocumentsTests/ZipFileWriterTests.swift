import Foundation
import Testing
import ZIPFoundation
@testable import OfficeDocuments

/// `ZipFileWriter`: parts deflated in pieces joined into one stream, read back by ZIPFoundation
/// (which checks each entry's CRC-32 as it extracts).
@Suite struct ZipFileWriterTests {
    @Test(arguments: [1_000, 4_096, 1 << 20])
    func piecesJoinIntoOneStreamWithTheWholeCRC(pieceBytes: Int) throws {
        let folder = try WorkbookFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 40 000 bytes of sheet-like text (10 to 40 pieces at the small sizes), an empty file,
        // and a part from memory.
        var text = ""
        var row = 0
        while text.utf8.count < 40_000 {
            row += 1
            text += "<row r=\"\(row)\"><c r=\"A\(row)\" t=\"inlineStr\"><is><t>户\(row * 7919 % 1000)</t></is></c></row>"
        }
        let big = folder.appendingPathComponent("big.xml"), empty = folder.appendingPathComponent("empty.xml")
        try Data(text.utf8).write(to: big)
        try Data().write(to: empty)
        let url = folder.appendingPathComponent("out.zip")
        try ZipFileWriter.write([("xl/worksheets/sheet1.xml", .file(big)), ("empty.xml", .file(empty)),
                                 ("docProps/app.xml", .bytes(Array("<Properties/>".utf8)))],
                                to: url, pieceBytes: pieceBytes)
        let archive = try Archive(url: url, accessMode: .read)
        var read: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            read[entry.path] = data
            #expect(entry.checksum == crc32(data), "\(entry.path)")
        }
        #expect(archive.map(\.path) == ["xl/worksheets/sheet1.xml", "empty.xml", "docProps/app.xml"])
        #expect(read["xl/worksheets/sheet1.xml"] == Data(text.utf8))
        #expect(read["empty.xml"] == Data())
        #expect(read["docProps/app.xml"] == Data("<Properties/>".utf8))
        // No piece file is left beside the package.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["big.xml", "empty.xml", "out.zip"])
    }

    /// The CRC-32 of `data` bit by bit (polynomial 0xEDB88320): the reference the writer's
    /// combined CRC must equal.
    private func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
