import SharedTestSupport
import CSVReader
import Foundation
import ReportInputs
import Testing

/// Rows that cannot be used: each is rejected with its line, the column as the file wrote
/// it, the reason category and a reason naming the value, and the rest of the file is read
/// (`InputTable`, as `run` and `validate` read every export, against the shipped reference
/// data and policy).
@Suite struct HostileRowTests {
    static let header = HostileFileTests.coalHeader

    /// A coal delivery row (UTF-8) with the given fields replaced.
    static func row(_ id: Int, tons: String = "1.5", date: String = "2018-12-28", village: String = "郭庄村",
                    buyer: String = "张传福", amount: String = "1230.00") -> String {
        "MJ-\(id),博山镇,\(village),37030401\(10000 + id),\(buyer),18918636084,洁净型煤,LT-20181201-01,\(tons),820,\(amount),"
            + "淄博鲁泰洁净煤有限公司,崔洪亮,\(date)"
    }

    /// Reads `bytes` as `coal_deliveries.csv`; returns the report.
    static func read(_ bytes: [UInt8]) throws -> InputFileReport {
        let folder = NSTemporaryDirectory() + "rows-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/coal_deliveries.csv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return try InputTable<CoalDeliveryFile>.read(path: path, context: try Scratch.context())
    }

    /// `line | 原因类别 | 列 | 原因` of every reject.
    static func rejects(_ report: InputFileReport) -> [String] {
        report.rejects.map { "\($0.line) | \($0.reject.kind.rawValue) | \($0.reject.column ?? "-") | \($0.reject.detail)" }
    }

    static func utf8(_ lines: [String]) -> [UInt8] { Array((lines.joined(separator: "\n") + "\n").utf8) }

