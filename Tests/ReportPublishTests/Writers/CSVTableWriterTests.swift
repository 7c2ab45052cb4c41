import SharedTestSupport
import Testing
@testable import ReportPublish

@Suite struct CSVTableWriterTests {
    private let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    @Test(arguments: [(rows: 0, parts: 3), (rows: 1, parts: 3), (rows: 7, parts: 3), (rows: 1_000, parts: 2), (rows: 10, parts: 64)])
    func renderingInRangesGivesTheBytesOfAppendingInOrder(rows: Int, parts: Int) {
        // Rows that quote, escape formulas and hold Chinese, so a misplaced range shows.
        @Sendable func row(_ index: Int) -> [CSVCell] {
            [.text("户\(index)"), .text(index % 3 == 0 ? "=\(index)" : "a,\"b\""), .value(String(index * 7))]
        }
        var expected = CSVTableWriter(header: ["户号", "备注", "数量"])
        for index in 0..<rows { expected.append(row(index)) }
        let rendered = CSVTableWriter.rendering(header: ["户号", "备注", "数量"], count: rows, bytesPerRow: 20,
                                                parts: parts, minimumRowsPerPart: 1, row: row)
        #expect(rendered == expected.bytes)
        // Its last row, worked out by hand for 1 000 rows: 户999, 999 = 3 × 333 so =999 escaped, 6993.
        if rows == 1_000 {
            #expect(String(decoding: rendered.suffix(19), as: UTF8.self) == "户999,'=999,6993\r\n")
        }
    }

    @Test func writesBOMHeaderAndCRLFRows() {
        var writer = CSVTableWriter(header: ["镇街", "完成率"])
        writer.append([.text("八陡镇"), "87.5%"])
        writer.append([.text("=1+2"), .value("-12.5")])
        #expect(writer.rowCount == 2)
        #expect(writer.columnCount == 2)
        #expect(writer.bytes == bom + Array("镇街,完成率\r\n八陡镇,87.5%\r\n'=1+2,-12.5\r\n".utf8))
    }

    @Test func headerOnlyReport() {
        let writer = CSVTableWriter(header: ["批号"])
        #expect(writer.bytes == bom + Array("批号\r\n".utf8))
        #expect(writer.rowCount == 0)
    }

    @Test(arguments: [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+8613812345678", "'+8613812345678"),
        ("-5", "'-5"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "\"'\rx\""),
        ("\nx", "\"'\nx\""),
        ("\r\nx", "\"'\r\nx\""),
        ("张=三", "张=三"),
        ("１２", "１２"),
        ("", ""),
    ])
    func textCellsAreFormulaEscaped(input: String, expected: String) {
        #expect(CSVTableWriter.encodeField(.text(input)) == expected)
    }

    @Test(arguments: ["=1", "-12.5", "+3", "@x"])
    func valueCellsAreNeverPrefixed(input: String) {
        #expect(CSVTableWriter.encodeField(.value(input)) == input)
        let literal: CSVCell = "-1"
        #expect(literal == .value("-1"))
    }

    @Test func rfc4180Quoting() {
        #expect(CSVTableWriter.encodeField(.text("a,b")) == "\"a,b\"")
        #expect(CSVTableWriter.encodeField(.text("say \"hi\"")) == "\"say \"\"hi\"\"\"")
        #expect(CSVTableWriter.encodeField(.text("第一行\n第二行")) == "\"第一行\n第二行\"")
        #expect(CSVTableWriter.encodeField(.text("x\ry")) == "\"x\ry\"")
        #expect(CSVTableWriter.encodeField(.value("1,234.5")) == "\"1,234.5\"")
        #expect(CSVTableWriter.encodeField(.text("=HYPERLINK(\"http://x\",\"y\")"))
            == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        #expect(CSVTableWriter.encodeField(.text(" 空格 ")) == " 空格 ")
    }

    @Test func singleEmptyCellIsWrittenAsQuotes() {
        var writer = CSVTableWriter(header: ["备注"])
        writer.append([.text("")])
        writer.append([.text("有")])
        #expect(writer.bytes == bom + Array("备注\r\n\"\"\r\n有\r\n".utf8))
        var twoColumns = CSVTableWriter(header: ["a", "b"])
        twoColumns.append(["", ""])
        #expect(twoColumns.bytes == bom + Array("a,b\r\n,\r\n".utf8))
    }

    @Test func rowOfWrongWidthTraps() async {
        await #expect(processExitsWith: .failure) {
            var writer = CSVTableWriter(header: ["a", "b"])
            writer.append(["1"])
        }
    }

    /// Property: a simple RFC 4180 reader gives back each cell's escaped text.
    @Test func roundTripsThroughReferenceParser() {
        var random = SplitMix64(seed: 20181201)
        let alphabet: [String] = ["a", "张", ",", "\"", "\r", "\n", "\r\n", "=", "-", " ", "'", "\t", "1"]
        for _ in 0..<500 {
            let width = Int.random(in: 1...4, using: &random)
            var writer = CSVTableWriter(header: (0..<width).map { "h\($0)" })
            var expected: [[String]] = [(0..<width).map { "h\($0)" }]
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                let row: [CSVCell] = (0..<width).map { _ in
                    let text = (0..<Int.random(in: 0...6, using: &random))
                        .map { _ in alphabet.randomElement(using: &random)! }.joined()
                    return Bool.random(using: &random) ? .text(text) : .value(text)
                }
                writer.append(row)
                expected.append(row.map(\.escapedText))
            }
            let bytes = writer.bytes
            #expect(Array(bytes.prefix(3)) == bom)
            let parsed = Self.parse(String(decoding: bytes.dropFirst(3), as: UTF8.self))
            #expect(parsed == expected)
        }
    }

    /// A minimal RFC 4180 reader: records end with CRLF, quoted fields may hold anything.
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { scalars.removeFirst(); field.append("\"") } else { quoted = false }
                } else {
                    field.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                record.append(String(field)); field = .init()
            } else if scalar == "\r", scalars.first == "\n" {
                scalars.removeFirst()
                record.append(String(field)); field = .init()
                records.append(record); record = []
            } else {
                field.append(scalar)
            }
        }
        return records
    }
}
