import ReportCore
import ReportInputs

/// The service catalogue as the job uses it: items by position, each item's department by
/// position, and the 30% rule applied once per item, so the per-ticket path only looks up
/// the ticket's item code.
public struct CatalogueIndex: Sendable {
    /// Items in `service_items.csv` order.
    public let items: [ServiceItem]
    /// Departments in order of first appearance in the catalogue (their display order, and
    /// the order that breaks ranking ties).
    public let departments: [String]
    /// `departmentOfItem[i]`: the position in `departments` of item `i`'s department.
    public let departmentOfItem: [Int]
    /// `status[i]`: item `i` under the 30% rule.
    public let status: [TimeLimitStatus]
    /// `limits[i]`: item `i`'s time limits, without its strings (what each ticket needs,
    /// read without retaining three strings per ticket).
    public let limits: [ItemLimits]
    private let positionByCode: ByteKeyTable<Int>

    /// Indexes `catalogue` and applies `rule` to every item.
    public init(_ catalogue: ServiceCatalogue, rule: TimeLimitRule) {
        items = catalogue.items
        positionByCode = ByteKeyTable(items.enumerated().map { ($1.code, $0) })
        var departments: [String] = []
        var departmentPosition: [String: Int] = [:]
        var departmentOfItem: [Int] = []
        for item in items {
            if departmentPosition[item.department] == nil {
                departmentPosition[item.department] = departments.count
                departments.append(item.department)
            }
            departmentOfItem.append(departmentPosition[item.department]!)
        }
        self.departments = departments
        self.departmentOfItem = departmentOfItem
        status = items.map(rule.status(of:))
        limits = items.map {
            ItemLimits(statutoryDays: $0.statutoryDays, committedDays: $0.committedDays, isImmediate: $0.isImmediate)
        }
    }

    /// The position of the item with `code`, or nil when the catalogue has no such item.
    public func position(of code: String) -> Int? { positionByCode.value(for: code) }

    /// Positions of the items of department `department` (a position in `departments`).
    public func items(ofDepartment department: Int) -> [Int] {
        items.indices.filter { departmentOfItem[$0] == department }
    }
}

/// The figures of a catalogue item that each ticket is measured against.
public struct ItemLimits: Sendable, Equatable {
    /// 法定时限 in working days.
    public let statutoryDays: Int
    /// 承诺时限 in working days.
    public let committedDays: Int
    /// 即办件.
    public let isImmediate: Bool
}
