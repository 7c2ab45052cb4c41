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
        referenceLine: .init(value: 0.75, label: "时间进度 75.0%"))

    /// Worked out by hand: height 60 + 2 × 28 + 20 = 136; bars 480 × 0.875 = 420 and
    /// 480 × 0.5 = 240 pixels from x = 160; value text 6 pixels after each bar; the
    /// reference line at 160 + 480 × 0.75 = 520.
    @Test func goldenTwoRowChart() {
        let expected = """
        <svg xmlns="http://www.w3.org/2000/svg" width="720" height="136" viewBox="0 0 720 136" role="img" \
        aria-label="清洁煤炭完成率" font-family="Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, \
        Microsoft YaHei, SimHei, sans-serif" style="background:#ffffff">
        <title>清洁煤炭完成率</title>
        <text x="360" y="28" text-anchor="middle" font-size="16" font-weight="bold" fill="#222222">清洁煤炭完成率</text>
        <line x1="160" y1="60" x2="160" y2="116" stroke="#999999" stroke-width="1"/>
        <text x="150" y="79" text-anchor="end" font-size="13" fill="#222222">八陡镇</text>
        <rect x="160" y="65" width="420.0" height="18" fill="#4e79a7"/>
        <text x="586.0" y="79" font-size="12" fill="#333333" stroke="#ffffff" stroke-width="3" paint-order="stroke">87.5%</text>
        <text x="150" y="107" text-anchor="end" font-size="13" fill="#222222">域城镇</text>
        <rect x="160" y="93" width="240.0" height="18" fill="#e15759"/>
        <text x="406.0" y="107" font-size="12" fill="#333333" stroke="#ffffff" stroke-width="3" paint-order="stroke">50.0%</text>
        <line x1="520.0" y1="56" x2="520.0" y2="120" stroke="#333333" stroke-width="1.5" stroke-dasharray="4 3"/>
        <text x="520.0" y="52" text-anchor="middle" font-size="12" fill="#333333">时间进度 75.0%</text>
        </svg>

        """
        #expect(Self.twoRows.svg == expected)
        #expect(Self.twoRows.height == 136)
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
        #expect(parsed.rootAttributes["height"] == "\(60 + 5 * 28 + 20)")
        #expect(parsed.rootAttributes["viewBox"] == "0 0 720 220")
        #expect(parsed.rootAttributes["font-family"] == HorizontalBarChart.fontFamily)
        #expect(parsed.rects == ["463.2", "384.0", "0.0"])   // 480 × 0.965 = 463.2, 480 × 0.8
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
        #expect(parsed.rects == ["480.0", "0.0"])
        #expect(parsed.texts.contains("区市场监督管理局食品安…"))
        #expect(chart.svg.contains("<line x1=\"640.0\""))
        // The values are printed as given even when the bar is clamped; the line keeps its label.
        #expect(parsed.texts.contains("120.0%") && parsed.texts.contains("-30.0%"))
        #expect(parsed.texts.contains("超出"))
    }

    @Test func emptyChartIsStillValid() throws {
        let chart = HorizontalBarChart(title: "无数据", bars: [])
        let parsed = try Self.parse(chart.svg)
        #expect(parsed.rects.isEmpty)
        #expect(parsed.rootAttributes["height"] == "80")
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
        /// The `width` of each `<rect>`, in order.
        var rects: [String] = []
        /// The content of each `<text>`.
        var texts: [String] = []
    }

    final class Collector: NSObject, XMLParserDelegate {
        var result = ParsedSVG()
        private var text: String?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            if result.root.isEmpty {
                result.root = elementName
                result.rootAttributes = attributeDict
            }
            if elementName == "rect" { result.rects.append(attributeDict["width"] ?? "?") }
            if elementName == "text" { text = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text? += string
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            if elementName == "text", let text {
                result.texts.append(text)
                self.text = nil
            }
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
