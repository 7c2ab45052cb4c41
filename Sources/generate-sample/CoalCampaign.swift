import ReportCore

/// A household taking part in the campaign (附件3/4: 户口簿 of the buyer).
struct Household {
    let township: Int
    let village: Int
    let serial: Int
    let buyer: String
    var phone: String
}

/// A production batch of one company and coal type (批号, GB/T 25209 标识).
struct Batch {
    let id: String
    let company: Int
    let type: Int
    let day: Day
    var usedKg = 0
    var deliveries = 0
}

/// What the three coal exports share: villages, households, companies, couriers and
/// batches of the campaign year (1 September – 31 December, 博政办字〔2018〕109号).
final class CoalCampaign {
    let catalogue: Catalogue
    let settings: Settings
    let year: Int
    let start: Day
    let end: Day
    let villages: [[String]]
    let villagePickers: [WeightedPicker]
    let companies = Names.coalCompanies
    /// Per township: company indices and a picker over them.
    let townshipCompanies: [[Int]]
    let townshipCompanyPickers: [WeightedPicker]
    /// Per company: couriers (配送人).
    let couriers: [[String]]
    private(set) var households: [Household] = []
    private var nextSerial: [[Int]]
    private(set) var batches: [Batch] = []
    /// Per company × coal type: batch indices, ascending by day.
    private var batchIndex: [[Int]]
    /// Households used by anomalies: stove installs keep away from them.
    var reserved = Set<Int>()
    /// Digits of the household serial in 户号 (3 unless a village outgrows it).
    private(set) var serialWidth = 3

    /// Share of the quota each township delivers by 31 December, and when it delivers.
    static let coalCompletion: [String: Double] = [
        "博山镇": 1.03, "源泉镇": 0.98, "石马镇": 0.82, "开发区域城镇": 1.06, "开发区八陡镇": 0.90,
        "开发区白塔镇": 0.95, "池上镇": 0.76, "城东街道": 1.12, "山头街道": 0.93,
    ]
    static let stoveCompletion: [String: Double] = [
        "博山镇": 0.98, "源泉镇": 1.0, "石马镇": 0.85, "开发区域城镇": 1.04, "开发区八陡镇": 0.93,
        "开发区白塔镇": 0.9, "池上镇": 0.8, "城东街道": 1.1, "山头街道": 0.96,
    ]
    /// Delivery month weights (September … December).
    static let earlyProfile = [0.16, 0.46, 0.30, 0.08]
    static let normalProfile = [0.10, 0.40, 0.38, 0.12]
    static let lateProfile = [0.04, 0.28, 0.42, 0.26]
    static let earlyPicker = WeightedPicker(earlyProfile)
    static let normalPicker = WeightedPicker(normalProfile)
    static let latePicker = WeightedPicker(lateProfile)
    static let earlyTownships: Set<String> = ["博山镇", "开发区域城镇", "城东街道"]
    static let lateTownships: Set<String> = ["石马镇", "池上镇"]

    init(catalogue: Catalogue, settings: Settings) {
        self.catalogue = catalogue
        self.settings = settings
        year = catalogue.campaignYear
        start = Day(year: year, month: 9, day: 1)!
        end = Day(year: year, month: 12, day: 31)!
        var rng = settings.rng("coal-campaign")
        villages = catalogue.townships.map { Names.villages(of: $0.name) }
        villagePickers = villages.map { list in WeightedPicker(list.map { _ in 0.4 + 1.2 * rng.unit() }) }
        nextSerial = villages.map { [Int](repeating: 0, count: $0.count) }
        let codes = Dictionary(uniqueKeysWithValues: Names.coalCompanies.enumerated().map { ($1.code, $0) })
        var lists: [[Int]] = [], pickers: [WeightedPicker] = []
        for township in catalogue.townships {
            let contracted = (Names.coalCompaniesByTownship[township.name] ?? [("JY", 0.5), ("LT", 0.5)])
                .compactMap { code, weight in codes[code].map { ($0, weight) } }
            lists.append(contracted.map(\.0))
            pickers.append(WeightedPicker(contracted.map(\.1)))
        }
        townshipCompanies = lists
        townshipCompanyPickers = pickers
        couriers = Names.coalCompanies.map { _ in (0..<4).map { _ in Names.person(&rng) } }
        batchIndex = [[Int]](repeating: [], count: Names.coalCompanies.count * Names.coalTypes.count)
        makeBatches(&rng)
    }

