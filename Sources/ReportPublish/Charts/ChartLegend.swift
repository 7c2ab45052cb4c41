/// A chart's legend: one entry per colour (or mark) the chart actually draws, left to
/// right, wrapping to a new row when the next entry would pass `right`. The entries are
/// one `<g aria-label="图例">` group, so a reader (and a test) finds them together.
struct ChartLegend {
    /// What an entry shows before its label.
    enum Mark: Hashable {
        /// A filled square: a bar colour.
        case swatch(String)
        /// A short solid line: a trend series.
        case line(String)
        /// A short dashed line: a reference line.
        case dashed(String)
        /// The "—" of a bar without a value.
        case noValue
    }

    struct Entry: Hashable {
        var mark: Mark
        var label: String
    }

    static let rowHeight = 20.0
    static let fontSize = 12.0
    /// Mark width, gap to the label, gap to the next entry.
    static let markWidth = 18.0, markGap = 6.0, entryGap = 18.0

    var entries: [Entry]
    var left: Double
    var right: Double
    /// The top of the first row.
    var top: Double

    /// Each entry's top-left corner.
    private var positions: [(x: Double, y: Double)] {
        var result: [(Double, Double)] = []
        var x = left, y = top
        for entry in entries {
            let width = Self.markWidth + Self.markGap + SVGFormat.textWidth(entry.label, fontSize: Self.fontSize)
            if x > left, x + width > right {
                x = left
                y += Self.rowHeight
            }
            result.append((x, y))
            x += width + Self.entryGap
        }
        return result
    }

    /// The number of rows (0 without entries).
    var rows: Int {
        guard let last = positions.last else { return 0 }
        return Int(((last.y - top) / Self.rowHeight).rounded()) + 1
    }

    /// The y just below the last row.
    var bottom: Double { top + Double(rows) * Self.rowHeight }

    /// The SVG elements, one line each; empty without entries.
    var elements: [String] {
        guard !entries.isEmpty else { return [] }
        let f = SVGFormat.fixed1
        var lines = ["<g aria-label=\"图例\" font-size=\"\(Int(Self.fontSize))\" fill=\"\(ChartPalette.text)\">"]
        for (entry, at) in zip(entries, positions) {
            let middle = at.y + Self.rowHeight / 2
            let mark: String
            switch entry.mark {
            case .swatch(let color):
                mark = "<rect x=\"\(f(at.x + 3))\" y=\"\(f(middle - 6))\" width=\"12\" height=\"12\" fill=\"\(color)\"/>"
            case .line(let color):
                mark = "<line x1=\"\(f(at.x))\" y1=\"\(f(middle))\" x2=\"\(f(at.x + Self.markWidth))\" y2=\"\(f(middle))\" "
                    + "stroke=\"\(color)\" stroke-width=\"3\"/>"
            case .dashed(let color):
                mark = "<line x1=\"\(f(at.x))\" y1=\"\(f(middle))\" x2=\"\(f(at.x + Self.markWidth))\" y2=\"\(f(middle))\" "
                    + "stroke=\"\(color)\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>"
            case .noValue:
                mark = "<text x=\"\(f(at.x + Self.markWidth / 2))\" y=\"\(f(middle + 4))\" text-anchor=\"middle\" "
                    + "fill=\"\(ChartPalette.noValue)\">—</text>"
            }
            lines.append(mark + "<text x=\"\(f(at.x + Self.markWidth + Self.markGap))\" y=\"\(f(middle + 4))\">"
                + SVGFormat.escape(entry.label) + "</text>")
        }
        lines.append("</g>")
        return lines
    }
}