    @Test func impossibleDates() throws {
        let report = try Self.read(Self.utf8([
            Self.header,
            Self.row(1, date: "2018-02-30"),
            Self.row(2, date: "2019-02-29"),
            Self.row(3, date: "2018-13-01"),
            Self.row(4, date: "2018-09-31 14:03"),
            Self.row(5, date: "2018-12-01 24:00"),
            Self.row(6, date: "2018-1O-18"),
            Self.row(7, date: "0218-12-01"),
            Self.row(8, date: "2018年2月29日"),
            Self.row(9, date: "2016-02-29"),
        ]))
        #expect(report.rowsRead == 9)
        #expect(report.rowsAccepted == 1)
        #expect(Self.rejects(report) == [
            "2 | 日期格式错误 | 配送日期 | 日期不存在：2018-02-30",
            "3 | 日期格式错误 | 配送日期 | 日期不存在：2019-02-29",
            "4 | 日期格式错误 | 配送日期 | 日期不存在：2018-13-01",
            "5 | 日期格式错误 | 配送日期 | 日期不存在：2018-09-31 14:03",
            "6 | 日期格式错误 | 配送日期 | 时间不存在：2018-12-01 24:00",
            "7 | 日期格式错误 | 配送日期 | 不是有效的日期：2018-1O-18",
            "8 | 日期格式错误 | 配送日期 | 年份超出范围（1900–2100）：0218-12-01",
            "9 | 日期格式错误 | 配送日期 | 日期不存在：2018年2月29日",
        ])
    }

    @Test func quantitiesThatAreNotNumbers() throws {
        let report = try Self.read(Self.utf8([
            Self.header,
            Self.row(1, tons: "1e308"),
            Self.row(2, tons: "NaN"),
            Self.row(3, tons: "--5"),
            Self.row(4, tons: "99999999999999999999"),
            Self.row(5, tons: "-5"),
            Self.row(6, tons: "inf"),
            Self.row(7, tons: "0x10"),
            Self.row(8, tons: "1.2345"),
            Self.row(9, tons: "\"1,23\""),
            Self.row(10, tons: "0"),
            Self.row(11, tons: "\"1 5\""),
            Self.row(12, tons: "１.５"),
            Self.row(13, amount: "\"9,223,372,036,854,775,808\""),
            Self.row(14, amount: "-0.01"),
        ]))
        #expect(report.rowsRead == 14)
        #expect(report.rowsAccepted == 1)  // only 12: full-width １.５ is 1.5
        #expect(Self.rejects(report) == [
            "2 | 数字格式错误 | 购买数量(吨) | 不是有效的数字：1e308",
            "3 | 数字格式错误 | 购买数量(吨) | 不是有效的数字：NaN",
            "4 | 数字格式错误 | 购买数量(吨) | 不是有效的数字：--5",
            "5 | 数字格式错误 | 购买数量(吨) | 数值超出范围：99999999999999999999",
            "6 | 数量不是正数 | 购买数量(吨) | “-5”必须大于 0",
            "7 | 数字格式错误 | 购买数量(吨) | 不是有效的数字：inf",
            "8 | 数字格式错误 | 购买数量(吨) | 不是有效的数字：0x10",
            "9 | 数字格式错误 | 购买数量(吨) | 精度超过3位小数：1.2345",
            "10 | 数字格式错误 | 购买数量(吨) | 千位分隔符位置不对：1,23",
            "11 | 数量不是正数 | 购买数量(吨) | “0”必须大于 0",
            "12 | 数字格式错误 | 购买数量(吨) | 不是有效的数字：1 5",
            "14 | 数字格式错误 | 总金额(元) | 数值超出范围：9,223,372,036,854,775,808",
            "15 | 数值为负 | 总金额(元) | 金额不能为负",
        ])
    }

    @Test func truncatedUTF8Sequences() throws {
        // Line 3's village lost the last byte of 村 (mid-row); the file's last character lost
        // its last byte too (no final newline). Both rows are rejected with their line.
        var bytes = Array((Self.header + "\n" + Self.row(1) + "\n").utf8)
        bytes += Array(Self.row(2).utf8).replacingFirst(Array("郭庄村".utf8), with: Array("郭庄村".utf8).dropLast())
        bytes += Array(("\n" + Self.row(3) + "\n" + Self.row(4, date: "2018-12-28")).utf8) + Array("张".utf8).dropLast()
        let report = try Self.read(bytes)
        #expect(report.encoding == .utf8)
        #expect(report.rowsRead == 4)
        #expect(Self.rejects(report) == [
            "3 | 编码错误 | - | 第 3 行含有无法按文件编码解码的字节",
            "5 | 编码错误 | - | 第 5 行含有无法按文件编码解码的字节",
        ])
        #expect(report.rejects[0].fields[2] == "郭庄\u{FFFD}")
    }

    @Test func truncatedGB18030Sequences() throws {
        // A GB18030 export (CRLF) where line 3's 村 lost its trail byte and the file ends
        // with a lone lead byte.
        let gbk = { (text: String) in GB18030Text.encode(text) }
        var bytes = gbk(Self.header + "\r\n" + Self.row(1) + "\r\n")
        bytes += gbk(Self.row(2)).replacingFirst(gbk("郭庄村"), with: gbk("郭庄村").dropLast())
        bytes += gbk("\r\n" + Self.row(3) + "\r\n" + Self.row(4)) + [0xD5]
        let report = try Self.read(bytes)
        #expect(report.encoding == .gb18030)
        #expect(report.rowsRead == 4)
        #expect(Self.rejects(report) == [
            "3 | 编码错误 | - | 第 3 行含有无法按文件编码解码的字节",
            "5 | 编码错误 | - | 第 5 行含有无法按文件编码解码的字节",
        ])
    }

    @Test func nulBytes() throws {
        // A NUL inside a name, and a copy cut short and padded with zeros.
        var bytes = Self.utf8([Self.header, Self.row(1), Self.row(2, buyer: "张\u{0}三"), Self.row(3)])
        bytes += [UInt8](repeating: 0, count: 512)
        let report = try Self.read(bytes)
        #expect(report.rowsRead == 4)
        #expect(report.rowsAccepted == 2)
        #expect(Self.rejects(report) == [
            "3 | 编码错误 | - | 第 3 行含有无法按文件编码解码的字节",
            "5 | 编码错误 | - | 第 5 行含有无法按文件编码解码的字节",
        ])
    }

    @Test func gbkRowInAUTF8File() throws {
        let bytes = Array((Self.header + "\n" + Self.row(1) + "\n").utf8) + GB18030Text.encode(Self.row(2) + "\n")
            + Array((Self.row(3) + "\n").utf8)
        let report = try Self.read(bytes)
        #expect(report.encoding == .utf8)
        #expect(Self.rejects(report) == ["3 | 编码错误 | - | 第 3 行含有无法按文件编码解码的字节"])
    }

    @Test func utf8RowInAGB18030File() throws {
        // Mostly GBK, one row pasted in UTF-8: not decoded into wrong characters and
        // accepted, but rejected as an encoding error.
        let gbk = { (text: String) in GB18030Text.encode(text) }
        let bytes = gbk(Self.header + "\r\n" + Self.row(1) + "\r\n" + Self.row(2) + "\r\n")
            + Array((Self.row(3, village: "北博山村") + "\r\n").utf8) + gbk(Self.row(4) + "\r\n")
        let report = try Self.read(bytes)
        #expect(report.encoding == .gb18030)
        #expect(report.rowsRead == 4)
        #expect(Self.rejects(report) == ["4 | 编码错误 | - | 第 4 行含有无法按文件编码解码的字节"])
    }

    @Test func rowWithMoreFieldsThanTheHeader() throws {
        // An unquoted comma in the village shifts every later field.
        let report = try Self.read(Self.utf8([Self.header, Self.row(1), Self.row(2, village: "北域城村,二组")]))
        #expect(Self.rejects(report) == ["3 | 字段数多于表头 | - | 有 15 个字段，表头只有 14 列（字段中的逗号是否漏加引号？）"])
    }
}


extension Array where Element == UInt8 {
    /// The first occurrence of `pattern` replaced by `replacement`.
    func replacingFirst(_ pattern: [UInt8], with replacement: some Collection<UInt8>) -> [UInt8] {
        guard let start = indices.first(where: { self[$0...].starts(with: pattern) }) else {
            preconditionFailure("pattern not found")
        }
        return Array(self[..<start]) + replacement + Array(self[(start + pattern.count)...])
    }
}
