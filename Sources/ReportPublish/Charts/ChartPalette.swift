/// The one palette of every chart: each colour has one meaning, and a meaning has the
/// same colour in every chart (bars of coal, food and service, the trend lines).
///
/// | Colour | Hex | Meaning |
/// |---|---|---|
/// | blue | `#4e79a7` | on track / 达标 (`HorizontalBarChart.BarState.normal`) |
/// | orange | `#f28e2b` | warning / 接近 (`.warning`) |
/// | red | `#e15759` | behind / 未达标 (`.alert`) |
/// | dark grey, dashed | `#555555` | a reference line (时间进度, 全区, 目标) |
/// | grey text "—" | `#888888` | no value |
/// | teal | `#1b8a82` | trend series 清洁煤炭累计完成率 |
/// | purple | `#8a5aa8` | trend series 政务服务按时办结率 |
///
/// Trend series never use the three state colours, so a line is never read as "behind"
/// or "on track". A series name not in `seriesColors` gets one of `fallbackSeries`
/// chosen by a fixed hash of its name (the same colour in every chart and run); add a
/// new series to `seriesColors` when a job starts giving one.
///
/// Axes, grid and text are neutral greys and carry no meaning.
public enum ChartPalette {
    /// On track / 达标.
    public static let onTrack = "#4e79a7"
    /// Warning / 接近 (close to a limit).
    public static let warning = "#f28e2b"
    /// Behind / 未达标 (behind schedule, target missed, rule broken).
    public static let behind = "#e15759"
    /// A dashed reference line and its label.
    public static let reference = "#555555"
    /// The "—" of a bar without a value.
    public static let noValue = "#888888"

    /// Titles and row labels.
    public static let text = "#222222"
    /// Value labels.
    public static let valueText = "#333333"
    /// Tick labels and notes.
    public static let mutedText = "#666666"
    /// Axis lines.
    public static let axis = "#999999"
    /// Grid lines.
    public static let grid = "#e3e3e3"
    /// Background and label halos.
    public static let background = "#ffffff"

    /// Fixed colours of the trend series, by series name.
    public static let seriesColors: [String: String] = [
        "清洁煤炭累计完成率": "#1b8a82",
        "政务服务按时办结率": "#8a5aa8",
    ]
    /// Colours for series not in `seriesColors`: brown, pink, slate (none a state colour).
    public static let fallbackSeries = ["#9c6b30", "#c4568c", "#56677a"]

    /// The colour of a bar state.
    public static func color(_ state: HorizontalBarChart.BarState) -> String {
        switch state {
        case .normal: return onTrack
        case .warning: return warning
        case .alert: return behind
        }
    }

    /// The colour of the trend series `name`: its fixed colour, else a fallback picked by
    /// the FNV-1a hash of the name's UTF-8 bytes (stable across runs and platforms).
    public static func series(_ name: String) -> String {
        if let fixed = seriesColors[name] { return fixed }
        var hash: UInt32 = 2_166_136_261
        for byte in name.utf8 {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return fallbackSeries[Int(hash % UInt32(fallbackSeries.count))]
    }
}
