import ReportPublish

/// `service/item_compression.csv`: one row per catalogue item, in catalogue order.
enum ItemCompressionTable {
    static let path = "service/item_compression.csv"
    static let header = [
        "事项编码", "事项名称", "部门", "法定时限(工作日)", "承诺时限(工作日)", "即办件", "复杂事项",
        "承诺占法定比例(%)", "承诺压缩率(%)", "承诺时限达标情况",
        "办结量", "按时办结量", "按时办结率(%)", "参评量", "满意量", "满意率(%)",
    ]

    static func render(_ report: ServiceReport) -> [UInt8] {
        var writer = CSVTableWriter(header: header)
        for row in report.items {
            let item = row.item
            writer.append([
                .text(item.code), .text(item.name), .text(item.department),
                ServiceCells.count(item.statutoryDays), ServiceCells.count(item.committedDays),
                ServiceCells.yesNo(item.isImmediate), ServiceCells.yesNo(item.isComplex),
                ServiceCells.rate(row.committedShare), ServiceCells.rate(row.compression),
                .value(ServiceCells.label(row.status)),
                ServiceCells.count(row.completed), ServiceCells.count(row.onTime), ServiceCells.rate(row.onTimeRate),
                ServiceCells.count(row.rated), ServiceCells.count(row.satisfied), ServiceCells.rate(row.satisfactionRate),
            ])
        }
        return writer.bytes
    }
}
