import ReportPublish

/// `food/attainment.svg`: each township's target-attainment score (0–100) in ranking
/// order, red (`ChartPalette.behind`) when it misses at least one target, blue when it
/// meets all it is assessed on; a dashed line marks the district's score. A township with
/// no score shows "—".
enum AttainmentChart {
    static let path = "food/attainment.svg"

    static func render(_ result: FoodResult) -> String {
        let bars = result.ranking.map { entry in
            HorizontalBarChart.Bar(
                label: entry.township,
                value: entry.indicators.score,
                valueText: FoodLabels.score(entry.indicators.score),
                state: entry.indicators.missed.isEmpty ? .normal : .alert)
        }
        let line = result.district.score.map {
            HorizontalBarChart.ReferenceLine(value: $0, label: "\(FoodLabels.district) \(FoodLabels.score($0))",
                                             name: "\(FoodLabels.district)得分")
        }
        return HorizontalBarChart(title: "食品安全目标达成得分 · \(result.period.chineseName)", maximum: 100, unit: .points,
                                  bars: bars, referenceLine: line,
                                  stateLabels: [.normal: "各项目标均达成", .alert: "有目标未达成"],
                                  noValueLabel: "无得分").svg
    }
}
