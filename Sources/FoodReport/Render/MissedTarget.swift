import ReportPublish

/// The targets missed in a period and by whom, as the summary and the red flags list
/// them: indicators in SPEC order; within one, the townships worst first (lowest exact
/// rate), ties in display order.
struct MissedTarget {
    /// The indicator.
    let indicator: FoodIndicator
    /// Its target in tenths of a percent.
    let target: Int
    /// The townships that miss it, worst first.
    let townships: [(name: String, outcome: IndicatorOutcome)]
    /// The district's outcome for the same indicator.
    let district: IndicatorOutcome

    /// Every indicator with at least one township below its target.
    static func all(in result: FoodResult) -> [MissedTarget] {
        FoodIndicator.allCases.compactMap { indicator in
            let missing = result.townships.compactMap { area -> (name: String, outcome: IndicatorOutcome)? in
                let outcome = area.outcome(indicator)
                guard outcome.status == .missed, let name = area.townshipName else { return nil }
                return (name, outcome)
            }
            guard !missing.isEmpty, let target = indicator.target(in: result) else { return nil }
            // Stable sort keeps display order among equal rates.
            let worstFirst = missing.enumerated().sorted { a, b in
                let x = a.element.outcome, y = b.element.outcome
                let left = x.numerator * (y.denominator ?? 1), right = y.numerator * (x.denominator ?? 1)
                return left != right ? left < right : a.offset < b.offset
            }.map(\.element)
            return MissedTarget(indicator: indicator, target: target, townships: worstFirst,
                                district: result.district.outcome(indicator))
        }
    }

    /// `学校食堂B级以上率 未达标：池上镇 90.0%（18/20）、石马镇 92.3%（12/13）（目标 95.0%；全区 96.1%）`.
    var line: String {
        let who = townships.map { "\($0.name) \(Self.percentWithCounts($0.outcome))" }
        return "\(indicator.name) 未达标：" + who.joined(separator: "、")
            + "（目标 \(FoodLabels.tenths(target))%；\(FoodLabels.district) \(Self.percentWithCounts(district))）"
    }

    /// `90.0%（18/20）`.
    static func percentWithCounts(_ outcome: IndicatorOutcome) -> String {
        let percent = FoodLabels.percent(outcome)
        return (percent.isEmpty ? TableCell.emptyMark : percent + "%")
            + "（\(outcome.numerator)/\(outcome.denominator ?? 0)）"
    }
}

extension FoodIndicator {
    /// The target the outcomes of `result` were judged against.
    fileprivate func target(in result: FoodResult) -> Int? {
        result.district.outcome(self).target
    }
}
