import ReportCore
import ReportInputs

/// A 不合格 result dated on or before period end that was not disposed by period end
/// (SPEC §4.2 "the failed results still not disposed, with their age in days").
public struct OpenFailure: Sendable, Hashable {
    /// Where the failure stood on the last day of the period.
    public enum StatusAtPeriodEnd: Sendable, Hashable {
        /// 处置状态 未处置.
        case notDisposed
        /// 处置状态 处置中.
        case inProgress
        /// 已处置, but on a date after the period end: still open in this period's report.
        case disposedAfterPeriodEnd
        /// 处置状态 left empty in the export.
        case unreported
    }

    /// The inspection row as read (its 处置状态 and 处置日期 are those of the export).
    public let inspection: FoodInspection
    /// 主体名称 from the register.
    public let entityName: String
    /// 主体类型 from the register.
    public let entityType: String
    /// Days from the inspection date to the period end (period end − 检查日期).
    public let ageDays: Int
    /// The status as of period end.
    public let status: StatusAtPeriodEnd

    /// The open failure for `inspection` as of `periodEnd`, or nil when it is not a
    /// 不合格 result, is dated after `periodEnd`, or was disposed by then.
    public init?(_ inspection: FoodInspection, entity: FoodEntity, periodEnd: Day) {
        guard inspection.isFailure, inspection.day <= periodEnd, !inspection.isDisposed(asOf: periodEnd) else {
            return nil
        }
        self.inspection = inspection
        entityName = entity.name
        entityType = entity.typeName
        ageDays = periodEnd - inspection.day
        switch inspection.disposal {
        case .disposed: status = .disposedAfterPeriodEnd
        case .inProgress: status = .inProgress
        case .notDisposed: status = .notDisposed
        case nil: status = .unreported
        }
    }

    /// Oldest first; then by township display order, then by 检查编号.
    static func reportOrder(_ townships: TownshipDirectory) -> (OpenFailure, OpenFailure) -> Bool {
        { a, b in
            let left = (a.inspection.day, townships.order(of: a.inspection.township), a.inspection.inspectionID)
            let right = (b.inspection.day, townships.order(of: b.inspection.township), b.inspection.inspectionID)
            return left < right
        }
    }
}
