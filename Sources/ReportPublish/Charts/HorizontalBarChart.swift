/// A horizontal bar chart as a standalone SVG file, for the summary's charts (township
/// completion, food target attainment, service scores by department).
///
/// Layout (pixels), 720 wide, top to bottom:
/// - the title;
/// - the legend (`ChartLegend`): one entry per bar state that has a bar with a value, in
///   the order 达标 → 接近 → 未达标 (labels from `stateLabels`, else the defaults), then
///   "—" when a bar has no value and `noValueLabel` is given, then the reference line;
/// - the plot: one 28-pixel row per bar, the label right-aligned left of x = 150 (cut
///   with "…" to fit), the bar from x = 160 over at most 480 pixels; the value text 6
///   pixels after the bar's end; a bar without a value (no data, undefined rate) shows
///   "—" and no `<rect>`;
/// - the value axis (`ValueAxis.zeroBased`): thin vertical grid lines at every tick and
///   the tick labels under the plot. The full bar length is the axis top (`maximum`
///   rounded up to a tick), values are clamped to 0…top.
///
/// Colours come from `ChartPalette` only.
///
/// The reference line (schedule share, district score) is dashed grey with its label
/// above the plot. It is drawn after the bars (so it shows where it crosses them) and
/// before every text. A value text (or "—") is never crossed by it: when the text would
/// span the line's x (its estimated width plus 3 pixels each side), it moves to start 6
/// pixels right of the line instead (`valueTextX`). A halo alone (white outline) still
/// lets the dashes show between the digits ("95:0%"), so it is only a second guard
/// against a font wider than estimated: every value text also has a white halo.
///
/// The output depends only on the values: coordinates have fixed decimals, no locale,
/// no ids or dates; text is XML-escaped.
public struct HorizontalBarChart: Sendable {
    /// How a bar is coloured (`ChartPalette`): one meaning per colour in every chart.
    public enum BarState: Sendable, Hashable, CaseIterable {
        /// Blue: on track / 达标.
        case normal
        /// Orange: close to a limit / 接近.
        case warning
        /// Red: behind schedule, target missed / 未达标.
        case alert

        /// The colour, from `ChartPalette`.
        public var color: String { ChartPalette.color(self) }

