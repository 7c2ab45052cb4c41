import Testing
@testable import CSVReader

/// Records, fields and physical line numbers on the shapes of RFC 4180 and of real exports.
@Suite struct RecordStructureTests {
    @Test func quotedFieldsWithCommasQuotesAndLineBreaks() throws {
        // Line 1 header; line 2 a quoted comma and a doubled quote; lines 3–4 one record
        // whose second field holds a line break; line 5 starts after it.
        let text = "a,b,c\n1,\"x,y\",\"say \"\"hi\"\"\"\n2,\"first\nsecond\",z\n3,,\n"
        let records = try readAll(text)
        #expect(records == [
            ReadRecord(line: 1, fields: ["a", "b", "c"]),
            ReadRecord(line: 2, fields: ["1", "x,y", "say \"hi\""]),
            ReadRecord(line: 3, fields: ["2", "first\nsecond", "z"]),
            ReadRecord(line: 5, fields: ["3", "", ""]),
        ])
    }

    @Test func crlfLineEndsAndAFieldSpanningThreeLines() throws {
        let text = "h1,h2\r\n\"a\r\nb\r\nc\",1\r\nnext,2\r\n"
        let records = try readAll(text)
        // The multi-line field keeps its CRLFs; "next" is on physical line 5.
        #expect(records == [
            ReadRecord(line: 1, fields: ["h1", "h2"]),
            ReadRecord(line: 2, fields: ["a\r\nb\r\nc", "1"]),
            ReadRecord(line: 5, fields: ["next", "2"]),
        ])
    }

    @Test func missingFinalNewline() throws {
        #expect(try readAll("a,b\n1,2") == [ReadRecord(line: 1, fields: ["a", "b"]), ReadRecord(line: 2, fields: ["1", "2"])])
        #expect(try readAll("a,b\n1,\"2\"") == [ReadRecord(line: 1, fields: ["a", "b"]), ReadRecord(line: 2, fields: ["1", "2"])])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        // Blank lines 2 and 4, trailing blank lines 6–7 (CRLF): no records, lines still count.
        let text = "a,b\n\n1,2\n\r\n3,4\n\n\r\n"
        #expect(try readAll(text) == [
            ReadRecord(line: 1, fields: ["a", "b"]),
            ReadRecord(line: 3, fields: ["1", "2"]),
            ReadRecord(line: 5, fields: ["3", "4"]),
        ])
    }

    @Test func utf8ByteOrderMarkIsDroppedAndReported() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("镇街,数量\n源泉镇,1\n".utf8)
        let (records, encoding) = try readAll(bytes)
        #expect(encoding == .utf8WithBOM)
        #expect(records.first?.fields == ["镇街", "数量"])
        #expect(records.last == ReadRecord(line: 2, fields: ["源泉镇", "1"]))
    }

    @Test func spacesAreTrimmedByDefaultAndKeptOnRequest() throws {
        let text = " a , b \n\t1 ,\" 2 \"\n"
        // libcsv's default trims spaces and tabs around unquoted fields, never inside quotes.
        #expect(try readAll(text).map(\.fields) == [["a", "b"], ["1", " 2 "]])
        // Python's csv keeps every byte of an unquoted field.
        #expect(try readAll(text, preserveSpaces: true).map(\.fields) == [[" a ", " b "], ["\t1 ", " 2 "]])
    }

    @Test func emptyInputAndHeaderOnly() throws {
        #expect(try readAll("").isEmpty)
        #expect(try readAll("\n\n").isEmpty)
        #expect(try readAll("a,b") == [ReadRecord(line: 1, fields: ["a", "b"])])
    }

    @Test func lineNumbersAfterManyMultiLineFieldsAcrossChunkBoundaries() throws {
        // 200 records, each spanning two lines: record k (0-based) starts on line 2 + 2k.
        var text = "id,note\n"
        for k in 0..<200 { text += "\(k),\"上\n下\(k)\"\n" }
        for chunk in [16, 17, 64, 1000, 65536] {
            let records = try readAll(text, chunkSize: chunk)
            #expect(records.count == 201)
            for k in [0, 1, 99, 199] {
                #expect(records[k + 1] == ReadRecord(line: 2 + 2 * k, fields: ["\(k)", "上\n下\(k)"]), "chunk \(chunk)")
            }
        }
    }
}
