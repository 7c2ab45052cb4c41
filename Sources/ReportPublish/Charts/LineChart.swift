/// A month-by-month line chart as a standalone SVG file, for the trends of the summary
/// (district coal completion, service 按时办结率).
///
/// Each series gets its own panel with its own value axis scaled to its data
/// (`ValueAxis.fitted`): 按时办结率 between 96% and 97% would be a flat line on a 0–100%
/// axis shared with coal completion rising from 30% to 100%. A zoomed axis is never
/// mistaken for 0–100%: its bounds are tick labels, and the panel heading states the
/// range (`政务服务按时办结率（纵轴 95.5%–98.0%）`).
///
/// Layout (pixels): 720 wide; the title, the legend (one solid line per series in its
/// `ChartPalette.series` colour), then one 206-pixel panel per series, 14 apart: the
/// heading, the plot from x = 70 to 690 over 150 pixels with a thin grid line and a
/// label at every tick, the category labels (months) below. A series is a polyline
/// through its defined points (a missing value breaks the line) with a dot and its value
/// text above each point (below a point lower than its neighbours, or at the top), with a
/// white halo so that the line never covers it.
/// Deterministic: fixed decimals, no locale, escaped text, no ids.
public struct LineChart: Sendable {
    /// One line.
    public struct Series: Sendable, Hashable {
        /// The series name, e.g. `政务服务按时办结率`; also picks its colour.
        public var name: String
        /// One value per category, in the chart's unit; nil where undefined.
        public var values: [Double?]
        /// The text printed at each point, e.g. `87.5%`.
        public var valueTexts: [String]

        public init(name: String, values: [Double?], valueTexts: [String]) {
            self.name = name
            self.values = values
            self.valueTexts = valueTexts
        }

        /// The colour, fixed per name (`ChartPalette.series`).
        public var color: String { ChartPalette.series(name) }
    }

    public var title: String
    /// Labels along the horizontal axis (e.g. `1月` … `12月`).
    public var categories: [String]
    public var series: [Series]
    /// How values are printed on the axes (percentages by default).
    public var unit: ValueAxis.Unit

    public init(title: String, categories: [String], series: [Series], unit: ValueAxis.Unit = .percent) {
        self.title = title
        self.categories = categories
        self.series = series
        self.unit = unit
    }

    public static let width = 720
    static let left = 70.0, right = 690.0
    static let titleBottom = 40.0
    static let panelHeight = 206.0, panelGap = 14.0
    /// Within a panel: the heading's baseline, the plot's top and bottom.
    static let headingBaseline = 16.0, plotTop = 30.0, plotBottom = 180.0

    /// The value axis of `series` (its defined values only).
    public func axis(_ series: Series) -> ValueAxis {
        .fitted(to: series.values.compactMap { $0 }, unit: unit)
    }

    /// The panel heading of `series`: its name and the axis range.
    public func heading(_ series: Series) -> String {
        "\(series.name)（纵轴 \(axis(series).rangeText)）"
    }

    var legend: ChartLegend {
        ChartLegend(entries: series.map { .init(mark: .line($0.color), label: $0.name) },
                    left: Self.left, right: Self.right, top: Self.titleBottom)
    }

    /// The top of the first panel.
    var panelsTop: Double { legend.bottom + 8 }

    /// The chart height in pixels.
    public var height: Int {
        let panels = Double(series.count) * Self.panelHeight + Double(max(series.count - 1, 0)) * Self.panelGap
        return Int(panelsTop + panels + 8)
    }

    func x(_ index: Int) -> Double {
        guard categories.count > 1 else { return (Self.left + Self.right) / 2 }
        return Self.left + 20 + Double(index) * (Self.right - Self.left - 40) / Double(categories.count - 1)
    }

