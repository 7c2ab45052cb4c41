import ReportPublish

/// The food job's red flags for page 1, each with one number and a link: failed results
/// still open at period end (critical: unsafe food may still be sold), then the targets
/// missed (major; by whom is in the section).
enum FoodRedFlags {
    static func render(_ result: FoodResult) -> [RedFlag] {
        var flags: [RedFlag] = []
        if !result.openFailures.isEmpty {
            flags.append(RedFlag(.critical, "食品抽检不合格结果 \(strong: result.openFailures.count) 个未处置，"
                + "最久 \(OpenFailureCounts.oldestAge(result.openFailures)) 天；见 \(link: OpenFailuresTable.path)"))
        }
        let missed = MissedTarget.all(in: result)
        if !missed.isEmpty {
            let townships = Set(missed.flatMap { $0.townships.map(\.name) }).count
            flags.append(RedFlag(.major, "食品安全 \(strong: missed.count) 项考核目标有镇街未达标（涉及 \(townships) 个镇街）；"
                + "见 \(link: IndicatorsTable.path)"))
        }
        return flags
    }
}

/// Summaries of the open failures shared by the red flags and the section.
enum OpenFailureCounts {
    /// `池上镇 2 个、博山镇 1 个`: the townships of `result` with open failures, most
    /// first, ties in display order.
    static func byTownship(_ result: FoodResult) -> String {
        var counts: [String: Int] = [:]
        for failure in result.openFailures { counts[failure.inspection.township, default: 0] += 1 }
        let names = result.townships.compactMap(\.townshipName).filter { counts[$0] != nil }
        let ranked = names.enumerated().sorted { a, b in
            let x = counts[a.element]!, y = counts[b.element]!
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
        return ranked.map { "\($0) \(counts[$0]!) 个" }.joined(separator: "、")
    }

    /// The age in days of the oldest open failure (0 when there is none).
    static func oldestAge(_ failures: [OpenFailure]) -> Int {
        failures.map(\.ageDays).max() ?? 0
    }
}
