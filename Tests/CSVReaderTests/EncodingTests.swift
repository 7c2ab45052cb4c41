import Foundation
import Testing
@testable import CSVReader

/// Encoding detection (BOM → strict UTF-8 → GB18030) and undecodable bytes.
@Suite struct EncodingTests {
    @Test func gb18030FileWithCRLFAndAFourByteCharacter() throws {
        let (records, encoding) = try readFile(fixture("gb18030_crlf.csv"))
        #expect(encoding == .gb18030)
        #expect(records == [
            ReadRecord(line: 1, fields: ["登记编号", "镇街", "村居", "购买人", "购买数量（吨）"]),
            ReadRecord(line: 2, fields: ["M001", "源泉镇", "东高村", "张三", "1.5"]),
            ReadRecord(line: 3, fields: ["M002", "开发区域城镇", "北域城村,二组", "欧阳小明", "2"]),
            ReadRecord(line: 4, fields: ["M003", "池上镇", "上小峰\r\n新村", "李㐀", "0.5"]),
            ReadRecord(line: 6, fields: ["M004", "城东街道", "八陡路社区", "王五", "1"]),
        ])
    }

    @Test func gb18030SplitAcrossEveryChunkBoundary() throws {
        // Chunks of 16 to 40 bytes cut two- and four-byte sequences at every offset.
        let whole = try readFile(fixture("gb18030_crlf.csv")).records
        for chunk in 16...40 {
            #expect(try readFile(fixture("gb18030_crlf.csv"), chunkSize: chunk).records == whole, "chunk \(chunk)")
        }
    }

    @Test func invalidUTF8ByteFlagsItsRecordWithTheLine() throws {
        // Line 1 header, lines 2–3 a two-line record, line 4 has 0xFF, line 5 is fine.
        let (records, encoding) = try readFile(fixture("invalid_byte.csv"))
        #expect(encoding == .utf8)
        #expect(records.map(\.line) == [1, 2, 4, 5])
        #expect(records.map(\.invalidBytesLine) == [nil, nil, 4, nil])
        #expect(records[2].fields == ["2", "张\u{FFFD}"])
    }

    @Test func asciiOnlyIsUTF8() throws {
        #expect(try readAll(Array("a,b\n1,2\n".utf8)).encoding == .utf8)
    }

    @Test func gbkRowInsideAUTF8FileIsFlaggedNotGuessed() throws {
        // Mostly UTF-8 Chinese, one row (line 3) written in GBK: that row is flagged.
        var bytes = Array("镇街,村居,购买人\n源泉镇,东高村,张三\n".utf8)
        bytes += Array("池上镇,".utf8) + [0xC9, 0xCF, 0xD0, 0xA1, 0xB7, 0xE5] + Array(",李四\n".utf8)  // 上小峰 in GBK
        bytes += Array("博山镇,北博山村,王五\n".utf8)
        let (records, encoding) = try readAll(bytes)
        #expect(encoding == .utf8)
        #expect(records.map(\.invalidBytesLine) == [nil, nil, 3, nil])
    }

    @Test func bytesInvalidInGB18030AreFlagged() throws {
        // GBK text, then 0x80 (never valid alone in GB18030) on line 3.
        let gbk: [UInt8] = [0xD5, 0xC5, 0xC8, 0xFD]  // 张三
        let bytes = Array("a,b\n1,".utf8) + gbk + Array("\n2,".utf8) + [0x80] + Array("\n3,x\n".utf8)
        let (records, encoding) = try readAll(bytes)
        #expect(encoding == .gb18030)
        #expect(records[1].fields == ["1", "张三"])
        #expect(records.map(\.invalidBytesLine) == [nil, nil, 3, nil])
    }

    @Test func truncatedSequenceAtEndOfFile() throws {
        // A UTF-8 file whose last character lost its final byte.
        let bytes = Array("a\n张三\n".utf8) + [0xE6, 0x9D]
        let (records, _) = try readAll(bytes)
        #expect(records.map(\.invalidBytesLine) == [nil, nil, 3])
    }

    @Test func utf16IsRefusedWithAClearError() throws {
        #expect(throws: CSVReadError(.unsupportedEncoding(name: "UTF-16"), file: "test.csv", line: 1)) {
            _ = try readAll([0xFF, 0xFE, 0x61, 0x00])
        }
    }
}
