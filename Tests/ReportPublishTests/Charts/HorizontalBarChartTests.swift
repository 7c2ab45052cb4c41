import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ReportPublish

@Suite struct HorizontalBarChartTests {
    static let twoRows = HorizontalBarChart(
        title: "清洁煤炭完成率",
        bars: [
            .init(label: "八陡镇", value: 0.875, valueText: "87.5%"),
            .init(label: "域城镇", value: 0.5, valueText: "50.0%", state: .alert),
        ],
        referenceLine: .init(value: 0.75, label: "时间进度 75.0%", name: "时间进度"),
        stateLabels: [.normal: "不低于时间进度", .alert: "落后于时间进度"])

    /// Worked out by hand. Legend: one row from y = 40 to 60, entries from x = 160, each
    /// 18 (mark) + 6 + label width (12 px per Chinese character) + 18 apart: 不低于时间进度
    /// at 160 (swatch 163, text 184), 落后于时间进度 at 160 + 24 + 84 + 18 = 286 (swatch
    /// 289, text 310), the dashed 时间进度 at 286 + 126 = 412 (line 412–430, text 436).
    /// Plot top 60 + 26 = 86, two rows to 142, height 142 + 32 = 174. Axis 0–100% (step
    /// 25%: 4 intervals): grid and tick labels at 160 + 480 × k / 4 = 280, 400, 520, 640
    /// (none at 0, the baseline is there), labels at y = 142 + 18 = 160. Bars
    /// 480 × 0.875 = 420 and 480 × 0.5 = 240 from x = 160, 18 high at 86 + 5 and
    /// 114 + 5; the line at 160 + 480 × 0.75 = 520, drawn before every text; value text
    /// 6 pixels after each bar (586 and 406, both clear of the line: "50.0%" is about
    /// 36 wide, 406 + 36 + 3 < 520); the line's label centred on it above the plot.
    @Test func goldenTwoRowChart() {
        let expected = """
        <svg xmlns="http://www.w3.org/2000/svg" width="720" height="174" viewBox="0 0 720 174" role="img" \
        aria-label="清洁煤炭完成率" font-family="'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', \
        'Microsoft YaHei', 'WenQuanYi Micro Hei', SimHei, sans-serif" style="max-width:100%;height:auto;background:#ffffff">
        <title>清洁煤炭完成率</title>
        <rect x="0" y="0" width="720" height="174" fill="#ffffff"/>
        <text x="360" y="28" text-anchor="middle" font-size="16" font-weight="bold" fill="#222222">清洁煤炭完成率</text>
        <g aria-label="图例" font-size="12" fill="#222222">
        <rect x="163.0" y="44.0" width="12" height="12" fill="#4e79a7"/><text x="184.0" y="54.0">不低于时间进度</text>
        <rect x="289.0" y="44.0" width="12" height="12" fill="#e15759"/><text x="310.0" y="54.0">落后于时间进度</text>
        <line x1="412.0" y1="50.0" x2="430.0" y2="50.0" stroke="#555555" stroke-width="1.5" stroke-dasharray="4 3"/>\
        <text x="436.0" y="54.0">时间进度</text>
        </g>
        <text x="160.0" y="160.0" text-anchor="middle" font-size="11" fill="#666666">0%</text>
        <line x1="280.0" y1="86.0" x2="280.0" y2="146.0" stroke="#e3e3e3" stroke-width="1"/>\
        <text x="280.0" y="160.0" text-anchor="middle" font-size="11" fill="#666666">25%</text>
        <line x1="400.0" y1="86.0" x2="400.0" y2="146.0" stroke="#e3e3e3" stroke-width="1"/>\
        <text x="400.0" y="160.0" text-anchor="middle" font-size="11" fill="#666666">50%</text>
        <line x1="520.0" y1="86.0" x2="520.0" y2="146.0" stroke="#e3e3e3" stroke-width="1"/>\
        <text x="520.0" y="160.0" text-anchor="middle" font-size="11" fill="#666666">75%</text>
        <line x1="640.0" y1="86.0" x2="640.0" y2="146.0" stroke="#e3e3e3" stroke-width="1"/>\
        <text x="640.0" y="160.0" text-anchor="middle" font-size="11" fill="#666666">100%</text>
        <line x1="160.0" y1="142.0" x2="640.0" y2="142.0" stroke="#999999" stroke-width="1"/>
        <rect x="160.0" y="91.0" width="420.0" height="18.0" fill="#4e79a7"/>
        <rect x="160.0" y="119.0" width="240.0" height="18.0" fill="#e15759"/>
        <line x1="160.0" y1="86.0" x2="160.0" y2="142.0" stroke="#999999" stroke-width="1"/>
        <line x1="520.0" y1="82.0" x2="520.0" y2="146.0" stroke="#555555" stroke-width="1.5" stroke-dasharray="4 3"/>
        <text x="150.0" y="105.0" text-anchor="end" font-size="13" fill="#222222">八陡镇</text>
        <text x="586.0" y="105.0" font-size="12" fill="#333333" stroke="#ffffff" stroke-width="3" paint-order="stroke" \
        stroke-linejoin="round">87.5%</text>
        <text x="150.0" y="133.0" text-anchor="end" font-size="13" fill="#222222">域城镇</text>
        <text x="406.0" y="133.0" font-size="12" fill="#333333" stroke="#ffffff" stroke-width="3" paint-order="stroke" \
        stroke-linejoin="round">50.0%</text>
        <text x="520.0" y="78.0" text-anchor="middle" font-size="12" fill="#555555" stroke="#ffffff" stroke-width="3" \
        paint-order="stroke" stroke-linejoin="round">时间进度 75.0%</text>
        </svg>

        """
        #expect(Self.twoRows.svg == expected)
        #expect(Self.twoRows.height == 174)
    }

