import ReportPublish

/// The food job's red flags for the top of the summary: the targets missed and by whom,
/// then the failed results still open at period end.
enum FoodRedFlags {
    static func render(_ result: FoodResult) -> [String] {
        var flags: [String] = []
        let missed = MissedTarget.all(in: result)
        if !missed.isEmpty {
            let list = missed.map { target in
                target.indicator.name + "（" + target.townships.map { MarkdownText.escape($0.name) }.joined(separator: "、") + "）"
            }
            flags.append("食品安全：\(missed.count) 项目标有镇街未达标——" + list.joined(separator: "；")
                + "，见 [\(IndicatorsTable.path)](\(IndicatorsTable.path))")
        }
        if !result.openFailures.isEmpty {
            flags.append("食品安全：截至 \(result.period.last) 有 \(result.openFailures.count) 个抽检不合格结果未处置（"
                + OpenFailureCounts.byTownship(result) + "），最久 \(OpenFailureCounts.oldestAge(result.openFailures)) 天，"
                + "见 [\(OpenFailuresTable.path)](\(OpenFailuresTable.path))")
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
        return ranked.map { "\(MarkdownText.escape($0)) \(counts[$0]!) 个" }.joined(separator: "、")
    }

    /// The age in days of the oldest open failure (0 when there is none).
    static func oldestAge(_ failures: [OpenFailure]) -> Int {
        failures.map(\.ageDays).max() ?? 0
    }
}
