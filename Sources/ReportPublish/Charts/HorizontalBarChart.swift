/// A horizontal bar chart as a standalone SVG file, for the summary's charts (township
/// completion, food target attainment, service indicators by department).
///
/// Layout (pixels): 720 wide; the title on top; one 28-pixel row per bar with the label
/// right-aligned in the left 150 pixels, the bar from x = 160 over at most 480 pixels
/// (`value / maximum`, clamped to 0…1), and the value text 6 pixels after the bar's end.
/// A bar without a value (no data, undefined rate) shows "—" and no `<rect>`. The
/// optional reference line (schedule share, target) is dashed, with its label above
/// the plot. Labels longer than 12 characters are cut with "…".
///
/// The output depends only on the values: coordinates have fixed decimals, no locale,
/// no ids or dates; text is XML-escaped.
public struct HorizontalBarChart: Sendable {
    /// How a bar is coloured.
    public enum BarState: Sendable, Hashable {
        /// Blue: on track.
        case normal
        /// Orange: close to a limit.
        case warning
        /// Red: behind schedule or target missed.
        case alert

        var color: String {
            switch self {
            case .normal: return "#4e79a7"
            case .warning: return "#f28e2b"
            case .alert: return "#e15759"
            }
        }
    }

    /// One row of the chart.
    public struct Bar: Sendable, Hashable {
        /// The row label (a township or department name, from the inputs).
        public var label: String
        /// The bar length in the chart's unit; nil (or not finite) for "no value".
        public var value: Double?
        /// The text at the bar's end, e.g. `87.5%`; ignored when `value` is nil.
        public var valueText: String
        /// The bar's colour.
        public var state: BarState

        /// Creates a row.
        public init(label: String, value: Double?, valueText: String, state: BarState = .normal) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.state = state
        }
    }

    /// A vertical reference line across all rows.
    public struct ReferenceLine: Sendable, Hashable {
        /// Where the line is, in the chart's unit.
        public var value: Double
        /// Its label, e.g. `时间进度 75.0%` or `目标 95%`.
        public var label: String

        /// Creates a reference line.
        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// The fonts, Chinese-capable first.
    public static let fontFamily =
        "Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, Microsoft YaHei, SimHei, sans-serif"
    /// The chart width in pixels.
    public static let width = 720
    static let labelRight = 150
    static let plotLeft = 160
    static let plotWidth = 480
    static let plotTop = 60
    static let rowHeight = 28
    static let barHeight = 18
    static let bottomMargin = 20
    static let labelLimit = 12

    /// The chart title.
    public var title: String
    /// The value drawn as a full-length bar (1 for fractions, 100 for percentages).
    public var maximum: Double
    /// The rows, top to bottom.
    public var bars: [Bar]
    /// The optional reference line.
    public var referenceLine: ReferenceLine?

    /// Creates a chart.
    public init(title: String, maximum: Double = 1, bars: [Bar], referenceLine: ReferenceLine? = nil) {
        self.title = title
        self.maximum = maximum
        self.bars = bars
        self.referenceLine = referenceLine
    }

    /// The chart height in pixels: title area, one row per bar, bottom margin.
    public var height: Int {
        Self.plotTop + bars.count * Self.rowHeight + Self.bottomMargin
    }

    /// The SVG document, ending with a newline.
    public var svg: String {
        let title = SVGFormat.escape(self.title)
        let plotBottom = Self.plotTop + bars.count * Self.rowHeight
        var lines: [String] = []
        lines.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(Self.width) \(height)\" role=\"img\" aria-label=\"\(title)\" "
            + "font-family=\"\(Self.fontFamily)\" style=\"background:#ffffff\">")
        lines.append("<title>\(title)</title>")
        lines.append("<text x=\"\(Self.width / 2)\" y=\"28\" text-anchor=\"middle\" font-size=\"16\" "
            + "font-weight=\"bold\" fill=\"#222222\">\(title)</text>")
        lines.append("<line x1=\"\(Self.plotLeft)\" y1=\"\(Self.plotTop)\" x2=\"\(Self.plotLeft)\" "
            + "y2=\"\(plotBottom)\" stroke=\"#999999\" stroke-width=\"1\"/>")
        for (index, bar) in bars.enumerated() {
            lines.append(contentsOf: rowElements(bar, top: Self.plotTop + index * Self.rowHeight))
        }
        if let line = referenceLine, line.value.isFinite {
            let x = SVGFormat.fixed1(Double(Self.plotLeft) + Double(Self.plotWidth) * fraction(line.value))
            lines.append("<line x1=\"\(x)\" y1=\"\(Self.plotTop - 4)\" x2=\"\(x)\" y2=\"\(plotBottom + 4)\" "
                + "stroke=\"#333333\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>")
            lines.append("<text x=\"\(x)\" y=\"\(Self.plotTop - 8)\" text-anchor=\"middle\" font-size=\"12\" "
                + "fill=\"#333333\">\(SVGFormat.escape(line.label))</text>")
        }
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The label, bar and value text of one row whose top edge is at `top`.
    private func rowElements(_ bar: Bar, top: Int) -> [String] {
        let baseline = top + 19
        let label = SVGFormat.escape(SVGFormat.truncated(bar.label, limit: Self.labelLimit))
        var elements = ["<text x=\"\(Self.labelRight)\" y=\"\(baseline)\" text-anchor=\"end\" font-size=\"13\" "
            + "fill=\"#222222\">\(label)</text>"]
        guard let value = bar.value, value.isFinite else {
            elements.append("<text x=\"\(Self.plotLeft + 6)\" y=\"\(baseline)\" font-size=\"12\" "
                + "fill=\"#888888\">—</text>")
            return elements
        }
        let length = Double(Self.plotWidth) * fraction(value)
        elements.append("<rect x=\"\(Self.plotLeft)\" y=\"\(top + (Self.rowHeight - Self.barHeight) / 2)\" "
            + "width=\"\(SVGFormat.fixed1(length))\" height=\"\(Self.barHeight)\" fill=\"\(bar.state.color)\"/>")
        elements.append("<text x=\"\(SVGFormat.fixed1(Double(Self.plotLeft) + length + 6))\" y=\"\(baseline)\" "
            // A white halo keeps the figure readable where the reference line crosses it.
            + "font-size=\"12\" fill=\"#333333\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">"
            + "\(SVGFormat.escape(bar.valueText))</text>")
        return elements
    }

    /// `value / maximum` clamped to 0…1 (0 when `maximum` is not positive).
    private func fraction(_ value: Double) -> Double {
        guard maximum > 0, maximum.isFinite else { return 0 }
        return min(max(value / maximum, 0), 1)
    }
}
