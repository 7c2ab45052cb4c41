import ReportCore
import ReportInputs

/// Township progress and the ranking of SPEC §4.1/§4.4.
///
/// Score = 100 × (w_coal × min(coal completion, 1) + w_stove × min(stove completion, 1)),
/// weights from the policy. A township is ranked only when both its quotas are above 0
/// and the campaign has begun by the period end (before that every score is 0 and a
/// ranking would say nothing). Standard competition ranking on the score shown with one
/// decimal; ties keep the directory order. The previous period of the same kind is
/// ranked the same way from the same inputs.
enum ProgressRanking {
    /// The score of one township with both quotas above 0.
    static func score(coalKg: Int64, coalQuotaKg: Int64, stoves: Int, stoveQuota: Int,
                      policy: Policy.Coal) -> Double {
        let coal = min(Double(coalKg) / Double(coalQuotaKg), 1)
        let stove = min(Double(stoves) / Double(stoveQuota), 1)
        return 100 * (policy.weightCoal * coal + policy.weightStove * stove)
    }

    /// Scores in directory order, nil for townships not ranked.
    static func scores(kilograms: [Int64], stoves: [Int], quotas: [Quota?], scope: CampaignScope,
                       policy: Policy.Coal) -> [Double?] {
        quotas.indices.map { t in
            guard status(quota: quotas[t], scope: scope) == .ranked, let quota = quotas[t] else { return nil }
            return score(coalKg: kilograms[t], coalQuotaKg: quota.coalKilograms, stoves: stoves[t],
                         stoveQuota: quota.stoves, policy: policy)
        }
    }

    /// Coal completion minus elapsed share, as shown (tenths of a point); nil without a
    /// coal quota above 0.
    static func scheduleGap(coalKg: Int64, coalQuotaKg: Int64?, scope: CampaignScope) -> Int? {
        guard let completion = Rate(numerator: Int(coalKg), denominator: Int(coalQuotaKg ?? 0)).tenthsOfPercent,
              let elapsed = scope.elapsedShare.tenthsOfPercent else { return nil }
        return completion - elapsed
    }

    /// Why a township is or is not ranked.
    static func status(quota: Quota?, scope: CampaignScope) -> TownshipProgress.RankingStatus {
        guard let quota else { return .quotaMissing }
        guard quota.coalKilograms > 0, quota.stoves > 0 else { return .quotaZero }
        return scope.hasStarted ? .ranked : .campaignNotStarted
    }

    /// Every township in ranking order (ranked first, unranked last, ties and unranked
    /// in directory order), and the district row.
    static func progress(job: CoalJob, walk: HouseholdWalk) -> (townships: [TownshipProgress], district: TownshipProgress) {
        let names = job.townshipNames
        var kilograms = Array(repeating: Int64(0), count: names.count), kilogramsInPeriod = kilograms
        var stoves = Array(repeating: 0, count: names.count), stovesInPeriod = stoves
        for row in job.deliveries {
            kilograms[Int(row.township)] += row.kilograms
            if row.inPeriod { kilogramsInPeriod[Int(row.township)] += row.kilograms }
        }
        for row in job.installs {
            stoves[Int(row.township)] += row.count
            if row.inPeriod { stovesInPeriod[Int(row.township)] += row.count }
        }
        let scope = job.scope
        let quotas = names.map { job.reference.quota(township: $0, year: scope.quotaYear) }
        let scores = scores(kilograms: kilograms, stoves: stoves, quotas: quotas, scope: scope, policy: job.policy)
        let ranks = CompetitionRanking.ranks(scores)
        var previousRanks = [Int?](repeating: nil, count: names.count)
        if let previous = job.previousScope {
            let previousQuotas = names.map { job.reference.quota(township: $0, year: previous.quotaYear) }
            previousRanks = CompetitionRanking.ranks(
                Self.scores(kilograms: job.previousKilograms, stoves: job.previousStoves, quotas: previousQuotas,
                            scope: previous, policy: job.policy))
        }
        let townships = names.indices.map { t in
            TownshipProgress(
                township: names[t], coalQuotaKg: quotas[t]?.coalKilograms, stoveQuota: quotas[t]?.stoves,
                coalHouseholds: walk.coalHouseholds[t], coalKg: kilograms[t], coalKgInPeriod: kilogramsInPeriod[t],
                stoveHouseholds: walk.stoveHouseholds[t], stoves: stoves[t], stovesInPeriod: stovesInPeriod[t],
                scheduleGapTenths: scheduleGap(coalKg: kilograms[t], coalQuotaKg: quotas[t]?.coalKilograms, scope: scope),
                rankingStatus: status(quota: quotas[t], scope: scope), score: scores[t], rank: ranks[t], previousRank: previousRanks[t])
        }

        let listed = quotas.compactMap { $0 }
        let coalQuota = listed.isEmpty ? nil : listed.reduce(Int64(0)) { $0 + $1.coalKilograms }
        let stoveQuota = listed.isEmpty ? nil : listed.reduce(0) { $0 + $1.stoves }
        let totalKg = kilograms.reduce(0, +)
        let district = TownshipProgress(
            township: "", coalQuotaKg: coalQuota, stoveQuota: stoveQuota,
            coalHouseholds: walk.districtCoalHouseholds, coalKg: totalKg,
            coalKgInPeriod: kilogramsInPeriod.reduce(0, +),
            stoveHouseholds: walk.districtStoveHouseholds, stoves: stoves.reduce(0, +),
            stovesInPeriod: stovesInPeriod.reduce(0, +),
            scheduleGapTenths: scheduleGap(coalKg: totalKg, coalQuotaKg: coalQuota, scope: scope),
            rankingStatus: .district, score: nil, rank: nil, previousRank: nil)
        return (CompetitionRanking.order(scores).map { townships[$0] }, district)
    }
}
