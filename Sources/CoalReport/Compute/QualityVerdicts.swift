import ReportCore
import ReportInputs

/// Batch verdicts (SPEC §4.1, 109号 三(一)): a batch fails when any of its samples dated
/// up to the period end breaks a limit; a value exactly at a limit passes. 全水分 is
/// checked for the coal types the policy lists (兰炭), taking the type from the sample,
/// else from the batch's deliveries. The report lists every batch sampled in the quota
/// year up to the period end and every batch delivered in the report's scope.
struct QualityVerdicts {
    /// Failed batches by batch id.
    let failed: Set<Int32>
    /// Batches with at least one sample.
    let sampled: Set<Int32>
    /// Every sampled batch and every delivered batch never sampled, sorted for the report.
    let batches: [BatchQuality]

    /// Figures of `sample` beyond the limits.
    static func findings(_ sample: CoalQualitySample, isLantan: Bool,
                         limits: Policy.QualityLimits) -> [QualityFinding] {
        var findings: [QualityFinding] = []
        if sample.sulfur > limits.sulfurMax { findings.append(.init(figure: .sulfur, value: sample.sulfur, limit: limits.sulfurMax)) }
        if sample.ash > limits.ashMax { findings.append(.init(figure: .ash, value: sample.ash, limit: limits.ashMax)) }
        if sample.volatile > limits.volatileMax {
            findings.append(.init(figure: .volatile, value: sample.volatile, limit: limits.volatileMax))
        }
        if sample.heat < limits.heatMin { findings.append(.init(figure: .heat, value: sample.heat, limit: limits.heatMin)) }
        if isLantan, let moisture = sample.moisture, moisture > limits.lantanMoistureMax {
            findings.append(.init(figure: .moisture, value: moisture, limit: limits.lantanMoistureMax))
        }
        return findings
    }

    init(job: CoalJob) {
        let limits = job.policy.quality
        var samplesByBatch: [Int32: [SampleEntry]] = [:]
        for entry in job.samples { samplesByBatch[entry.batch, default: []].append(entry) }

        struct Delivered { var count = 0, kg: Int64 = 0, companies = Set<Int32>() }
        var delivered: [Int32: Delivered] = [:]
        for entry in job.deliveries {
            delivered[entry.batch, default: Delivered()].count += 1
            delivered[entry.batch, default: Delivered()].kg += entry.kilograms
            delivered[entry.batch, default: Delivered()].companies.insert(entry.company)
        }

        var failed = Set<Int32>()
        var rows: [BatchQuality] = []
        // Listed: batches sampled in the quota year or delivered in the report's scope; a
        // batch's verdict still uses all its samples up to the period end.
        let sampledThisYear = job.samples.filter { $0.sample.day >= job.scope.yearStart }.map(\.batch)
        for batch in Set(sampledThisYear).union(delivered.keys) {
            let samples = (samplesByBatch[batch] ?? []).sorted { ($0.sample.day, $0.line) < ($1.sample.day, $1.line) }
            let typeOf = { (sample: CoalQualitySample) in
                sample.coalType.isEmpty ? job.batchCoalTypes[batch] ?? "" : sample.coalType
            }
            let verdicts = samples.map { entry in
                Self.findings(entry.sample, isLantan: limits.lantanTypes.contains(typeOf(entry.sample)), limits: limits)
            }
            let firstFailure = verdicts.firstIndex { !$0.isEmpty }
            let shownIndex = firstFailure ?? (samples.isEmpty ? nil : samples.count - 1)
            let shown = shownIndex.map { samples[$0].sample }
            let coalType = shown.map(typeOf) ?? job.batchCoalTypes[batch] ?? ""
            let verdict: BatchQuality.Verdict = samples.isEmpty ? .neverSampled : firstFailure != nil ? .failed : .passed
            if verdict == .failed { failed.insert(batch) }
            let info = delivered[batch] ?? Delivered()
            rows.append(BatchQuality(
                batch: job.batches[batch], verdict: verdict, shownSample: shown, coalType: coalType,
                sampleCount: samples.count, failedSampleCount: verdicts.filter { !$0.isEmpty }.count,
                findings: shownIndex.map { verdicts[$0] } ?? [],
                moistureUnchecked: shown.map { limits.lantanTypes.contains(coalType) && $0.moisture == nil } ?? false,
                deliveries: info.count, deliveredKg: info.kg,
                companies: info.companies.map { job.companies[$0] }.sorted(by: ByteOrder.precedes)))
        }
        rows.sort { a, b in
            if a.verdict != b.verdict { return a.verdict < b.verdict }
            if !a.batch.utf8.elementsEqual(b.batch.utf8) { return ByteOrder.precedes(a.batch, b.batch) }
            return (a.shownSample?.day.ordinal ?? 0) < (b.shownSample?.day.ordinal ?? 0)
        }
        self.failed = failed
        sampled = Set(samplesByBatch.keys)
        batches = rows
    }
}
