import Testing
import ReportCore
@testable import FoodReport
@testable import ReportInputs

/// A small hand-made district for the food tests: three townships, twelve entities and
/// fourteen inspections whose every figure is worked out by hand in the tests.
///
/// | township (order) | entities |
/// |---|---|
/// | 博山镇 (1) | BS-C1, BS-C2 学校食堂; BS-R1 食品相关产品; BS-K1 中央厨房 (明厨亮灶 是); BS-S1 小餐饮 (备案 是); BS-S2 食品摊点 (备案 否) |
/// | 池上镇 (2) | CS-C1 学校食堂; CS-P1 食品生产企业; CS-K1 集体用餐配送单位 (明厨亮灶 否); CS-S1 食品小作坊 (备案 是) |
/// | 城西街道 (3) | CX-R1 食品相关产品; CX-S1 小餐饮 (备案 是) |
enum FoodFixture {
    static let townships = TownshipDirectory([
        Township(name: "城西街道", aliases: [], order: 3),
        Township(name: "博山镇", aliases: [], order: 1),
        Township(name: "池上镇", aliases: [], order: 2),
    ])

    static let register = FoodEntityRegister([
        entity("BS-C1", "博山一中食堂", "博山镇", .schoolCanteen),
        entity("BS-C2", "博山二小食堂", "博山镇", .schoolCanteen),
        entity("BS-R1", "博山包装制品厂", "博山镇", .relatedProducts),
        entity("BS-K1", "博山中央厨房", "博山镇", .centralKitchen, openKitchen: true),
        entity("BS-S1", "博山快餐店", "博山镇", .smallEatery, registered: true),
        entity("BS-S2", "博山烧饼摊", "博山镇", .foodStall, registered: false),
        entity("CS-C1", "池上小学食堂", "池上镇", .schoolCanteen),
        entity("CS-P1", "池上豆制品厂", "池上镇", .producer),
        entity("CS-K1", "池上团餐配送", "池上镇", .groupMealDelivery, openKitchen: false),
        entity("CS-S1", "池上豆腐坊", "池上镇", .smallWorkshop, registered: true),
        entity("CX-R1", "城西塑料制品厂", "城西街道", .relatedProducts),
        entity("CX-S1", "城西面馆", "城西街道", .smallEatery, registered: true),
    ])

    static let targets = try! BuiltInPolicy.load().food

    static func entity(_ id: String, _ name: String, _ township: String, _ type: FoodEntityType,
                       registered: Bool = false, openKitchen: Bool = false) -> FoodEntity {
        FoodEntity(id: id, name: name, township: township, type: type, isRegistered: registered,
                   hasOpenKitchen: openKitchen)
    }

    static func day(_ text: String) -> Day {
        let parts = text.split(separator: "-").map { Int($0)! }
        return Day(year: parts[0], month: parts[1], day: parts[2])!
    }

    /// An inspection of `entity` (its township taken from the register, as the reader does).
    static func inspection(_ id: String, _ entity: String, _ date: String, method: String = "日常检查",
                           result: SampleResult? = nil, failedItems: String = "",
                           disposal: DisposalStatus? = nil, disposedOn: String? = nil,
                           published: Bool? = nil, grade: HygieneGrade? = nil) -> FoodInspection {
        FoodInspection(inspectionID: id, entityID: entity, township: register.entity(id: entity)!.township,
                       method: method, day: day(date), result: result,
                       failedItems: failedItems.isEmpty && result == .fail ? "菌落总数超标" : failedItems,
                       disposal: disposal, disposalDay: disposedOn.map(day), published: published, grade: grade)
    }

    /// The fourteen inspections, in file order.
    static let rows: [FoodInspection] = [
        inspection("J01", "BS-C1", "2018-08-10", grade: .b),                       // Q3: canteen B
        inspection("J02", "BS-C1", "2018-11-05", grade: .c),                       // Q4: same canteen, later C
        inspection("J03", "BS-C2", "2018-10-15", grade: .a),
        inspection("J04", "BS-R1", "2018-10-20", method: "监督抽检", result: .pass, published: true),
        inspection("J05", "BS-R1", "2018-11-20", method: "监督抽检", result: .fail,
                   disposal: .disposed, disposedOn: "2018-12-10", published: true),
        inspection("J06", "BS-S1", "2018-03-01"),                                  // 三小, earlier in the year
        inspection("J07", "CS-P1", "2018-12-20", method: "监督抽检", result: .fail,
                   disposal: .disposed, disposedOn: "2019-01-01", published: false), // disposed the day after Q4
        inspection("J08", "CS-P1", "2018-10-08", method: "快速检测", result: .pass, published: true),
        inspection("J09", "CS-C1", "2018-12-01", grade: .b),
        inspection("J10", "CS-C1", "2019-01-05", grade: .c),                       // after period end
        inspection("J11", "CX-R1", "2018-12-05", method: "监督抽检", result: .fail,
                   disposal: .inProgress, published: true),
        inspection("J12", "CX-R1", "2018-09-12", method: "监督抽检", result: .pass, published: true),
        inspection("J13", "CX-S1", "2017-12-20"),                                  // 三小, the year before
        inspection("J14", "BS-R1", "2018-07-15", method: "监督抽检", result: .fail,
                   disposal: .notDisposed),                                         // Q3 failure never disposed
    ]

    /// A job for `period` fed `rows` in order (line = index + 2, after the header).
    static func job(_ period: String, rows: [FoodInspection] = rows) -> FoodJob {
        var job = FoodJob(period: Period(period)!, townships: townships, register: register, targets: targets)
        for (index, row) in rows.enumerated() { _ = job.add(row, line: index + 2) }
        return job
    }

    static func result(_ period: String = "2018-Q4", rows: [FoodInspection] = rows) -> FoodResult {
        job(period, rows: rows).result()
    }
}

extension FoodResult {
    /// The indicators of the township named `name`.
    func township(_ name: String) -> AreaIndicators {
        townships.first { $0.townshipName == name }!
    }
}

/// The text lines of a CSV report (BOM dropped, split on CRLF, no trailing empty line).
func csvLines(_ bytes: [UInt8]) -> [String] {
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    // CRLF is one Character in Swift, so this splits on whole record ends only.
    var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
}