    /// The SVG document, ending with a newline.
    public var svg: String {
        var lines = SVGFormat.open(width: Self.width, height: height, title: title)
        lines.append("<text x=\"\(Self.width / 2)\" y=\"28\" text-anchor=\"middle\" font-size=\"16\" "
            + "font-weight=\"bold\" fill=\"\(ChartPalette.text)\">\(SVGFormat.escape(title))</text>")
        lines += legend.elements
        for (index, line) in series.enumerated() {
            lines += panel(line, top: panelsTop + Double(index) * (Self.panelHeight + Self.panelGap))
        }
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One series' panel whose top edge is at `top`.
    private func panel(_ line: Series, top: Double) -> [String] {
        let f = SVGFormat.fixed1
        let axis = self.axis(line)
        let plotTop = top + Self.plotTop, plotBottom = top + Self.plotBottom
        func y(_ value: Double) -> Double { plotBottom - axis.position(value) * (plotBottom - plotTop) }
        var out = ["<text x=\"\(f(Self.left))\" y=\"\(f(top + Self.headingBaseline))\" font-size=\"13\" "
            + "font-weight=\"bold\" fill=\"\(ChartPalette.text)\">\(SVGFormat.escape(heading(line)))</text>"]
        for (tick, label) in zip(axis.ticks, axis.tickLabels) {
            let ty = f(y(tick))
            out.append("<line x1=\"\(f(Self.left))\" y1=\"\(ty)\" x2=\"\(f(Self.right))\" y2=\"\(ty)\" "
                + "stroke=\"\(ChartPalette.grid)\" stroke-width=\"1\"/><text x=\"\(f(Self.left - 6))\" "
                + "y=\"\(f(y(tick) + 4))\" text-anchor=\"end\" font-size=\"11\" fill=\"\(ChartPalette.mutedText)\">"
                + SVGFormat.escape(label) + "</text>")
        }
        out.append("<line x1=\"\(f(Self.left))\" y1=\"\(f(plotBottom))\" x2=\"\(f(Self.right))\" y2=\"\(f(plotBottom))\" "
            + "stroke=\"\(ChartPalette.axis)\" stroke-width=\"1\"/>")
        for (index, category) in categories.enumerated() {
            out.append("<text x=\"\(f(x(index)))\" y=\"\(f(plotBottom + 18))\" text-anchor=\"middle\" font-size=\"12\" "
                + "fill=\"\(ChartPalette.text)\">\(SVGFormat.escape(category))</text>")
        }
        let color = line.color
        var run: [String] = []
        func flush() {
            if run.count > 1 {
                out.append("<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.5\" "
                    + "points=\"\(run.joined(separator: " "))\"/>")
            }
            run.removeAll()
        }
        for (position, value) in line.values.enumerated() {
            guard let value, value.isFinite else { flush(); continue }
            run.append("\(f(x(position))),\(f(y(value)))")
        }
        flush()
        var points: [String] = [], texts: [String] = []
        for (position, value) in line.values.enumerated() {
            guard let value, value.isFinite else { continue }
            let px = f(x(position)), py = y(value)
            points.append("<circle cx=\"\(px)\" cy=\"\(f(py))\" r=\"3\" fill=\"\(color)\"/>")
            let text = position < line.valueTexts.count ? line.valueTexts[position] : ""
            // Above the point, except below a low point (lower than its defined neighbours,
            // where the line leaves upwards) or at the plot's top; never under the plot.
            let before = position > 0 ? line.values[position - 1] : nil
            let after = position + 1 < line.values.count ? line.values[position + 1] : nil
            let isLow = (before != nil || after != nil)
                && (before.map { value < $0 } ?? true) && (after.map { value < $0 } ?? true)
            let roomBelow = py + 16 <= plotBottom - 2, roomAbove = py - 18 >= plotTop - 4
            let ty = roomBelow && (isLow || !roomAbove) ? py + 16 : py - 8
            texts.append("<text x=\"\(px)\" y=\"\(f(ty))\" text-anchor=\"middle\" font-size=\"11\" fill=\"\(color)\" "
                + "\(SVGFormat.halo)>\(SVGFormat.escape(text))</text>")
        }
        if points.isEmpty {
            out.append("<text x=\"\(f((Self.left + Self.right) / 2))\" y=\"\(f((plotTop + plotBottom) / 2))\" "
                + "text-anchor=\"middle\" font-size=\"12\" fill=\"\(ChartPalette.mutedText)\">无数据</text>")
        }
        return out + points + texts
    }
}
