import ReportPublish

/// `coal/village_company.csv` (附件5/6) and `coal/stove_village_company.csv` (附件7/8).
enum AreaSummaryCSV {
    static let coalHeader = [
        "行类型", "镇街", "村居", "配送企业", "户数", "数量(吨)", "其中不合格批次(吨)", "金额(元)",
        "应补贴金额(元)", "应补贴金额(大写)",
    ]
    static let stoveHeader = [
        "行类型", "镇街", "村居", "配送企业", "炉具型号", "户数", "数量(台)", "金额(元)", "应补贴金额(元)", "应补贴金额(大写)",
    ]

    static func level(_ level: SummaryLevel) -> CSVCell {
        switch level {
        case .cell: "明细"
        case .townshipSubtotal: "镇街小计"
        case .districtTotal: "全区合计"
        }
    }

    static func township(_ name: String, _ level: SummaryLevel) -> CSVCell {
        level == .districtTotal ? .value("全区") : .text(name)
    }

    static func coal(_ rows: [CoalSummaryRow]) -> [UInt8] {
        var writer = CSVTableWriter(header: coalHeader)
        for row in rows {
            writer.append([
                level(row.level), township(row.township, row.level), .text(row.village), .text(row.company),
                .value(String(row.households)), .value(CoalFormat.tons(row.kilograms)),
                .value(CoalFormat.tons(row.failedBatchKg)), .value(CoalFormat.yuan(row.amountFen)),
                .value(CoalFormat.yuan(row.subsidyFen)), .value(CoalFormat.capital(row.subsidyFen)),
            ])
        }
        return writer.bytes
    }

    static func stoves(_ rows: [StoveSummaryRow]) -> [UInt8] {
        var writer = CSVTableWriter(header: stoveHeader)
        for row in rows {
            writer.append([
                level(row.level), township(row.township, row.level), .text(row.village), .text(row.company),
                .text(row.model), .value(String(row.households)), .value(String(row.stoves)),
                .value(CoalFormat.yuan(row.amountFen)), .value(CoalFormat.yuan(row.subsidyFen)),
                .value(CoalFormat.capital(row.subsidyFen)),
            ])
        }
        return writer.bytes
    }
}
