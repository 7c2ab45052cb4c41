import ReportCore

/// The Chinese labels and number formats the food reports share, so that the CSV files,
/// the summary and the chart write the same thing for the same value.
enum FoodLabels {
    /// The district row's name in every report.
    static let district = "全区"
    /// The gazette reference in the section heading.
    static let gazette = "博政办字〔2018〕115号"

    /// `全区` or the township's name.
    static func name(_ area: Area) -> String {
        switch area {
        case .township(let name): name
        case .district: district
        }
    }

    /// 达标 / 未达标 / 无目标 / 无数据.
    static func status(_ status: TargetStatus) -> String {
        switch status {
        case .met: "达标"
        case .missed: "未达标"
        case .noTarget: "无目标"
        case .noData: "无数据"
        }
    }

    /// 期末状态 of an open failure.
    static func status(_ status: OpenFailure.StatusAtPeriodEnd) -> String {
        switch status {
        case .notDisposed: "未处置"
        case .inProgress: "处置中"
        case .disposedAfterPeriodEnd: "期末后处置"
        case .unreported: "未填报"
        }
    }

    /// The rate of an outcome without `%` (`95.3`), "" for a count or a zero denominator.
    static func percent(_ outcome: IndicatorOutcome) -> String {
        outcome.rate?.percentText ?? ""
    }

    /// Tenths of a percent (or of a point) as text with one decimal: 945 → `94.5`.
    static func tenths(_ value: Int?) -> String {
        value.map(Rate.formatTenths) ?? ""
    }

    /// A score as shown and ranked (one decimal, half up), "" when there is none.
    static func score(_ score: Double?) -> String {
        score.map { Rate.formatTenths(CompetitionRanking.tenths($0)) } ?? ""
    }
}