        /// The legend label when the chart gives none.
        public var defaultLabel: String {
            switch self {
            case .normal: return "达标"
            case .warning: return "接近"
            case .alert: return "未达标"
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

        var hasValue: Bool { value?.isFinite ?? false }
    }

    /// A vertical reference line across all rows.
    public struct ReferenceLine: Sendable, Hashable {
        /// Where the line is, in the chart's unit.
        public var value: Double
        /// Its label above the plot, e.g. `时间进度 75.0%` or `全区 55.2`.
        public var label: String
        /// Its legend entry, e.g. `时间进度`; the label when nil.
        public var name: String?

        /// Creates a reference line.
        public init(value: Double, label: String, name: String? = nil) {
            self.value = value
            self.label = label
            self.name = name
        }
    }

    /// The fonts, Chinese-capable first, `sans-serif` last.
    public static let fontFamily = SVGFormat.fontFamily
    /// The chart width in pixels.
    public static let width = 720
    static let labelRight = 150.0
    static let plotLeft = 160.0
    static let plotWidth = 480.0
    static let titleBottom = 40.0
    /// From the legend's bottom to the plot's top: room for the reference line's label.
    static let legendToPlot = 26.0
    static let rowHeight = 28.0
    static let barHeight = 18.0
    /// Under the plot: the tick labels.
    static let bottomMargin = 32.0
    static let labelFontSize = 13.0

    /// The chart title.
    public var title: String
    /// The smallest axis top in the chart's unit (1 for fractions, 100 for scores); the
    /// axis reaches this rounded up to a tick.
    public var maximum: Double
    /// How values are printed on the axis.
    public var unit: ValueAxis.Unit
    /// The rows, top to bottom.
    public var bars: [Bar]
    /// The optional reference line.
    public var referenceLine: ReferenceLine?
    /// What each colour means in this chart, e.g. `[.alert: "落后于时间进度"]`.
    public var stateLabels: [BarState: String]
    /// The legend's text for "—" (e.g. `无清洁煤炭任务`); no legend entry when nil.
    public var noValueLabel: String?

    /// Creates a chart.
    public init(title: String, maximum: Double = 1, unit: ValueAxis.Unit = .fraction, bars: [Bar],
                referenceLine: ReferenceLine? = nil, stateLabels: [BarState: String] = [:],
                noValueLabel: String? = nil) {
        self.title = title
        self.maximum = maximum
        self.unit = unit
        self.bars = bars
        self.referenceLine = referenceLine
        self.stateLabels = stateLabels
        self.noValueLabel = noValueLabel
    }

    /// The value axis: 0 to `maximum` rounded up to a tick.
    public var axis: ValueAxis { .zeroBased(maximum: maximum, unit: unit) }

    /// The states of the bars that have a value, in legend order.
    public var statesUsed: [BarState] {
        BarState.allCases.filter { state in bars.contains { $0.hasValue && $0.state == state } }
    }

    var legend: ChartLegend {
        var entries = statesUsed.map {
            ChartLegend.Entry(mark: .swatch($0.color), label: stateLabels[$0] ?? $0.defaultLabel)
        }
        if let noValueLabel, bars.contains(where: { !$0.hasValue }) {
            entries.append(.init(mark: .noValue, label: noValueLabel))
        }
        if let line = referenceLine, line.value.isFinite {
            entries.append(.init(mark: .dashed(ChartPalette.reference), label: line.name ?? line.label))
        }
        return ChartLegend(entries: entries, left: Self.plotLeft, right: Double(Self.width) - 10, top: Self.titleBottom)
    }

    /// The top of the first row.
    var plotTop: Double { legend.bottom + Self.legendToPlot }

    /// The chart height in pixels: title, legend, one row per bar, the axis labels.
    public var height: Int {
        Int(plotTop + Double(bars.count) * Self.rowHeight + Self.bottomMargin)
    }

    /// The x of `value` (chart units), clamped to the plot.
    func x(_ value: Double) -> Double { Self.plotLeft + Self.plotWidth * axis.position(value) }

    /// The SVG document, ending with a newline.
    public var svg: String {
        let f = SVGFormat.fixed1
        let axis = self.axis
        let top = plotTop
        let bottom = top + Double(bars.count) * Self.rowHeight
        var lines = SVGFormat.open(width: Self.width, height: height, title: title)
        lines.append("<text x=\"\(Self.width / 2)\" y=\"28\" text-anchor=\"middle\" font-size=\"16\" "
            + "font-weight=\"bold\" fill=\"\(ChartPalette.text)\">\(SVGFormat.escape(title))</text>")
        lines += legend.elements

        // The value axis: a grid line at every tick but the first (the baseline is
        // there), then the tick labels under the plot.
        for (index, (tick, label)) in zip(axis.ticks, axis.tickLabels).enumerated() {
            let tx = f(x(tick))
            let grid = index == 0 ? "" : "<line x1=\"\(tx)\" y1=\"\(f(top))\" x2=\"\(tx)\" y2=\"\(f(bottom + 4))\" "
                + "stroke=\"\(ChartPalette.grid)\" stroke-width=\"1\"/>"
            lines.append(grid + "<text x=\"\(tx)\" y=\"\(f(bottom + 18))\" text-anchor=\"middle\" font-size=\"11\" "
                + "fill=\"\(ChartPalette.mutedText)\">\(SVGFormat.escape(label))</text>")
        }
        lines.append("<line x1=\"\(f(Self.plotLeft))\" y1=\"\(f(bottom))\" x2=\"\(f(Self.plotLeft + Self.plotWidth))\" "
            + "y2=\"\(f(bottom))\" stroke=\"\(ChartPalette.axis)\" stroke-width=\"1\"/>")

        // Bars, then the baseline, then the reference line: all before any text.
        for (index, bar) in bars.enumerated() {
            guard let value = bar.value, value.isFinite else { continue }
            let rowTop = top + Double(index) * Self.rowHeight
            lines.append("<rect x=\"\(f(Self.plotLeft))\" y=\"\(f(rowTop + (Self.rowHeight - Self.barHeight) / 2))\" "
                + "width=\"\(f(x(value) - Self.plotLeft))\" height=\"\(f(Self.barHeight))\" fill=\"\(bar.state.color)\"/>")
        }
        lines.append("<line x1=\"\(f(Self.plotLeft))\" y1=\"\(f(top))\" x2=\"\(f(Self.plotLeft))\" y2=\"\(f(bottom))\" "
            + "stroke=\"\(ChartPalette.axis)\" stroke-width=\"1\"/>")
        let reference = referenceLine.flatMap { $0.value.isFinite ? $0 : nil }
        if let reference {
            let rx = f(x(reference.value))
            lines.append("<line x1=\"\(rx)\" y1=\"\(f(top - 4))\" x2=\"\(rx)\" y2=\"\(f(bottom + 4))\" "
                + "stroke=\"\(ChartPalette.reference)\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>")
        }

        // Texts last: row labels, value labels (with a halo), the reference line's label.
        for (index, bar) in bars.enumerated() {
            lines += rowTexts(bar, top: top + Double(index) * Self.rowHeight)
        }
        if let reference {
            // Centred on the line, moved inwards where it would leave the chart.
            let half = SVGFormat.textWidth(reference.label, fontSize: 12) / 2
            let lx = min(max(x(reference.value), half + 4), Double(Self.width) - half - 4)
            lines.append("<text x=\"\(f(lx))\" y=\"\(f(top - 8))\" text-anchor=\"middle\" font-size=\"12\" "
                + "fill=\"\(ChartPalette.reference)\" \(SVGFormat.halo)>\(SVGFormat.escape(reference.label))</text>")
        }
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The value text as drawn: the bar's text, or "—" without a value.
    static func valueText(_ bar: Bar) -> String { bar.hasValue ? bar.valueText : "—" }

    /// The estimated width of a value text (12 pixels).
    static func valueTextWidth(_ bar: Bar) -> Double { SVGFormat.textWidth(valueText(bar), fontSize: 12) }

    /// The x where a bar's value text starts: 6 pixels after the bar's end (after x = 160
    /// for "—"), or 6 pixels after the reference line when the text would otherwise
    /// span the line (estimated width, 3 pixels of margin each side).
    func valueTextX(_ bar: Bar) -> Double {
        let start = (bar.value.flatMap { $0.isFinite ? x($0) : nil } ?? Self.plotLeft) + 6
        guard let line = referenceLine, line.value.isFinite else { return start }
        let lineX = x(line.value)
        let crosses = start - 3 <= lineX && lineX <= start + Self.valueTextWidth(bar) + 3
        return crosses ? lineX + 6 : start
    }

    /// The label and value text (or "—") of one row whose top edge is at `top`.
    private func rowTexts(_ bar: Bar, top: Double) -> [String] {
        let f = SVGFormat.fixed1
        let baseline = f(top + 19)
        let label = SVGFormat.escape(SVGFormat.fitted(bar.label, width: Self.labelRight - 4, fontSize: Self.labelFontSize))
        var elements = ["<text x=\"\(f(Self.labelRight))\" y=\"\(baseline)\" text-anchor=\"end\" font-size=\"13\" "
            + "fill=\"\(ChartPalette.text)\">\(label)</text>"]
        guard let value = bar.value, value.isFinite else {
            elements.append("<text x=\"\(f(valueTextX(bar)))\" y=\"\(baseline)\" font-size=\"12\" "
                + "fill=\"\(ChartPalette.noValue)\" \(SVGFormat.halo)>—</text>")
            return elements
        }
        elements.append("<text x=\"\(f(valueTextX(bar)))\" y=\"\(baseline)\" font-size=\"12\" "
            + "fill=\"\(ChartPalette.valueText)\" \(SVGFormat.halo)>\(SVGFormat.escape(bar.valueText))</text>")
        return elements
    }
}
