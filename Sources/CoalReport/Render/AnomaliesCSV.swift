import ReportInputs
import ReportPublish

/// `coal/anomalies.csv`: one row per anomaly and export. An anomaly whose records span
/// both exports (one 户号 registered in different villages for coal and for a stove, a
/// phone shared across both) has one row per export under the same 编号.
enum AnomaliesCSV {
    static let header = ["编号", "异常类型", "文件", "镇街", "村居", "户号", "登记编号", "行号", "说明"]

    /// The records of one anomaly in one export.
    struct Row {
        let number: Int
        let anomaly: CoalAnomaly
        let file: String
        let records: [CoalAnomaly.Record]
    }

    /// The rows, numbered from 1 in the results' order.
    static func rows(_ anomalies: [CoalAnomaly]) -> [Row] {
        var rows: [Row] = []
        for (index, anomaly) in anomalies.enumerated() {
            for file in CoalFormat.distinct(anomaly.records.map(\.file)) {
                rows.append(Row(number: index + 1, anomaly: anomaly, file: file,
                                records: anomaly.records.filter { $0.file == file }))
            }
        }
        return rows
    }

    /// - Parameter sourceFiles: turns the records' positions into lines; for an export
    ///   folder, 文件 lists the files and 行号 names each line's file (`01.csv:12`).
    static func render(_ anomalies: [CoalAnomaly], mask: PersonalMask,
                       sourceFiles: SourceFileNames = SourceFileNames()) -> [UInt8] {
        var writer = CSVTableWriter(header: header)
        let distinctList = { (values: [String]) in CoalFormat.list(CoalFormat.distinct(values)) }
        for row in rows(anomalies) {
            writer.append([
                .value(String(row.number)), .value(row.anomaly.kind.title),
                .value(distinctList(row.records.map { sourceFiles.file(of: $0.line) ?? row.file })),
                .text(distinctList(row.records.map(\.township))), .text(distinctList(row.records.map(\.village))),
                .text(distinctList(row.records.map { mask.household($0.householdID) })),
                .text(CoalFormat.list(row.records.map(\.recordID))), .value(lines(row.records, sourceFiles)),
                .text(AnomalyText.detail(row.anomaly.facts, mask: mask, sourceFiles: sourceFiles)),
            ])
        }
        return writer.bytes
    }

    /// `12、15`; when the records lie in several files of an export folder, each line names
    /// its file (`coal_deliveries/01.csv:12、coal_deliveries/02.csv:3`).
    private static func lines(_ records: [CoalAnomaly.Record], _ sourceFiles: SourceFileNames) -> String {
        let files = Set(records.map { sourceFiles.file(of: $0.line) ?? "" })
        return CoalFormat.list(records.map {
            files.count > 1 ? sourceFiles.lineText($0.line) : String(SourceFileNames.line(of: $0.line))
        })
    }

    /// Anomaly rows per export and township (the first record's), for the data-quality
    /// scorecard.
    static func counts(_ anomalies: [CoalAnomaly]) -> [AnomalyCount] {
        var counts: [AnomalyCount] = []
        for row in rows(anomalies) {
            let township = row.records.first?.township ?? ""
            if let index = counts.firstIndex(where: { $0.file == row.file && $0.township == township }) {
                counts[index].count += 1
            } else {
                counts.append(AnomalyCount(file: row.file, township: township, count: 1))
            }
        }
        return counts
    }
}

/// The Chinese detail text of an anomaly.
enum AnomalyText {
    static func detail(_ facts: CoalAnomaly.Facts, mask: PersonalMask,
                       sourceFiles: SourceFileNames = SourceFileNames()) -> String {
        switch facts {
        case .multipleAreas(let areas):
            return "同一户号登记在 \(areas.count) 个镇街/村居：" + CoalFormat.list(areas.map { "\($0.township)/\($0.village)" })
        case .coalOverCap(let kg, let cap):
            return "推广期累计配送 \(CoalFormat.tons(kg)) 吨，超过每户补贴上限 \(CoalFormat.tons(cap)) 吨，超出部分不予补贴"
        case .stovesOverCap(let count, let cap):
            return "累计安装 \(count) 台，超过每户补贴上限 \(cap) 台，超出部分不予补贴"
        case .coalAmountMismatch(let kg, let price, let amount):
            // The same products RowChecks judged; an absurd row can overflow them: say so.
            let (product, overflow) = kg.multipliedReportingOverflow(by: price)
            guard !overflow else { return "数量 \(CoalFormat.tons(kg)) 吨 × 单价 \(CoalFormat.yuan(price)) 元/吨 超出可计算范围" }
            let expected = (product + 500) / 1000
            return "数量 \(CoalFormat.tons(kg)) 吨 × 单价 \(CoalFormat.yuan(price)) 元/吨 = \(CoalFormat.yuan(expected)) 元，"
                + "登记总金额 \(CoalFormat.yuan(amount)) 元，相差 \(CoalFormat.yuan(amount - expected)) 元"
        case .stoveAmountMismatch(let count, let price, let amount):
            let (expected, overflow) = Int64(count).multipliedReportingOverflow(by: price)
            guard !overflow else { return "数量 \(count) 台 × 单价 \(CoalFormat.yuan(price)) 元 超出可计算范围" }
            return "数量 \(count) 台 × 单价 \(CoalFormat.yuan(price)) 元 = \(CoalFormat.yuan(expected)) 元，"
                + "登记总金额 \(CoalFormat.yuan(amount)) 元，相差 \(CoalFormat.yuan(amount - expected)) 元"
        case .sharedPhone(let phone, let households):
            return "联系电话 \(mask.phone(phone)) 由 \(households) 户共用"
        case .reExport(let line):
            return "与\(sourceFiles.lineReference(line))内容完全相同，视为重复导出，只计一次"
        case .conflictingDuplicate(let line):
            let first = sourceFiles.lineReference(line)
            return "与\(first)登记编号相同但内容不同；以\(first)为准，本行已拒收"
        case .outsideCampaign(let day, let campaign, let isInstall):
            return "\(isInstall ? "安装" : "配送")日期 \(day) 不在推广期 \(campaign.lowerBound) 至 \(campaign.upperBound) 内，未计入进度和补贴"
        }
    }
}
