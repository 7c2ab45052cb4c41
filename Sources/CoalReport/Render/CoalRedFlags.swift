import ReportPublish

/// The coal job's lines for page 1, each with one number and a link (the lists behind
/// them are in the section): failed batches (critical: coal that fails the standard was
/// delivered), townships behind schedule and missing quotas (major), suspicious
/// registrations and never-sampled batches (minor).
enum CoalRedFlags {
    static func render(_ results: CoalResults) -> [RedFlag] {
        var flags: [RedFlag] = []
        let failed = results.failedBatches
        if !failed.isEmpty {
            let suppliers = CoalFormat.distinct(failed.flatMap(\.suppliers))
            flags.append(RedFlag(.critical, "煤炭抽检不合格 \(strong: failed.count) 个批次（\(suppliers.count) 家供应企业），"
                + "已配送 \(CoalFormat.tons(results.failedBatchKg)) 吨，不予补贴；见 \(link: "coal/quality_batches.csv")"))
        }
        let behind = results.behindSchedule
        if !behind.isEmpty {
            let worst = behind[0]
            flags.append(RedFlag(.major, "清洁煤炭进度滞后 \(strong: behind.count) 个镇街，最慢为\(worst.township)"
                + "（完成 \(worst.coalCompletion.percentText)%，时间进度 \(results.scope.elapsedShare.percentText)%）；"
                + "见 \(link: "coal/township_ranking.csv")"))
        }
        if !results.hasQuotas {
            flags.append(RedFlag(.major, "推广任务缺失：quotas.csv 未列出 \(results.scope.quotaYear) 年的任务，各镇街无完成率、不排名"))
        }
        let counts = results.anomalyCounts
        if !counts.isEmpty {
            flags.append(RedFlag(.minor, "清洁煤炭登记异常 \(strong: results.anomalies.count) 条（\(counts.count) 类）；"
                + "见 \(link: "coal/anomalies.csv")"))
        }
        let unsampled = results.neverSampledBatches
        if !unsampled.isEmpty {
            flags.append(RedFlag(.minor, "未抽检煤炭批次 \(strong: unsampled.count) 个（已配送 \(CoalFormat.tons(results.neverSampledKg)) 吨）；"
                + "见 \(link: "coal/quality_batches.csv")"))
        }
        return flags
    }
}
