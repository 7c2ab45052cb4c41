import SharedTestSupport
import Testing
@testable import ReportPublish

@Suite struct DocumentTableTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("[点我](http://x.y)", "\\[点我\\](http://x.y)"),
        ("a|b", "a\\|b"),
        ("**粗体**", "\\*\\*粗体\\*\\*"),
        ("![图](x.png)", "!\\[图\\](x.png)"),
        ("张_三 #1 `码` ~~删~~ a\\b", "张\\_三 \\#1 \\`码\\` \\~\\~删\\~\\~ a\\\\b"),
        ("A&B", "A&amp;B"),
        ("&#60;", "&amp;\\#60;"),
        ("第一行\r\n第二行\n\n第三行\r末行", "第一行 第二行 第三行 末行"),
        ("八陡镇", "八陡镇"),
        ("87.5%", "87.5%"),
    ])
    func escapesInputText(input: String, expected: String) {
        #expect(MarkdownText.escape(input) == expected)
    }

    @Test func rendersTableWithAlignmentEmptyAndInjection() {
        var table = DocumentTable(columns: [
            TableColumn("镇街"), TableColumn("完成率", .right), TableColumn("变化", .center),
        ])
        table.append([.text("八陡镇"), .text("87.5%"), .strong("↑2")])
        table.append([.text("<script>alert(1)</script>"), .empty, "—"])
        table.append([.text("a|b"), .orEmpty(nil), .orEmpty("")])
        table.append(["[点我](http://x.y)", .orEmpty("3"), .rich("\(link: "rejects/a b.csv", text: "x|y\nz")")])
        let expected = """
        | 镇街 | 完成率 | 变化 |
        | :--- | ---: | :---: |
        | 八陡镇 | 87.5% | **↑2** |
        | &lt;script&gt;alert(1)&lt;/script&gt; | — | — |
        | a\\|b | — | — |
        | \\[点我\\](http://x.y) | 3 | [x\\|y z](rejects/a%20b.csv) |

        """
        #expect(MarkdownRenderer.table(table) == expected)
        #expect(table.rows.count == 4)
    }

    @Test func emptyTableHasHeaderAndDelimiterRows() {
        let table = DocumentTable(columns: [TableColumn("部门"), TableColumn("满意率", .right)])
        #expect(MarkdownRenderer.table(table) == "| 部门 | 满意率 |\n| :--- | ---: |\n")
    }

    @Test func rowOfWrongWidthTraps() async {
        await #expect(processExitsWith: .failure) {
            var table = DocumentTable(columns: [TableColumn("a")])
            table.append([.empty, .empty])
        }
    }

    /// Property: escaping is undone by a reference unescaper except that line breaks
    /// become one space, and the result never holds raw HTML, a raw `|` or a line break.
    @Test func escapeIsReversibleAndSafe() {
        var random = SplitMix64(seed: 115)
        let alphabet: [String] = ["a", "镇", "|", "&", "<", ">", "\\", "`", "*", "_", "[", "]", "#", "~",
                                  "(", ")", "\n", "\r", "\r\n", " ", "!", ";"]
        for _ in 0..<1000 {
            let input = (0..<Int.random(in: 0...12, using: &random))
                .map { _ in alphabet.randomElement(using: &random)! }.joined()
            let escaped = MarkdownText.escape(input)
            #expect(Self.unescape(escaped) == Self.collapseBreaks(input))
            #expect(!escaped.contains("<") && !escaped.contains(">"))
            #expect(!escaped.unicodeScalars.contains { $0 == "\n" || $0 == "\r" })
            // Every `|` is escaped: preceded by an odd number of backslashes.
            let scalars = Array(escaped.unicodeScalars)
            for (index, scalar) in scalars.enumerated() where scalar == "|" {
                let backslashes = scalars[..<index].reversed().prefix { $0 == "\\" }.count
                #expect(backslashes % 2 == 1)
            }
        }
    }

    static func collapseBreaks(_ text: String) -> String {
        var result = ""
        var previousWasBreak = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                if !previousWasBreak { result += " " }
                previousWasBreak = true
            } else {
                previousWasBreak = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func unescape(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let first = rest.first {
            if first == "\\", rest.count >= 2 {
                result.append(rest[rest.index(after: rest.startIndex)])
                rest = rest.dropFirst(2)
            } else if first == "&" {
                let entities = [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">")]
                guard let (entity, character) = entities.first(where: { rest.hasPrefix($0.0) }) else {
                    result.append("?"); rest = rest.dropFirst(); continue
                }
                result += character
                rest = rest.dropFirst(entity.count)
            } else {
                result.append(first)
                rest = rest.dropFirst()
            }
        }
        return result
    }
}
