import ReportCore
import ReportInputs

/// The ranking score of SPEC §4.3: the weighted mean, with the policy's service weights,
/// of 时限达标事项率, 按时办结率, 一次办好率, 网办率 and 满意率 in percent, over those rates
/// that are defined for the group (an empty rate is left out, and so is its weight).
///
/// A group with no ticket completed in the period is not ranked (nil), nor is one whose
/// defined rates all have weight 0. With the default equal weights, rates 100, 80, 90, 50
/// and an empty 满意率 score (100 + 80 + 90 + 50) / 4 = 80.0.
public struct ServiceScore: Sendable, Hashable {
    public let itemCompliance: Double
    public let onTime: Double
    public let oneVisit: Double
    public let online: Double
    public let satisfaction: Double

    /// The weights of `policy`.
    public init(_ policy: Policy.Service) {
        self.init(itemCompliance: policy.weightItemCompliance, onTime: policy.weightOnTime,
                  oneVisit: policy.weightOneVisit, online: policy.weightOnline,
                  satisfaction: policy.weightSatisfaction)
    }

    /// Explicit weights.
    public init(itemCompliance: Double, onTime: Double, oneVisit: Double, online: Double, satisfaction: Double) {
        self.itemCompliance = itemCompliance
        self.onTime = onTime
        self.oneVisit = oneVisit
        self.online = online
        self.satisfaction = satisfaction
    }

    /// The score of `group`, or nil when it is not ranked.
    public func score(of group: GroupIndicators) -> Double? {
        guard group.completed > 0 else { return nil }
        let terms: [(Rate, Double)] = [
            (group.itemCompliance, itemCompliance), (group.onTimeRate, onTime), (group.oneVisitRate, oneVisit),
            (group.onlineRate, online), (group.satisfactionRate, satisfaction),
        ]
        var weighted = 0.0, weights = 0.0
        for (rate, weight) in terms {
            guard let fraction = rate.fraction, weight > 0 else { continue }
            weighted += weight * fraction * 100
            weights += weight
        }
        return weights > 0 ? weighted / weights : nil
    }
}
