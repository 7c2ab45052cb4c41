import ReportPublish

/// The coal job's lines for the top of the summary, in the order leadership asked for:
/// townships behind schedule, failed batches (with their suppliers), suspicious
/// registrations by kind, never-sampled batches, missing quotas.
enum CoalRedFlags {
    static func render(_ results: CoalResults) -> [String] {
        var flags: [String] = []
        let behind = results.behindSchedule
        if !behind.isEmpty {
            flags.append("**清洁煤炭进度滞后** \(behind.count) 个镇街（时间进度 \(results.scope.elapsedShare.percentText)%）："
                + CoalFormat.list(behind.map {
                    "\(MarkdownText.escape($0.township)) 完成 \($0.coalCompletion.percentText)%（\(CoalFormat.tenths($0.scheduleGapTenths)) 个百分点）"
                }) + "；详见 [coal/township_ranking.csv](coal/township_ranking.csv)")
        }
        let failed = results.failedBatches
        if !failed.isEmpty {
            let suppliers = CoalFormat.distinct(failed.flatMap(\.suppliers)).map(MarkdownText.escape)
            flags.append("**煤炭抽检不合格**：\(failed.count) 个批次（供应企业：\(CoalFormat.list(suppliers))），"
                + "已配送 \(CoalFormat.tons(results.failedBatchKg)) 吨，计入进度但不予补贴，供应企业为失信黑名单候选；"
                + "详见 [coal/quality_batches.csv](coal/quality_batches.csv)")
        }
        let counts = results.anomalyCounts
        if !counts.isEmpty {
            flags.append("**清洁煤炭登记异常** \(results.anomalies.count) 条："
                + CoalFormat.list(counts.map { "\($0.kind.title) \($0.count) 条" })
                + "；详见 [coal/anomalies.csv](coal/anomalies.csv)")
        }
        let unsampled = results.neverSampledBatches
        if !unsampled.isEmpty {
            flags.append("**未抽检批次** \(unsampled.count) 个，已配送 \(CoalFormat.tons(results.neverSampledKg)) 吨，"
                + "无抽检记录（方案要求逐批抽检）；详见 [coal/quality_batches.csv](coal/quality_batches.csv)")
        }
        if !results.hasQuotas {
            flags.append("**推广任务缺失**：quotas.csv 未列出 \(results.scope.quotaYear) 年的任务，各镇街无完成率、不排名")
        }
        return flags
    }
}
