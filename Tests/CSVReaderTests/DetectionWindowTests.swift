import Foundation
import Testing
@testable import CSVReader

/// Encoding detection must not depend on where a chunk ends. Reported: a GB18030 coal
/// export whose first non-ASCII byte fell a few bytes before the 64 KiB boundary was
/// taken for UTF-8 (源泉镇 is D4 B4 C8 AA D5 F2 in GB18030; its first four bytes are two
/// well-formed UTF-8 sequences), and every row was rejected.
@Suite struct DetectionWindowTests {
    /// `count` rows of a shipped sample export as they are on disk, from the first row
    /// holding `from` (raw bytes), else from row 2.
    static func sampleRows(_ file: String, count: Int, from: [UInt8]? = nil) throws -> [UInt8] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent("datasets/sample/\(file)")))
        var lineStarts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { lineStarts.append(i + 1) }
        var first = 1
        if let from {
            first = (1..<lineStarts.count - 1).first { k in
                bytes[lineStarts[k]..<lineStarts[k + 1]].firstRange(of: from) != nil
            }!
        }
        return Array(bytes[lineStarts[first]..<lineStarts[first + count]])
    }

    /// 源泉镇 in GB18030: D4 B4 and C8 AA are also well-formed UTF-8.
    static let yuanquanGB18030: [UInt8] = [0xD4, 0xB4, 0xC8, 0xAA, 0xD5, 0xF2]

    /// An ASCII header, then `padding` blank lines (libcsv yields no record for them), then
    /// the rows: the first non-ASCII byte moves by one byte per blank line.
    static func file(rows: [UInt8], firstNonASCIIAt target: Int, header: String) -> (bytes: [UInt8], padding: Int) {
        let head = Array((header + "\n").utf8)
        let firstHighInRows = rows.firstIndex { $0 >= 0x80 }!
        let padding = target - head.count - firstHighInRows
        return (head + [UInt8](repeating: 0x0A, count: padding) + rows, padding)
    }

    static let chunk = 64 * 1024

    /// Every offset from 48 bytes before the first chunk's end to 8 after it, and around
    /// the second chunk's end: the encoding and every field stay the same.
    @Test(arguments: [
        ("coal_deliveries.csv", SourceEncoding.gb18030,
         "record_id,township,village,household_id,buyer,phone,coal_type,batch,tons,unit_price,amount,company,courier,date"),
        ("service_tickets.csv", SourceEncoding.utf8,
         "ticket_id,hall,department,item,received,closed,wait,steps,visits,rating,channel,status,suspended_days"),
    ])
    func detectionIsTheSameAtEveryOffsetAroundTheChunkEnd(file: String, expected: SourceEncoding, header: String) throws {
        let rows = try Self.sampleRows(file, count: 300, from: expected == .gb18030 ? Self.yuanquanGB18030 : nil)
        var reference: [[String]]?
        for target in Array(Self.chunk - 48...Self.chunk + 8) + Array(2 * Self.chunk - 6...2 * Self.chunk + 2) {
            let (bytes, _) = Self.file(rows: rows, firstNonASCIIAt: target, header: header)
            let (records, encoding) = try readAll(bytes, chunkSize: Self.chunk)
            #expect(encoding == expected, "first non-ASCII byte at \(target)")
            #expect(records.allSatisfy { $0.invalidBytesLine == nil }, "first non-ASCII byte at \(target)")
            let fields = records.map(\.fields)
            if let reference {
                #expect(fields == reference, "first non-ASCII byte at \(target)")
            } else {
                #expect(fields.count == 301)
                reference = fields
            }
        }
    }

    @Test func smallChunksDecideAsTheDefaultChunkDoes() throws {
        // The window is carried across many chunks of 16 bytes.
        let rows = try Self.sampleRows("coal_deliveries.csv", count: 50, from: Self.yuanquanGB18030)
        let (bytes, _) = Self.file(rows: rows, firstNonASCIIAt: 1_000, header: "a,b,c,d,e,f,g,h,i,j,k,l,m,n")
        let whole = try readAll(bytes)
        #expect(whole.encoding == .gb18030)
        for chunk in [16, 17, 61, 97] {
            let small = try readAll(bytes, chunkSize: chunk)
            #expect(small.encoding == .gb18030, "chunk \(chunk)")
            #expect(small.records == whole.records, "chunk \(chunk)")
        }
    }

    @Test func aFileShorterThanTheWindowIsJudgedOnWhatThereIs() throws {
        // 张三 in GBK (D5 C5 C8 FD): both pairs invalid as UTF-8 → GB18030; 张三 in UTF-8 → UTF-8.
        #expect(try readAll(Array("a,b\n1,".utf8) + [0xD5, 0xC5, 0xC8, 0xFD] + [0x0A]).encoding == .gb18030)
        #expect(try readAll(Array("a,b\n1,张三\n".utf8)).encoding == .utf8)
        // 源泉 alone (D4 B4 C8 AA) reads as two UTF-8 sequences: with no other evidence at the
        // end of the file, UTF-8 — the same whatever the chunking.
        let short = Array("a,b\n1,".utf8) + [0xD4, 0xB4, 0xC8, 0xAA] + [0x0A]
        for chunk in [16, 17, 64 * 1024] { #expect(try readAll(short, chunkSize: chunk).encoding == .utf8) }
    }

    @Test func partsAreSplitWithTheEncodingOfTheWholeWindow() throws {
        // FilePart.detectEncoding reads the first chunk plus the window behind it.
        let rows = try Self.sampleRows("coal_deliveries.csv", count: 3_000, from: Self.yuanquanGB18030)
        let (bytes, _) = Self.file(rows: rows, firstNonASCIIAt: Self.chunk - 3, header: "a,b,c,d,e,f,g,h,i,j,k,l,m,n")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("detect-\(getpid()).csv").path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try ByteSource.Handle(.file(path: path), name: path)
        #expect(try FilePart.detectEncoding(handle, path: path) == .gb18030)
    }
}
