/// A month-by-month line chart as a standalone SVG file, for the trends of a year report
/// (coal completion, service on-time rate).
///
/// Layout (pixels): 720 × 360; title on top, legend under it, the plot from x = 60 to
/// 690 and y = 80 to 310 with horizontal grid lines every `gridStep` and the category
/// labels (months) below. Each series is a polyline through its defined points (a missing
/// value breaks the line) with a dot and its value text at every point. Deterministic:
/// fixed decimals, no locale, escaped text.
public struct LineChart: Sendable {
    /// One line.
    public struct Series: Sendable, Hashable {
        public var name: String
        /// One value per category; nil where undefined.
        public var values: [Double?]
        /// The text printed at each point, e.g. `87.5%`.
        public var valueTexts: [String]

        public init(name: String, values: [Double?], valueTexts: [String]) {
            self.name = name
            self.values = values
            self.valueTexts = valueTexts
        }
    }

    public var title: String
    /// Labels along the horizontal axis (e.g. `1月` … `12月`).
    public var categories: [String]
    public var series: [Series]
    /// The top of the vertical axis (at least the largest value, rounded up to a grid line).
    public var maximum: Double
    /// Distance between grid lines, in the chart's unit.
    public var gridStep: Double
    /// How a grid value is written, e.g. `{ "\(Int($0))%" }`.
    public var gridLabel: @Sendable (Double) -> String

    public init(title: String, categories: [String], series: [Series], maximum: Double, gridStep: Double,
                gridLabel: @escaping @Sendable (Double) -> String) {
        self.title = title
        self.categories = categories
        self.series = series
        let largest = series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
        self.maximum = max(maximum, (largest / gridStep).rounded(.up) * gridStep)
        self.gridStep = gridStep
        self.gridLabel = gridLabel
    }

    static let width = 720, height = 360
    static let left = 60.0, right = 690.0, top = 80.0, bottom = 310.0
    static let colors = ["#4e79a7", "#e15759", "#59a14f", "#f28e2b"]

    func x(_ index: Int) -> Double {
        guard categories.count > 1 else { return (Self.left + Self.right) / 2 }
        return Self.left + 20 + Double(index) * (Self.right - Self.left - 40) / Double(categories.count - 1)
    }

    func y(_ value: Double) -> Double {
        Self.bottom - min(max(value / maximum, 0), 1) * (Self.bottom - Self.top)
    }

    /// The SVG document.
    public var svg: String {
        let f = SVGFormat.fixed1
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.width)\" height=\"\(Self.height)\" "
            + "viewBox=\"0 0 \(Self.width) \(Self.height)\" font-family=\"\(HorizontalBarChart.fontFamily)\" "
            + "font-size=\"12\" style=\"background:#ffffff\">\n"
        out += "<text x=\"\(Self.width / 2)\" y=\"24\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">"
            + SVGFormat.escape(title) + "</text>\n"
        for (index, line) in series.enumerated() {
            let lx = 60.0 + Double(index) * 220
            let color = Self.colors[index % Self.colors.count]
            out += "<line x1=\"\(f(lx))\" y1=\"48.0\" x2=\"\(f(lx + 24))\" y2=\"48.0\" stroke=\"\(color)\" stroke-width=\"3\"/>"
                + "<text x=\"\(f(lx + 30))\" y=\"52.0\">\(SVGFormat.escape(line.name))</text>\n"
        }
        var grid = 0.0
        while grid <= maximum + 1e-9 {
            out += "<line x1=\"\(f(Self.left))\" y1=\"\(f(y(grid)))\" x2=\"\(f(Self.right))\" y2=\"\(f(y(grid)))\" "
                + "stroke=\"#dddddd\"/><text x=\"\(f(Self.left - 6))\" y=\"\(f(y(grid) + 4))\" text-anchor=\"end\" "
                + "fill=\"#666666\">\(SVGFormat.escape(gridLabel(grid)))</text>\n"
            grid += gridStep
        }
        for (index, category) in categories.enumerated() {
            out += "<text x=\"\(f(x(index)))\" y=\"\(f(Self.bottom + 20))\" text-anchor=\"middle\">"
                + SVGFormat.escape(category) + "</text>\n"
        }
        for (index, line) in series.enumerated() {
            let color = Self.colors[index % Self.colors.count]
            var run: [String] = []
            func flush() {
                if run.count > 1 {
                    out += "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.5\" points=\"\(run.joined(separator: " "))\"/>\n"
                }
                run.removeAll()
            }
            for (position, value) in line.values.enumerated() {
                guard let value, value.isFinite else { flush(); continue }
                run.append("\(f(x(position))),\(f(y(value)))")
            }
            flush()
            for (position, value) in line.values.enumerated() {
                guard let value, value.isFinite else { continue }
                let text = position < line.valueTexts.count ? line.valueTexts[position] : ""
                // The highest point at a month gets its text above, the others below, so
                // that two lines close together do not print over each other.
                // (On a tie the first series counts as the higher.)
                let isHighest = series.indices.filter { $0 != index }.allSatisfy { other in
                    guard position < series[other].values.count, let theirs = series[other].values[position] else { return true }
                    return value > theirs || (value == theirs && index < other)
                }
                let dy = isHighest || y(value) + 16 > Self.bottom - 4 ? -8.0 : 16.0
                out += "<circle cx=\"\(f(x(position)))\" cy=\"\(f(y(value)))\" r=\"3\" fill=\"\(color)\"/>"
                    + "<text x=\"\(f(x(position)))\" y=\"\(f(y(value) + dy))\" text-anchor=\"middle\" font-size=\"10\" "
                    + "fill=\"\(color)\">\(SVGFormat.escape(text))</text>\n"
            }
        }
        return out + "</svg>\n"
    }
}