    /// A value text that would span the line starts 6 pixels after it instead; the line
    /// comes before every text in the document, and every value text has a halo. Line at
    /// 160 + 480 × 0.75 = 520; a value text is estimated 7.2 px per character at 12 px
    /// ("70.0%": 36), checked with 3 px of margin each side.
    @Test func valueTextsNeverSpanTheReferenceLine() throws {
        let chart = HorizontalBarChart(
            title: "进度",
            bars: [
                // Bar end 160 + 336 = 496, text 502…538 spans 520: moved to 526.
                .init(label: "甲", value: 0.70, valueText: "70.0%", state: .alert),
                // Bar end 515.2, text 521.2: 521.2 − 3 ≤ 520, spans it: moved to 526.
                .init(label: "乙", value: 0.74, valueText: "74.0%", state: .alert),
                // Bar end 544 is past the line: text at 550.
                .init(label: "丙", value: 0.80, valueText: "80.0%"),
                // Bar end 400, text 406…442 ends 78 px before the line: stays.
                .init(label: "丁", value: 0.50, valueText: "50.0%", state: .alert),
                // Bar end 160 + 348.96 = 509.0, text 515.0…551.0 spans it: moved to 526.
                .init(label: "戊", value: 0.727, valueText: "72.7%", state: .alert),
            ],
            referenceLine: .init(value: 0.75, label: "时间进度 75.0%"))
        let svg = chart.svg
        let starts = chart.bars.map(chart.valueTextX)
        #expect(starts.map(SVGFormat.fixed1) == ["526.0", "526.0", "550.0", "406.0", "526.0"])
        for (bar, start) in zip(chart.bars, starts) {
            let end = start + HorizontalBarChart.valueTextWidth(bar)
            #expect(!(start - 3...end + 3).contains(520), "\(bar.label)")
            #expect(svg.contains("<text x=\"\(SVGFormat.fixed1(start))\" y=\""))
        }
        // The reference line (plot top 86, so it starts at 82; the 75% grid line starts at 86).
        let line = try #require(svg.range(of: "<line x1=\"520.0\" y1=\"82.0\""))
        for value in ["70.0%", "74.0%", "80.0%", "50.0%", "72.7%"] {
            let text = try #require(svg.range(of: ">\(value)</text>"))
            #expect(line.lowerBound < text.lowerBound)
            let start = svg[..<text.lowerBound].range(of: "<text", options: .backwards)!
            #expect(svg[start.lowerBound..<text.lowerBound].contains(SVGFormat.halo))
        }
    }

    /// "—" at x = 166 next to a line at 160 + 480 × 0.01 = 164.8 is moved to 170.8.
    @Test func noValueDashIsMovedPastTheLineToo() {
        let chart = HorizontalBarChart(title: "进度", bars: [.init(label: "甲", value: nil, valueText: "")],
                                       referenceLine: .init(value: 0.01, label: "时间进度 1.0%"))
        #expect(SVGFormat.fixed1(chart.valueTextX(chart.bars[0])) == "170.8")
        #expect(chart.svg.contains("<text x=\"170.8\" y=\"105.0\" font-size=\"12\" fill=\"#888888\""))
    }

