import Foundation
@testable import CSVReader

/// One record as the tests compare it.
struct ReadRecord: Equatable, CustomStringConvertible {
    var line: Int
    var fields: [String]
    var invalidBytesLine: Int? = nil

    var description: String { "\(line): \(fields)" + (invalidBytesLine.map { " invalid@\($0)" } ?? "") }
}

func readAll(_ bytes: [UInt8], chunkSize: Int = 64 * 1024, preserveSpaces: Bool = false,
             limits: CSVReader.Limits = CSVReader.Limits()) throws -> (records: [ReadRecord], encoding: SourceEncoding) {
    var options = CSVReader.Options()
    options.chunkSize = chunkSize
    options.preserveSpaces = preserveSpaces
    options.limits = limits
    let reader = CSVReader(bytes: bytes, name: "test.csv", options: options)
    var records: [ReadRecord] = []
    try reader.forEachRecord { records.append(ReadRecord(line: $0.line, fields: $0.strings, invalidBytesLine: $0.invalidBytesLine)) }
    return (records, reader.encoding)
}

func readAll(_ text: String, chunkSize: Int = 64 * 1024, preserveSpaces: Bool = false) throws -> [ReadRecord] {
    try readAll(Array(text.utf8), chunkSize: chunkSize, preserveSpaces: preserveSpaces).records
}

func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
}

func readFile(_ path: String, chunkSize: Int = 64 * 1024) throws -> (records: [ReadRecord], encoding: SourceEncoding) {
    var options = CSVReader.Options()
    options.chunkSize = chunkSize
    let reader = CSVReader(path: path, name: (path as NSString).lastPathComponent, options: options)
    var records: [ReadRecord] = []
    try reader.forEachRecord { records.append(ReadRecord(line: $0.line, fields: $0.strings, invalidBytesLine: $0.invalidBytesLine)) }
    return (records, reader.encoding)
}
