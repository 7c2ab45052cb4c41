import ReportCore
import ReportInputs

extension CoalJob {
    /// Computes the period's results from the rows taken so far. Pure: it reads no file
    /// and no clock, and the same rows always give the same results.
    public func results() -> CoalResults {
        let quality = QualityVerdicts(job: self)
        let walk = HouseholdWalk(job: self, failedBatches: quality.failed)
        let progress = ProgressRanking.progress(job: self, walk: walk)
        let households = AreaSummaries.households(job: self, walk: walk)
        let anomalies = sortedAnomalies(rowAnomalies + AggregateAnomalies.find(job: self, walk: walk))
        return CoalResults(
            scope: scope, policy: policy,
            hasQuotas: reference.quotas.contains { $0.year == scope.quotaYear },
            townships: progress.townships, district: progress.district,
            coalSummary: AreaSummaries.coalRows(job: self, walk: walk),
            stoveSummary: AreaSummaries.stoveRows(job: self, walk: walk),
            households: households,
            subsidy: AreaSummaries.subsidyTotals(walk.tallies, capKilograms: policy.subsidyMaxKilogramsPerHousehold),
            batches: quality.batches, anomalies: anomalies, sourceFiles: sourceFiles,
            monthlyCompletion: monthlyCompletion(quotaKg: progress.district.coalQuotaKg ?? 0),
            previousDistrict: previousDistrict())
    }

    /// The district's coal completion and schedule gap at the end of the previous period of
    /// the same kind (for the brief's changes); nil when there is no previous campaign
    /// period or no quota for it.
    func previousDistrict() -> PreviousProgress? {
        guard let previous = previousScope else { return nil }
        let quotas = townshipNames.compactMap { reference.quota(township: $0, year: previous.quotaYear) }
        guard !quotas.isEmpty else { return nil }
        let quotaKg = quotas.reduce(Int64(0)) { $0 + $1.coalKilograms }
        let kilograms = previousKilograms.reduce(0, +)
        return PreviousProgress(coalCompletion: Rate(numerator: Int(kilograms), denominator: Int(quotaKg)),
                                scheduleGapTenths: ProgressRanking.scheduleGap(coalKg: kilograms, coalQuotaKg: quotaKg,
                                                                               scope: previous))
    }

    /// The months of the trend: the period's, or for a month report the year to date,
    /// from the month the campaign starts (January at the earliest) to the period's month.
    func trendMonths() -> [Period] {
        let months = scope.period.months
        guard scope.period.kind == .month, let last = months.last,
              let january = Day(year: last.year, month: 1, day: 1) else { return months }
        let start = max(scope.campaign.lowerBound, january)
        guard start.year == last.year, start <= last.first else { return months }
        return (start.month...last.index).map { Period(kind: .month, year: last.year, index: $0)! }
    }

    /// Cumulative district completion at each month end of `trendMonths()`: counted
    /// deliveries dated on or before the month's last day over the district quota.
    private func monthlyCompletion(quotaKg: Int64) -> [Rate] {
        let months = trendMonths()
        var perMonth = [Int64](repeating: 0, count: months.count)
        var before: Int64 = 0
        for delivery in deliveries {
            if delivery.day < months[0].first {
                before += delivery.kilograms
            } else if let index = months.firstIndex(where: { $0.contains(delivery.day) }) {
                perMonth[index] += delivery.kilograms
            }
        }
        var cumulative = before
        return perMonth.map { kilograms in
            cumulative += kilograms
            return Rate(numerator: Int(cumulative), denominator: Int(quotaKg))
        }
    }

    /// By kind, then the first township of the records (directory order), the first
    /// record's file (deliveries first) and line, then its 登记编号.
    private func sortedAnomalies(_ anomalies: [CoalAnomaly]) -> [CoalAnomaly] {
        let order = Dictionary(uniqueKeysWithValues: townshipNames.enumerated().map { ($1, $0) })
        func key(_ anomaly: CoalAnomaly) -> (Int, Int, Int, Int, String) {
            let township = anomaly.records.map { order[$0.township] ?? Int.max }.min() ?? Int.max
            let first = anomaly.records.first
            let file = first?.file == CoalDeliveryFile.fileName ? 0 : 1
            return (anomaly.kind.rawValue, township, file, first?.line ?? 0, first?.recordID ?? "")
        }
        return anomalies.map { (key($0), $0) }.sorted { a, b in
            let (x, y) = (a.0, b.0)
            if x.0 != y.0 { return x.0 < y.0 }
            if x.1 != y.1 { return x.1 < y.1 }
            if x.2 != y.2 { return x.2 < y.2 }
            if x.3 != y.3 { return x.3 < y.3 }
            return x.4 < y.4
        }.map(\.1)
    }
}
