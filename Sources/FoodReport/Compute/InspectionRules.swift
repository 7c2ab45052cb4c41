import ReportCore
import ReportInputs

extension FoodInspection {
    /// True when this row is an 抽检 result (合格 or 不合格), whatever its method.
    var isSampleResult: Bool { result != nil }

    /// True when this is a 不合格 result.
    var isFailure: Bool { result == .fail }

    /// Disposed as of `day`: 处置状态 已处置 with a 处置日期 on or before `day`. A failure
    /// disposed after `day` is still open in a report whose period ends on `day`.
    func isDisposed(asOf day: Day) -> Bool {
        guard disposal == .disposed, let disposalDay else { return false }
        return disposalDay <= day
    }
}
