import Foundation
import Testing
@testable import CSVReader

/// Caps on field and record size, and errors that stop a file.
@Suite struct LimitsAndErrorsTests {
    @Test func runawayQuoteIsReportedAtTheLineItOpened() throws {
        // The quote opens on line 3; with a 64-byte field cap the reader stops long
        // before the end of the file and names line 3.
        var limits = CSVReader.Limits()
        limits.maxFieldBytes = 64
        var options = CSVReader.Options()
        options.limits = limits
        options.chunkSize = 32
        let reader = CSVReader(path: fixture("runaway_quote.csv"), name: "runaway_quote.csv", options: options)
        var delivered: [Int] = []
        let error = #expect(throws: CSVReadError.self) {
            try reader.forEachRecord { delivered.append($0.line) }
        }
        #expect(error?.kind == .fieldTooLarge(limit: 64))
        #expect(error?.line == 3)
        #expect(error?.column == 2)
        #expect(error?.snippet?.hasPrefix("乙,2⏎3,丙3,3") == true)
        #expect(delivered == [1, 2])
        #expect(reader.bytesRead < 581)  // stopped before reading the whole file
    }

    @Test func unclosedQuoteAtEndOfFileUnderTheCap() throws {
        let error = #expect(throws: CSVReadError.self) {
            _ = try readAll("a,b\n1,2\n3,\"oops\n4,5\n")
        }
        #expect(error?.kind == .unclosedQuote)
        #expect(error?.line == 3)
        #expect(error?.description == "test.csv:3:2: 引号未闭合：该行开始的带引号字段直到文件末尾都没有结束 — «oops⏎4,5⏎»")
    }

    @Test func tooManyFields() throws {
        var limits = CSVReader.Limits()
        limits.maxFields = 10
        let row = Array(repeating: "x", count: 11).joined(separator: ",")
        let error = #expect(throws: CSVReadError.self) {
            _ = try readAll(Array("a\n\(row)\n".utf8), limits: limits)
        }
        #expect(error?.kind == .tooManyFields(limit: 10))
        #expect(error?.line == 2)
    }

    @Test func recordTooLarge() throws {
        var limits = CSVReader.Limits()
        limits.maxRecordBytes = 100
        let row = Array(repeating: String(repeating: "y", count: 30), count: 4).joined(separator: ",")
        let error = #expect(throws: CSVReadError.self) {
            _ = try readAll(Array("h\nok\n\(row)\n".utf8), limits: limits)
        }
        #expect(error?.kind == .recordTooLarge(limit: 100))
        #expect(error?.line == 3)
    }

    @Test func missingFileAndDirectory() throws {
        let missing = CSVReader(path: "/nonexistent/x.csv", name: "x.csv")
        #expect(throws: CSVReadError(.cannotOpen(reason: "在文件夹 /nonexistent/ 中找不到 x.csv"), file: "x.csv")) {
            try missing.forEachRecord { _ in }
        }
        // A relative path is named from the working directory: cron's is not the shell's.
        let relative = CSVReader(path: "no-such-folder/x.csv", name: "x.csv")
        let cwd = FileManager.default.currentDirectoryPath
        #expect(throws: CSVReadError(.cannotOpen(reason: "在文件夹 \(cwd)/no-such-folder/ 中找不到 x.csv"), file: "x.csv")) {
            try relative.forEachRecord { _ in }
        }
        let directory = CSVReader(path: NSTemporaryDirectory(), name: "tmp")
        #expect(throws: CSVReadError(.cannotOpen(reason: "这是一个目录，不是文件"), file: "tmp")) {
            try directory.forEachRecord { _ in }
        }
    }
}
