import ReportCore

/// How a headline figure changed against the previous period, as the brief shows it.
public enum ChangeText {
    /// `↑0.4 个百分点`, `↓1.2 个百分点`, `持平`; nil when either rate is undefined. The
    /// difference is that of the rates as shown (to 0.1%), so it adds up with what a
    /// reader sees.
    public static func points(_ current: Rate, _ previous: Rate?) -> String? {
        guard let now = current.tenthsOfPercent, let before = previous?.tenthsOfPercent else { return nil }
        return points(tenths: now - before)
    }

    /// The same for a difference in tenths of a percentage point.
    public static func points(tenths difference: Int) -> String {
        if difference == 0 { return "持平" }
        return (difference > 0 ? "↑" : "↓") + Rate.formatTenths(abs(difference)) + " 个百分点"
    }

    /// `↑12`, `↓3`, `持平` (a count, with its unit after it when given); nil without a
    /// previous figure.
    public static func count(_ current: Int, _ previous: Int?, unit: String = "") -> String? {
        guard let previous else { return nil }
        let difference = current - previous
        if difference == 0 { return "持平" }
        return (difference > 0 ? "↑" : "↓") + String(abs(difference)) + unit
    }
}
