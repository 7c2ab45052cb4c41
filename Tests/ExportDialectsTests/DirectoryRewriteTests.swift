import Foundation
import SharedTestSupport
import Testing
@testable import ExportDialects

@Suite struct DirectoryRewriteTests {
    func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ExportDialectsTests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func source() throws -> String {
        let folder = try temporaryFolder()
        try Data(GB18030Text.encode(coalFixture)).write(to: URL(fileURLWithPath: folder + "/coal_deliveries.csv"))
        try Data(utf8("\u{FEFF}办件编号,受理时间\nBS1,2018-10-08 09:15\nBS2,2018-10-09 10:00\n"))
            .write(to: URL(fileURLWithPath: folder + "/service_tickets.csv"))
        try Data(utf8("# notes\n")).write(to: URL(fileURLWithPath: folder + "/README.md"))
        return folder
    }

    @Test func plainIsAByteCopy() throws {
        let from = try source(), to = try temporaryFolder() + "/out"
        defer { try? FileManager.default.removeItem(atPath: from); try? FileManager.default.removeItem(atPath: to) }
        let map = try ExportRewrite.rewrite(source: from, destination: to, dialect: .plain)
        #expect(FolderSnapshot.files(to) == FolderSnapshot.files(from))
        #expect(map.count == 5)
        #expect(map["service_tickets.csv", 3] == RecordLocation(file: "service_tickets.csv", line: 3))
    }

    @Test func splitWritesFoldersAndMapsEveryRecord() throws {
        let from = try source(), to = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: from); try? FileManager.default.removeItem(atPath: to) }
        let map = try ExportRewrite.rewrite(source: from, destination: to, dialect: .all)
        #expect(FolderSnapshot.files(to).keys.sorted() == ["README.md", "coal_deliveries/part-1.csv", "coal_deliveries/part-2.csv",
                                                           "coal_deliveries/part-3.csv", "service_tickets/part-1.csv",
                                                           "service_tickets/part-2.csv"])
        #expect(map.count == 5)
        #expect(map["coal_deliveries.csv", 4] == RecordLocation(file: "coal_deliveries/part-3.csv", line: 5))
        #expect(map["service_tickets.csv", 3] == RecordLocation(file: "service_tickets/part-2.csv", line: 5))
        let part = try #require(FolderSnapshot.files(to)["service_tickets/part-2.csv"])
        #expect(String(decoding: part, as: UTF8.self).hasSuffix("序号,受理时间,办件编号,,\n1,2018-10-09T10:00:00,BS2,,\n"))
    }

    @Test func refusesANonEmptyDestination() throws {
        let from = try source()
        defer { try? FileManager.default.removeItem(atPath: from) }
        #expect(throws: ExportRewriteError.destinationNotEmpty(from)) {
            try ExportRewrite.rewrite(source: from, destination: from, dialect: .split)
        }
    }
}
