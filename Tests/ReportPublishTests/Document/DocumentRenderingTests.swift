import ReportCore
import ReportPublish
import Testing

/// The document model rendered to Markdown and HTML: the same content, each format's own
/// escaping, nothing from the inputs able to inject markup.
@Suite struct DocumentRenderingTests {
    let hostile = "<b>池上镇</b>|*x*_[y](z)"

    @Test func richTextKeepsInputLiteralInBothFormats() {
        let text: RichText = "\(hostile) 完成 \(strong: "75.9%")，见 \(link: "coal/township_ranking.csv")"
        #expect(MarkdownRenderer.inline(text)
                == "&lt;b&gt;池上镇&lt;/b&gt;\\|\\*x\\*\\_\\[y\\](z) 完成 **75.9%**，见 [coal/township\\_ranking.csv](coal/township_ranking.csv)")
        #expect(HTMLRenderer.inline(text)
                == "&lt;b&gt;池上镇&lt;/b&gt;|*x*_[y](z) 完成 <strong>75.9%</strong>，见 <a href=\"coal/township_ranking.csv\">coal/township_ranking.csv</a>")
        #expect(text.description == hostile + " 完成 75.9%，见 coal/township_ranking.csv")
    }

    @Test func linksToUsersFileNamesAreEncoded() {
        let text: RichText = "\(link: "rejects/coal_deliveries/01 (东部).csv", text: "3")"
        #expect(MarkdownRenderer.inline(text) == "[3](rejects/coal_deliveries/01%20%28东部%29.csv)")
        #expect(HTMLRenderer.inline(text) == "<a href=\"rejects/coal_deliveries/01%20%28东部%29.csv\">3</a>")
    }

    @Test func tablesRenderAlikeWithTheirFooterRow() {
        var table = DocumentTable(columns: [TableColumn("镇街"), TableColumn("得分", .right)])
        table.append([.text("博山镇"), .text("99.0")])
        table.append([.text("城西街道"), .empty])
        table.append([.strong("合计"), .text("99.0")])
        table.footerRows = 1
        #expect(MarkdownRenderer.table(table) == """
            | 镇街 | 得分 |
            | :--- | ---: |
            | 博山镇 | 99.0 |
            | 城西街道 | — |
            | **合计** | 99.0 |

            """)
        let html = HTMLRenderer.table(table)
        #expect(html.contains("<thead>\n<tr><th class=\"l\">镇街</th><th class=\"r\">得分</th></tr>\n</thead>"))
        #expect(html.contains("<tr><td class=\"l\">城西街道</td><td class=\"r empty\">—</td></tr>"))
        #expect(html.contains("<tr class=\"total\"><td class=\"l\"><strong>合计</strong></td><td class=\"r\">99.0</td></tr>"))
        // Split for a portrait page: the chosen columns, in the chosen order, footer kept.
        let part = table.selecting([1, 0])
        #expect(part.columns.map(\.title) == ["得分", "镇街"] && part.rows[0] == [.text("99.0"), .text("博山镇")])
        #expect(part.footerRows == 1)
    }

    @Test func blocksBecomeMarkdownSectionsAndHTMLElements() {
        let blocks: [DocumentBlock] = [
            .heading(level: 2, "食品安全"), .paragraph("检查 \(strong: 156) 户次。"), .bullets(["甲", "乙"]),
            .chart(path: "food/attainment.svg", title: "得分"), .pageBreak,
        ]
        #expect(MarkdownRenderer.render(blocks) == "## 食品安全\n\n检查 **156** 户次。\n\n- 甲\n- 乙\n\n![得分](food/attainment.svg)\n")
        let svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"
        let html = HTMLRenderer.page(title: "报表", blocks: blocks, charts: ["food/attainment.svg": svg])
        #expect(html.contains("<h2>食品安全</h2>\n<p>检查 <strong>156</strong> 户次。</p>\n<ul>\n<li>甲</li>\n<li>乙</li>\n</ul>\n"))
        // The chart inline, without its XML declaration, with a link to the file.
        #expect(html.contains("<figure class=\"chart\" aria-label=\"得分\">\n<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n"))
        #expect(!html.contains("<?xml"))
        #expect(html.contains("<div class=\"page-break\"></div>"))
        #expect(html.contains("@page { size: A4 portrait;") && html.contains("thead { display: table-header-group; }"))
    }

    @Test func headlinesShowValueChangeAndSource() {
        let headline = Headline(title: "政务服务", figures: [
            HeadlineFigure(label: "按时办结率", value: "96.4%", change: "↑0.6 个百分点", source: "service/district_indicators.csv"),
            HeadlineFigure(label: "超期在办", value: "76 件", source: "service/overdue.csv", isAlert: true),
        ])
        #expect(MarkdownRenderer.render([.headlines([headline])]) == """
            | 工作 | 指标 | 本期 | 较上期 | 依据 |
            | :--- | :--- | ---: | ---: | :--- |
            | 政务服务 | 按时办结率 | 96.4% | ↑0.6 个百分点 | [service/district\\_indicators.csv](service/district_indicators.csv) |
            |  | 超期在办 | **76 件** | — | [service/overdue.csv](service/overdue.csv) |

            """)
        let html = HTMLRenderer.block(.headlines([headline]), charts: [:])
        #expect(html.contains("<dd class=\"alert\"><a href=\"service/overdue.csv\">76 件</a></dd>"))
        #expect(html.contains("<a href=\"service/district_indicators.csv\">96.4%</a> <span class=\"change\">↑0.6 个百分点</span>"))
    }

    @Test func changesAreThoseOfTheRatesAsShown() {
        // 96.44% (964) against 95.75% (958, rounded half up): shown 96.4 and 95.8, so ↑0.6.
        #expect(ChangeText.points(Rate(numerator: 9644, denominator: 10000), Rate(numerator: 9575, denominator: 10000))
                == "↑0.6 个百分点")
        #expect(ChangeText.points(Rate(numerator: 1, denominator: 2), Rate(numerator: 1, denominator: 2)) == "持平")
        #expect(ChangeText.points(Rate(numerator: 1, denominator: 2), Rate(numerator: 0, denominator: 0)) == nil)
        #expect(ChangeText.points(Rate(numerator: 1, denominator: 2), nil) == nil)
        #expect(ChangeText.points(tenths: -82) == "↓8.2 个百分点")
        #expect(ChangeText.count(4, 7, unit: " 项") == "↓3 项")
        #expect(ChangeText.count(4, nil) == nil)
    }
}
