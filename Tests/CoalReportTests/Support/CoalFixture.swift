import ReportCore
@testable import ReportInputs
@testable import CoalReport

/// A small district built in code: 博山镇 and 源泉镇 and 石马镇 with quotas, 城西街道 with
/// quota 0 (as in 附件2), and the gazette policy (120 yuan/t up to 2 t, 150 yuan per
/// stove up to 1, campaign 1 September – 31 December).
enum CoalFixture {
    static let townships = ["博山镇", "源泉镇", "石马镇", "城西街道"]

    /// 2018 quotas: 博山镇 4 t / 2 stoves, 源泉镇 4 t / 2, 石马镇 8 t / 4, 城西街道 0 / 0.
    static let quotas2018: [(String, Int64, Int)] = [
        ("博山镇", 4_000, 2), ("源泉镇", 4_000, 2), ("石马镇", 8_000, 4), ("城西街道", 0, 0),
    ]

    static func reference(quotas: [(String, Int64, Int)] = quotas2018, year: Int = 2018) -> ReferenceData {
        let directory = TownshipDirectory(townships.enumerated().map { Township(name: $1, aliases: [], order: $0 + 1) })
        let calendar = try! WorkingDayCalendar(entries: [(day("2018-10-01"), .holiday)])
        return ReferenceData(
            townships: directory,
            quotas: quotas.map { Quota(year: year, township: $0.0, coalKilograms: $0.1, stoves: $0.2) },
            calendar: calendar, catalogue: ServiceCatalogue([]), register: FoodEntityRegister([]))
    }

    static let policy = try! BuiltInPolicy.load()

    static func job(_ period: String, reference: ReferenceData = reference(), policy: Policy = policy) -> CoalJob {
        try! CoalJob(period: Period(period)!, reference: reference, policy: policy)
    }

    static func day(_ text: String) -> Day {
        let parts = text.split(separator: "-").map { Int($0)! }
        return Day(year: parts[0], month: parts[1], day: parts[2])!
    }

    /// October: 博山镇 2 t, 源泉镇 1 t, 石马镇 2 t, 城西街道 1 t; stoves 博山镇 1, 源泉镇 1, 石马镇 2.
    /// November: 源泉镇 +3 t (two households of 1.5 t), 石马镇 +2 t.
    static func twoMonths(_ period: String) -> CoalJob {
        var result = CoalFixture.job(period)
        result.feed([
            CoalFixture.delivery("M1", "博山镇", "东村", household: "B1", kg: 2_000, on: "2018-10-05"),
            CoalFixture.delivery("M2", "源泉镇", "南村", household: "Y1", kg: 1_000, on: "2018-10-06"),
            CoalFixture.delivery("M3", "石马镇", "北村", household: "S1", kg: 2_000, on: "2018-10-07"),
            CoalFixture.delivery("M4", "城西街道", "西关", household: "C1", kg: 1_000, on: "2018-10-08"),
            CoalFixture.delivery("M5", "源泉镇", "南村", household: "Y2", kg: 1_500, on: "2018-11-02"),
            CoalFixture.delivery("M6", "源泉镇", "南村", household: "Y3", kg: 1_500, on: "2018-11-03"),
            CoalFixture.delivery("M7", "石马镇", "北村", household: "S2", kg: 2_000, on: "2018-11-04"),
        ])
        result.feed([
            CoalFixture.install("S1", "博山镇", "东村", household: "B1", on: "2018-10-05"),
            CoalFixture.install("S2", "源泉镇", "南村", household: "Y1", on: "2018-10-06"),
            CoalFixture.install("S3", "石马镇", "北村", household: "S1", on: "2018-10-07"),
            CoalFixture.install("S4", "石马镇", "北村", household: "S3", on: "2018-10-07"),
        ])
        return result
    }

    /// A delivery; the amount defaults to tons × price (800 yuan/t), so it is consistent.
    static func delivery(_ id: String, _ township: String, _ village: String, household: String, kg: Int64,
                         batch: String = "B1", on date: String, company: String = "甲煤业", phone: String = "",
                         coalType: String = "洁净型煤", buyer: String = "张三明", priceFen: Int64? = 80_000,
                         amountFen: Int64? = nil) -> CoalDelivery {
        CoalDelivery(recordID: id, township: township, village: village, householdID: household, buyer: buyer,
                     phone: phone, coalType: coalType, batch: batch, kilograms: kg, unitPriceFen: priceFen,
                     amountFen: amountFen ?? priceFen.map { kg * $0 / 1000 }, company: company, courier: "刘一",
                     day: day(date))
    }

    /// A stove install; amount defaults to count × 1800 yuan.
    static func install(_ id: String, _ township: String, _ village: String, household: String, count: Int = 1,
                        model: String = "HX-JN200", on date: String, company: String = "暖家炉具", phone: String = "",
                        priceFen: Int64? = 180_000, amountFen: Int64? = nil) -> StoveInstall {
        StoveInstall(recordID: id, township: township, village: village, householdID: household, buyer: "李四",
                     phone: phone, model: model, count: count, unitPriceFen: priceFen,
                     amountFen: amountFen ?? priceFen.map { Int64(count) * $0 }, company: company, installer: "孙三",
                     day: day(date))
    }

    /// A sample that passes every limit unless figures are given (thousandths).
    static func sample(_ batch: String, on date: String, type: String = "洁净型煤", supplier: String = "甲煤业",
                       sulfur: Int64 = 300, ash: Int64 = 10_000, volatile: Int64 = 8_000, heat: Int64 = 26_000,
                       moisture: Int64? = nil) -> CoalQualitySample {
        CoalQualitySample(batch: batch, supplier: supplier, coalType: type, day: day(date), sulfur: sulfur, ash: ash,
                          volatile: volatile, heat: heat, moisture: moisture)
    }
}

extension CoalJob {
    /// Feeds deliveries in the given order as lines 2, 3, … of coal_deliveries.csv.
    mutating func feed(_ deliveries: [CoalDelivery]) {
        for (index, row) in deliveries.enumerated() { _ = add(row, line: index + 2) }
    }

    /// Feeds installs as lines 2, 3, … of stove_installs.csv.
    mutating func feed(_ installs: [StoveInstall]) {
        for (index, row) in installs.enumerated() { _ = add(row, line: index + 2) }
    }

    /// Feeds samples as lines 2, 3, … of coal_quality.csv.
    mutating func feed(_ samples: [CoalQualitySample]) {
        for (index, row) in samples.enumerated() { add(row, line: index + 2) }
    }
}

extension CoalResults {
    /// The progress row of a township (or the district for "").
    func progress(_ township: String) -> TownshipProgress? {
        township.isEmpty ? district : townships.first { $0.township == township }
    }

    func household(_ id: String) -> HouseholdSubsidy? { households.first { $0.householdID == id } }
}

/// The text of a CSV report without its BOM, split into lines (CRLF).
func csvLines(_ bytes: [UInt8]) -> [String] {
    var text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    // "\r\n" is one Character in Swift.
    if text.hasSuffix("\r\n") { text.removeLast() }
    return text.split(separator: "\r\n" as Character, omittingEmptySubsequences: false).map(String.init)
}
