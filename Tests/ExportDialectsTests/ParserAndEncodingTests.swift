import SharedTestSupport
import Testing
@testable import ExportDialects

@Suite struct ParserAndEncodingTests {
    func parse(_ text: String) throws -> [SourceRecord] {
        try CSVParser.parse(utf8(text), encoding: .utf8, file: "t.csv", codecs: Codecs())
    }

    @Test func quotesCommasAndLineEnds() throws {
        let records = try parse("a,b\r\n\"x,1\",\"say \"\"hi\"\"\"\r\n\r\n\"two\r\nlines\",\n last ,")
        #expect(records.map(\.line) == [1, 2, 4, 6])
        #expect(records[1].fields.map(\.string) == ["x,1", "say \"hi\""])
        #expect(records[1].fields.map(\.quoted) == [true, true])
        #expect(records[2].fields.map(\.string) == ["two\r\nlines", ""])
        #expect(records[3].fields.map(\.string) == [" last ", ""])
    }

    @Test func bareCREndsARecordWithoutCountingALine() throws {
        let records = try parse("h\rr1\nr2\n")
        #expect(records.map(\.line) == [1, 1, 2])
    }

    @Test func unterminatedQuoteNamesTheLineItOpened() {
        #expect(throws: ExportRewriteError.unterminatedQuote(file: "t.csv", line: 3)) {
            try parse("a\nb\n\"open\nmore\n")
        }
    }

    @Test func writerQuotesWhatNeedsItAndCountsLines() {
        var writer = CSVWriter(encoding: .utf8, sourceEncoding: .utf8, lineEnding: [0x0D, 0x0A], codecs: Codecs())
        #expect(writer.append([Field("a"), Field("b,c")]) == 1)
        #expect(writer.append([Field("x\ny"), Field("q\"", quoted: false), Field("kept", quoted: true)]) == 2)
        #expect(writer.append([Field("z")]) == 4)
        #expect(string(writer.bytes) == "a,\"b,c\"\r\n\"x\ny\",\"q\"\"\",\"kept\"\r\nz\r\n")
    }

    @Test func detectsEncodings() {
        #expect(TextEncoding.detect(utf8("\u{FEFF}a,b")) == .utf8WithBOM)
        #expect(TextEncoding.detect(utf8("镇街")) == .utf8)
        #expect(TextEncoding.detect(GB18030Text.encode("镇街,村居")) == .gb18030)
    }

    @Test func gb18030RoundTripsThroughEveryDialect() throws {
        let text = "登记编号,镇街,购买数量（吨）,总金额(元)\r\nM1,开发区域城镇,1.5,\"1,230.00\"\r\nM2,博山镇,１,820\r\n"
        let source = GB18030Text.encode(text)
        let plain = try ExportRewrite.rewrite(file: "coal_deliveries.csv", bytes: source, dialect: .plain)
        #expect(plain.files == [ExportRewrite.File(path: "coal_deliveries.csv", bytes: source)])
        #expect(plain.lineMap["coal_deliveries.csv", 3] == RecordLocation(file: "coal_deliveries.csv", line: 3))
        let typed = try ExportRewrite.rewrite(file: "coal_deliveries.csv", bytes: source, dialect: .typed)
        let expected = "登记编号,镇街,购买数量（吨）,总金额(元)\r\nM1,开发区域城镇,1.5吨,\"1,230.00\"\r\nM2,博山镇,１,820元\r\n"
        #expect(typed.bytes("coal_deliveries.csv") == GB18030Text.encode(expected))
        let split = try ExportRewrite.rewrite(file: "coal_deliveries.csv", bytes: source, dialect: .split)
        #expect(split.bytes("coal_deliveries/part-1.csv") == GB18030Text.encode(
            "登记编号,镇街,购买数量（吨）,总金额(元)\r\nM1,开发区域城镇,1.5,\"1,230.00\"\r\n"))
    }

    @Test func undecodableCellsSurviveInTheirOwnEncoding() throws {
        // A UTF-8 export with one Latin-1 byte: kept as it is, and the part that would be
        // GB18030 stays UTF-8 rather than invent a character.
        var source = utf8("id,名称\n")
        for index in [1, 2] { source += utf8("R\(index),好\n") }
        source += utf8("R3,caf") + [0xE9] + utf8("\n") + utf8("R4,好\n")
        let excel = try ExportRewrite.rewrite(file: "x.csv", bytes: source, dialect: .excelForm)
        #expect(try #require(excel.bytes("x.csv")).contains(utf8("3,R3,caf") + [0xE9] + utf8(",,\n")))
        let split = try ExportRewrite.rewrite(file: "x.csv", bytes: source, dialect: .split)
        #expect(split.bytes("x/part-3.csv") == utf8("id,名称\nR3,caf") + [0xE9] + utf8("\n"))
        #expect(split.bytes("x/part-4.csv") == utf8("id,名称\nR4,好\n"))
    }
}
