import ReportPublish

/// `coal/quality_batches.csv`: every sampled batch and every delivered batch never sampled.
enum QualityBatchesCSV {
    static let header = [
        "批号", "供应企业", "煤炭品种", "抽检日期", "全硫St,d(%)", "灰分Ad(%)", "挥发分Vdaf(%)", "发热量Qnet,ar(MJ/kg)",
        "全水分Mt(%)", "结论", "不合格项目", "抽检次数", "配送次数", "配送量(吨)", "配送企业", "备注",
    ]

    static func verdict(_ verdict: BatchQuality.Verdict) -> String {
        switch verdict {
        case .failed: "不合格"
        case .neverSampled: "未抽检"
        case .passed: "合格"
        }
    }

    static func render(_ batches: [BatchQuality]) -> [UInt8] {
        var writer = CSVTableWriter(header: header)
        for batch in batches {
            let sample = batch.shownSample
            writer.append([
                .text(batch.batch), .text(sample?.supplier ?? ""), .text(batch.coalType),
                .value(sample?.day.description ?? ""),
                .value(sample.map { CoalFormat.figure($0.sulfur) } ?? ""), .value(sample.map { CoalFormat.figure($0.ash) } ?? ""),
                .value(sample.map { CoalFormat.figure($0.volatile) } ?? ""), .value(sample.map { CoalFormat.figure($0.heat) } ?? ""),
                .value(sample?.moisture.map(CoalFormat.figure) ?? ""), .value(verdict(batch.verdict)),
                .value(batch.findings.map(CoalFormat.finding).joined(separator: "；")), .value(String(batch.sampleCount)),
                .value(String(batch.deliveries)), .value(CoalFormat.tons(batch.deliveredKg)),
                .text(CoalFormat.list(batch.companies)), .value(note(batch)),
            ])
        }
        return writer.bytes
    }

    /// Notes: missing 批号, several samples, an unchecked 兰炭 moisture.
    static func note(_ batch: BatchQuality) -> String {
        var notes: [String] = []
        if batch.batch.isEmpty { notes.append("配送登记未填批号") }
        if batch.sampleCount > 1 {
            notes.append(batch.verdict == .failed
                ? "共抽检 \(batch.sampleCount) 次，其中 \(batch.failedSampleCount) 次不合格；所列为首次不合格的抽检"
                : "共抽检 \(batch.sampleCount) 次，均合格；所列为最近一次抽检")
        }
        if batch.moistureUnchecked { notes.append("兰炭未检测全水分") }
        return notes.joined(separator: "；")
    }
}
