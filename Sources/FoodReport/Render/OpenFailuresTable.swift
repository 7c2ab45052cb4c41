import ReportPublish

/// `food/open_failures.csv`: every 不合格 result dated on or before period end and not
/// disposed by period end, oldest first. 处置状态 and 处置日期 are as exported; 期末状态
/// is the status on the last day of the period. Entity names are business names from
/// the public register, not personal data, so they are not masked.
enum OpenFailuresTable {
    static let path = "food/open_failures.csv"
    static let header = ["检查编号", "镇街", "主体编号", "主体名称", "主体类型", "检查方式", "检查日期", "不合格项目",
                         "处置状态", "处置日期", "期末状态", "未处置天数"]

    static func render(_ result: FoodResult) -> [UInt8] {
        var writer = CSVTableWriter(header: header)
        for failure in result.openFailures {
            let row = failure.inspection
            writer.append([
                .text(row.inspectionID),
                .text(row.township),
                .text(row.entityID),
                .text(failure.entityName),
                .value(failure.entityType),
                .value(row.method),
                .value(row.day.description),
                .text(row.failedItems),
                .value(row.disposal?.rawValue ?? ""),
                .value(row.disposalDay?.description ?? ""),
                .value(FoodLabels.status(failure.status)),
                .value(String(failure.ageDays)),
            ])
        }
        return writer.bytes
    }
}
