import ReportPublish

/// `coal/completion.svg`: coal completion per township in ranking order, red
/// (`ChartPalette.behind`) when behind schedule, blue otherwise, with the elapsed share
/// as a dashed line; townships without a coal quota show "—". The axis reaches 100% or
/// the highest completion, whichever is more, rounded up to a tick (112.1% → 125%).
enum CompletionChart {
    static func title(_ results: CoalResults) -> String {
        "各镇街清洁煤炭完成率（截至 \(results.scope.period.last)）"
    }

    static func svg(_ results: CoalResults) -> String {
        let bars = results.townships.map { row in
            HorizontalBarChart.Bar(
                label: row.township, value: row.coalCompletion.fraction,
                valueText: row.coalCompletion.percentText + "%", state: row.isBehindSchedule ? .alert : .normal)
        }
        let highest = results.townships.compactMap(\.coalCompletion.fraction).max() ?? 1
        let elapsed = results.scope.elapsedShare
        let chart = HorizontalBarChart(
            title: title(results), maximum: max(1, highest), unit: .fraction, bars: bars,
            referenceLine: elapsed.fraction.map { .init(value: $0, label: "时间进度 \(elapsed.percentText)%", name: "时间进度") },
            stateLabels: [.normal: "不低于时间进度", .alert: "落后于时间进度"],
            noValueLabel: "无清洁煤炭任务")
        return chart.svg
    }
}