    /// Only the states of bars with a value are listed, in the order 达标, 接近, 未达标;
    /// "—" only with a label and a bar without a value; the line only when there is one.
    @Test func legendListsExactlyTheStatesUsed() throws {
        let mixed = HorizontalBarChart(
            title: "得分", maximum: 100, unit: .points,
            bars: [
                .init(label: "甲", value: 40, valueText: "40.0", state: .alert),
                .init(label: "乙", value: 90, valueText: "90.0"),
                // A warning without a value draws no orange.
                .init(label: "丙", value: nil, valueText: "", state: .warning),
            ],
            referenceLine: .init(value: 55.2, label: "全区 55.2", name: "全区得分"),
            stateLabels: [.alert: "有目标未达成"],
            noValueLabel: "无得分")
        #expect(mixed.statesUsed == [.normal, .alert])
        let legend = try Self.parse(mixed.svg).legend
        #expect(legend.texts == ["达标", "有目标未达成", "—", "无得分", "全区得分"])
        #expect(legend.fills == [ChartPalette.onTrack, ChartPalette.behind])
        #expect(!mixed.svg.contains(ChartPalette.warning))

        let blueOnly = HorizontalBarChart(title: "得分", maximum: 100, unit: .points,
                                          bars: [.init(label: "甲", value: 90, valueText: "90.0")],
                                          noValueLabel: "无得分")
        let only = try Self.parse(blueOnly.svg).legend
        #expect(only.texts == ["达标"])
        #expect(only.fills == [ChartPalette.onTrack])

        let allThree = HorizontalBarChart(title: "x", bars: [
            .init(label: "a", value: 0.1, valueText: "", state: .alert),
            .init(label: "b", value: 0.2, valueText: "", state: .warning),
            .init(label: "c", value: 0.3, valueText: ""),
        ])
        #expect(try Self.parse(allThree.svg).legend.texts == ["达标", "接近", "未达标"])
        #expect(try Self.parse(allThree.svg).legend.fills == ["#4e79a7", "#f28e2b", "#e15759"])
    }

    /// The axis of a bar chart starts at 0 and reaches `maximum` rounded up to a tick.
    @Test func axisTicksUnderThePlot() throws {
        let percent = try Self.parse(Self.twoRows.svg).texts
        #expect(percent.filter { $0.hasSuffix("%") && !$0.contains(".") } == ["0%", "25%", "50%", "75%", "100%"])
        // 112.1%: step 25% needs ceil(4.484) = 5 intervals, so 0%–125%, 480 / 5 = 96 px per
        // 25%: the 100% tick at 160 + 384 = 544, a 112.1% bar 480 × 1.121 / 1.25 = 430.5.
        let over = HorizontalBarChart(title: "x", maximum: 1.121,
                                      bars: [.init(label: "a", value: 1.121, valueText: "112.1%")])
        #expect(over.axis.tickLabels == ["0%", "25%", "50%", "75%", "100%", "125%"])
        #expect(over.svg.contains("<line x1=\"544.0\""))
        #expect(try Self.parse(over.svg).bars == ["430.5"])
        let scores = HorizontalBarChart(title: "x", maximum: 100, unit: .points, bars: [])
        #expect(try Self.parse(scores.svg).texts.suffix(5) == ["0", "25", "50", "75", "100"])
    }

