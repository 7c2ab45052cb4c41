@testable import ExportDialects

/// A small coal export written by hand (UTF-8, LF): 1.5 + 0.75 t are numbers, 两吨 is not;
/// 1230.00 + 1,200.50 + 80 = 2510.50 yuan.
let coalFixture = """
    登记编号,镇街,村居,户号,购买数量(吨),总金额(元),配送日期
    A1,博山镇,郭庄村,1001,1.5,1230.00,2018-09-01
    A2,源泉镇,东村,1002,0.75,"1,200.50",2018-09-02
    A3,石马镇,西村,1003,两吨,80,2018-09-03

    """

func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

func string(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

extension ExportRewrite {
    /// The file at `path`, as UTF-8 text (BOM dropped).
    func text(_ path: String) -> String? {
        guard let file = files.first(where: { $0.path == path }) else { return nil }
        return string(Array(file.bytes.starts(with: TextEncoding.bom) ? file.bytes.dropFirst(3) : file.bytes[...]))
    }

    func bytes(_ path: String) -> [UInt8]? { files.first { $0.path == path }?.bytes }
}

/// `count` numbered coal records `R01…`, one per line after the header.
func numberedCoal(_ count: Int, lineEnding: String = "\n") -> String {
    var lines = ["登记编号,镇街,购买数量(吨),总金额(元)"]
    for index in 1...count {
        lines.append("R\(index < 10 ? "0" : "")\(index),博山镇,\(index).5,\(index * 100).00")
    }
    return lines.joined(separator: lineEnding) + lineEnding
}
