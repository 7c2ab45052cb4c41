import ReportCore
import ReportInputs

/// A figure of a batch sample beyond its limit (博政办字〔2018〕109号 三(一)).
public struct QualityFinding: Sendable, Equatable {
    /// The measured figure.
    public enum Figure: Int, Sendable, CaseIterable {
        /// 全硫 St,d (%), at most the limit.
        case sulfur
        /// 灰分 Ad (%), at most the limit.
        case ash
        /// 挥发分 Vdaf (%), at most the limit.
        case volatile
        /// 发热量 Qnet,ar (MJ/kg), at least the limit.
        case heat
        /// 全水分 Mt (%) of 兰炭, at most the limit.
        case moisture
    }

    public let figure: Figure
    /// The sample's value, in thousandths of the unit.
    public let value: Int64
    /// The limit it broke, in thousandths of the unit.
    public let limit: Int64
}

/// One batch as the quality report shows it: sampled (合格/不合格) or delivered but never
/// sampled by the period end.
public struct BatchQuality: Sendable, Equatable {
    /// The verdict, in the order the report lists batches.
    public enum Verdict: Int, Sendable, Comparable {
        case failed, neverSampled, passed

        public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// 批号 ("" for deliveries that give none).
    public let batch: String
    public let verdict: Verdict
    /// The sample shown: the first failing one (by date, then line), else the latest.
    public let shownSample: CoalQualitySample?
    /// The coal type: the sample's, else the first a delivery of the batch gives.
    public let coalType: String
    /// Samples dated up to the period end, and how many of them failed.
    public let sampleCount: Int
    public let failedSampleCount: Int
    /// The shown sample's figures beyond their limits (empty when it passed).
    public let findings: [QualityFinding]
    /// A 兰炭 batch whose shown sample has no 全水分 figure: moisture could not be checked.
    public let moistureUnchecked: Bool
    /// Counted deliveries from the batch (campaign start to period end).
    public let deliveries: Int
    public let deliveredKg: Int64
    /// Companies that delivered the batch, sorted.
    public let companies: [String]

    /// Who is answerable for the batch: the sample's supplier, else the delivering companies.
    public var suppliers: [String] {
        if let supplier = shownSample?.supplier, !supplier.isEmpty { return [supplier] }
        return companies
    }
}
