import ReportPublish

/// `food/township_indicators.csv`: one row per 镇街 × 指标 (long format, for pivots),
/// townships in display order, then the district (全区); indicators in SPEC order.
enum IndicatorsTable {
    static let path = "food/township_indicators.csv"
    static let header = ["镇街", "指标", "分子", "分母", "实际值(%)", "目标值(%)", "差距(百分点)", "是否达标"]

    static func render(_ result: FoodResult) -> [UInt8] {
        var writer = CSVTableWriter(header: header)
        for area in result.townships + [result.district] {
            for outcome in area.outcomes {
                writer.append([
                    .text(FoodLabels.name(area.area)),
                    .value(outcome.indicator.name),
                    .value(String(outcome.numerator)),
                    .value(outcome.denominator.map(String.init) ?? ""),
                    .value(FoodLabels.percent(outcome)),
                    .value(FoodLabels.tenths(outcome.target)),
                    .value(FoodLabels.tenths(outcome.gapTenths)),
                    .value(FoodLabels.status(outcome.status)),
                ])
            }
        }
        return writer.bytes
    }
}