    @Test func parsesAsXMLWithOneRectPerNonEmptyRow() throws {
        let chart = HorizontalBarChart(
            title: "食品安全目标达成 <第四季度>",
            maximum: 100,
            bars: [
                .init(label: "A&B<C>", value: 96.5, valueText: "96.5%"),
                .init(label: "城西街道", value: nil, valueText: "ignored"),
                .init(label: "石马镇", value: 80, valueText: "80.0%", state: .warning),
                .init(label: "池上镇", value: .nan, valueText: "NaN"),
                .init(label: "博山镇\n\"引号\" 'x'", value: 0, valueText: "0.0%", state: .alert),
            ],
            referenceLine: .init(value: 95, label: "目标 ≥95%"))
        let parsed = try Self.parse(chart.svg)
        #expect(parsed.root == "svg")
        #expect(parsed.rootAttributes["width"] == "720")
        // Legend row to 60, plot from 86, five rows, 32 for the tick labels.
        #expect(parsed.rootAttributes["height"] == "\(86 + 5 * 28 + 32)")
        #expect(parsed.rootAttributes["viewBox"] == "0 0 720 258")
        #expect(parsed.rootAttributes["font-family"] == HorizontalBarChart.fontFamily)
        #expect(parsed.rootAttributes["font-family"]!.hasSuffix(", sans-serif"))
        #expect(parsed.bars == ["463.2", "384.0", "0.0"])   // 480 × 0.965 = 463.2, 480 × 0.8
        #expect(parsed.texts.contains("A&B<C>"))
        #expect(parsed.texts.contains("博山镇 \"引号\" 'x'"))
        #expect(parsed.texts.filter { $0 == "—" }.count == 2)
        #expect(!parsed.texts.contains("ignored") && !parsed.texts.contains("NaN"))
        #expect(chart.svg.contains(">A&amp;B&lt;C&gt;</text>"))
        #expect(chart.svg.contains("&quot;引号&quot; &apos;x&apos;"))
    }

    @Test func clampsBarsAndShortensLongLabels() throws {
        let chart = HorizontalBarChart(
            title: "进度",
            bars: [
                .init(label: "区市场监督管理局食品安全科室", value: 1.2, valueText: "120.0%"),
                .init(label: "负值", value: -0.3, valueText: "-30.0%"),
            ],
            referenceLine: .init(value: 2, label: "超出"))
        let parsed = try Self.parse(chart.svg)
        #expect(parsed.bars == ["480.0", "0.0"])
        // Cut to fit left of x = 150 (146 px at 13 px a character): 10 characters and "…".
        #expect(parsed.texts.contains("区市场监督管理局食品…"))
        #expect(chart.svg.contains("<line x1=\"640.0\""))
        // The values are printed as given even when the bar is clamped; the line keeps its label.
        #expect(parsed.texts.contains("120.0%") && parsed.texts.contains("-30.0%"))
        #expect(parsed.texts.contains("超出"))
    }

    @Test func emptyChartIsStillValid() throws {
        let chart = HorizontalBarChart(title: "无数据", bars: [])
        let parsed = try Self.parse(chart.svg)
        #expect(parsed.bars.isEmpty)
        #expect(parsed.legend.texts.isEmpty)
        // No legend row: plot top 40 + 26, no rows, 32 for the tick labels.
        #expect(parsed.rootAttributes["height"] == "98")
    }

    @Test func fixedDecimalsIgnoreLocale() {
        #expect(SVGFormat.fixed1(420) == "420.0")
        #expect(SVGFormat.fixed1(2.25) == "2.3")
        #expect(SVGFormat.fixed1(-1.25) == "-1.3")
        #expect(SVGFormat.fixed1(-0.04) == "0.0")
        #expect(SVGFormat.fixed1(0.04) == "0.0")
        #expect(SVGFormat.fixed1(463.2) == "463.2")
        #expect(SVGFormat.escape("a\u{1}b\u{FFFF}c&") == "abc&amp;")
    }

    struct ParsedSVG {
        var root = ""
        var rootAttributes: [String: String] = [:]
        /// The `width` of each bar (a `<rect>` 18 high), in order.
        var bars: [String] = []
        /// The content of each `<text>`.
        var texts: [String] = []
        /// The legend group's texts and swatch fills.
        var legend = (texts: [String](), fills: [String]())
    }

    final class Collector: NSObject, XMLParserDelegate {
        var result = ParsedSVG()
        private var text: String?
        private var inLegend = false

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            if result.root.isEmpty {
                result.root = elementName
                result.rootAttributes = attributeDict
            }
            if elementName == "rect", attributeDict["height"] == "18.0" { result.bars.append(attributeDict["width"] ?? "?") }
            if elementName == "g", attributeDict["aria-label"] == "图例" { inLegend = true }
            if elementName == "rect", inLegend { result.legend.fills.append(attributeDict["fill"] ?? "?") }
            if elementName == "text" { text = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text? += string
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            if elementName == "text", let text {
                result.texts.append(text)
                if inLegend { result.legend.texts.append(text) }
                self.text = nil
            }
            if elementName == "g" { inLegend = false }
        }
    }

    struct NotXML: Error {}

    static func parse(_ svg: String) throws -> ParsedSVG {
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else { throw parser.parserError ?? NotXML() }
        return collector.result
    }
}