    /// Batches every 4–9 days per company and type, from late August to the year end.
    private func makeBatches(_ rng: inout SeededGenerator) {
        let last = Day(year: year + 1, month: 1, day: 10)!
        for (c, company) in companies.enumerated() {
            var byDay: [(Day, Int)] = []
            for offer in company.offers {
                var day = Day(year: year, month: 8, day: 24)!.adding(days: rng.below(6))
                while day <= last {
                    byDay.append((day, offer.type))
                    day = day.adding(days: 4 + rng.below(6))
                }
            }
            byDay.sort { ($0.0, $0.1) < ($1.0, $1.1) }
            for (sequence, (day, type)) in byDay.enumerated() {
                let id = "\(company.code)-\(Format.date(day, .iso).filter { $0 != "-" })-\(Format.padded(sequence + 1, width: 2))"
                batchIndex[c * Names.coalTypes.count + type].append(batches.count)
                batches.append(Batch(id: id, company: c, type: type, day: day))
            }
        }
    }

    /// The latest batch of `company` and `type` made on or before `day` (else the first).
    func batch(company: Int, type: Int, day: Day) -> Int {
        let list = batchIndex[company * Names.coalTypes.count + type]
        precondition(!list.isEmpty, "company \(company) offers no type \(type)")
        var chosen = list[0]
        for index in list where batches[index].day <= day { chosen = index }
        return chosen
    }

    func use(batch: Int, kg: Int) {
        batches[batch].usedKg += kg
        batches[batch].deliveries += 1
    }

    func newHousehold(township t: Int, village: Int? = nil, _ rng: inout SeededGenerator) -> Int {
        let v = village ?? villagePickers[t].pick(&rng)
        nextSerial[t][v] += 1
        let serial = nextSerial[t][v]
        while serial >= power10(serialWidth) { serialWidth += 1 }
        households.append(Household(township: t, village: v, serial: serial, buyer: Names.person(&rng),
                                    phone: Names.mobile(&rng)))
        return households.count - 1
    }

    private func power10(_ n: Int) -> Int { (0..<n).reduce(1) { r, _ in r * 10 } }

    /// 户号: 370304 (Boshan), township code, village number, household serial.
    func householdID(_ h: Int) -> String {
        let hh = households[h]
        return "370304" + Format.padded(catalogue.townships[hh.township].code, width: 2)
            + Format.padded(hh.village + 1, width: 2) + Format.padded(hh.serial, width: serialWidth)
    }

    /// A campaign day for township `t`: month by its profile, day uniform; deliveries thin
    /// out over the National Day week.
    func campaignDay(township t: Int, profile override: [Double]? = nil, _ rng: inout SeededGenerator) -> Day {
        let name = catalogue.townships[t].name
        let picker = override.map(WeightedPicker.init) ?? (Self.earlyTownships.contains(name) ? Self.earlyPicker
            : Self.lateTownships.contains(name) ? Self.latePicker : Self.normalPicker)
        while true {
            let month = 9 + picker.pick(&rng)
            let day = Day(year: year, month: month, day: 1 + rng.below(Day.daysInMonth(year: year, month: month)))!
            if month == 10 && day.day <= 7 && rng.chance(0.6) { continue }
            return day
        }
    }

    /// Whether `day` is inside the campaign window.
    func inCampaign(_ day: Day) -> Bool { day >= start && day <= end }
}

extension CoalCampaign {
    func setPhone(household h: Int, _ phone: String) { households[h].phone = phone }
}
