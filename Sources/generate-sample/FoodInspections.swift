import ReportCore

/// One row of `food_inspections.csv` before it is written.
struct Inspection {
    enum Method: String { case routine = "日常检查", flying = "飞行检查", system = "体系检查", sampling = "监督抽检", rapid = "快速检测" }
    enum Result: String { case none = "", pass = "合格", fail = "不合格" }
    enum Disposal: String { case none = "", disposed = "已处置", inProgress = "处置中", notDisposed = "未处置" }

    var entity: Int
    var method: Method
    var day: Day
    var result = Result.none
    var failedItems = ""
    var disposal = Disposal.none
    var disposalDay: Day?
    /// 信息公布: nil for checks, which publish nothing.
    var published: Bool?
    var grade = ""
    var inspectors = ""
    var id = ""
    var mark: Kind?
    var markDetail = ""

    var isResult: Bool { method == .sampling || method == .rapid }
}

/// `food_inspections.csv` (博政办字〔2018〕115号): inspections and samplings of the
/// register's entities through the year. UTF-8 without BOM, LF, Chinese headers, columns in
/// an order of their own with two extra columns (主体名称, 检查人员).
final class FoodInspections {
    static let fileName = "food_inspections.csv"
    typealias Kind_ = Catalogue.EntityKind
    let catalogue: Catalogue
    let settings: Settings
    var rng: SeededGenerator
    let year: Int
    var rows: [Inspection] = []
    private let inspectorNames: [String]
    private let workDays: [Day]
    private let termDays: [Day]

    /// 三小 never inspected during the year, per township (coverage below 95 % in 池上镇).
    static let uninspectedSmall: [String: Int] = ["池上镇": 2, "城东街道": 1]
    static let uninspectedSellers: [String: Int] = ["城西街道": 2]

    init(catalogue: Catalogue, settings: Settings) {
        self.catalogue = catalogue
        self.settings = settings
        year = catalogue.campaignYear
        rng = settings.rng("food-inspections")
        var names = settings.rng("food-inspectors")
        inspectorNames = (0..<12).map { _ in Names.person(&names) }
        let all = (0..<365).map { Day(year: catalogue.campaignYear, month: 1, day: 8)!.adding(days: $0) }
            .filter { $0.year == catalogue.campaignYear && $0.month * 100 + $0.day <= 1228 && catalogue.calendar.isWorking($0) }
        workDays = all
        termDays = all.filter { (3...6).contains($0.month) || $0.month >= 9 }
    }

    /// Expected inspections per entity and year, by method.
    private func plan(_ kind: Kind_) -> [(Inspection.Method, Double)] {
        switch kind {
        case .producer: return [(.routine, 3), (.flying, 0.4), (.system, 0.7), (.sampling, 2)]
        case .relatedProducts: return [(.routine, 1.5), (.flying, 0.2), (.system, 0.3), (.sampling, 3)]
        case .seller: return [(.routine, 2), (.flying, 0.05), (.sampling, 0.4), (.rapid, 1.5)]
        case .caterer: return [(.routine, 2), (.sampling, 0.3), (.rapid, 0.5)]
        case .schoolCanteen: return [(.routine, 3.5), (.sampling, 1), (.rapid, 1)]
        case .centralKitchen, .groupMeal: return [(.routine, 3), (.flying, 0.5), (.sampling, 2), (.rapid, 1)]
        case .smallWorkshop: return [(.routine, 1.5), (.sampling, 0.5)]
        case .smallEatery: return [(.routine, 1.5), (.rapid, 0.3)]
        case .foodStall: return [(.routine, 1), (.rapid, 0.4)]
        }
    }

    static func failureItems(_ kind: Kind_) -> [String] {
        switch kind {
        case .producer: return ["菌落总数超标", "大肠菌群超标", "苯甲酸及其钠盐超标", "脱氢乙酸及其钠盐超标", "二氧化硫残留量超标", "酸价超标"]
        case .relatedProducts: return ["铅溶出量超标", "镉溶出量超标", "总迁移量超标", "高锰酸钾消耗量超标"]
        case .seller: return ["农药残留(毒死蜱)超标", "恩诺沙星超标", "过氧化值超标", "菌落总数超标"]
        case .caterer, .schoolCanteen, .centralKitchen, .groupMeal, .smallEatery:
            return ["餐具大肠菌群阳性", "铝的残留量超标", "阴离子合成洗涤剂检出", "亚硝酸盐超标"]
        case .smallWorkshop, .foodStall: return ["铝的残留量超标", "糖精钠超标", "菌落总数超标"]
        }
    }

    func generate() {
        let entities = catalogue.entities
        var skip = Set<Int>()
        for (t, township) in catalogue.townships.enumerated() {
            let small = entities.indices.filter { entities[$0].township == t && entities[$0].kind.isSmallBusiness }
            let sellers = entities.indices.filter { entities[$0].township == t && entities[$0].kind == .seller }
            skip.formUnion(rng.sample(Self.uninspectedSmall[township.name] ?? 0, of: small))
            skip.formUnion(rng.sample(Self.uninspectedSellers[township.name] ?? 0, of: sellers))
        }
        for (e, entity) in entities.enumerated() where !skip.contains(e) {
            for (method, base) in plan(entity.kind) {
                var n = rng.stochasticRound(base * settings.scale)
                if method == .routine && n == 0 && entity.kind.isSmallBusiness { n = 1 }
                for _ in 0..<n {
                    let pool = entity.kind == .schoolCanteen ? termDays : workDays
                    var row = Inspection(entity: e, method: method, day: rng.pick(pool))
                    if method == .sampling { while row.day.month < 3 || row.day.month * 100 + row.day.day > 1220 { row.day = rng.pick(pool) } }
                    fillOutcome(&row, kind: entity.kind)
                    rows.append(row)
                }
            }
        }
        specialCases()
        rows.sort { ($0.day, entities[$0.entity].id, $0.method.rawValue) < ($1.day, entities[$1.entity].id, $1.method.rawValue) }
        for i in rows.indices { rows[i].id = "JC\(year)-\(Format.padded(i + 1, width: 5))" }
    }

    private func fillOutcome(_ row: inout Inspection, kind: Kind_) {
        let a = rng.below(inspectorNames.count)
        let b = (a + 1 + rng.below(inspectorNames.count - 1)) % inspectorNames.count
        row.inspectors = inspectorNames[a] + "、" + inspectorNames[b]
        if row.isResult {
            let failP = kind == .relatedProducts ? 0 : row.method == .sampling ? 0.03 : 0.015
            row.published = !rng.chance(0.03)
            if rng.chance(failP) { fail(&row, kind: kind) } else { row.result = .pass }
        } else if row.method == .routine {
            if kind == .caterer && rng.chance(0.5) { row.grade = ["A", "B", "B", "C", "A"][rng.below(5)] }
        }
    }

    /// Marks a result as failed, with its items and its disposal as of the export day.
    func fail(_ row: inout Inspection, kind: Kind_) {
        row.result = .fail
        let items = Self.failureItems(kind)
        row.failedItems = rng.pick(items)
        if rng.chance(0.25) {
            let second = rng.pick(items)
            if second != row.failedItems { row.failedItems += "," + second }
        }
        let disposed = row.day.adding(days: 5 + rng.below(26))
        if disposed <= settings.exportDay {
            row.disposal = .disposed
            row.disposalDay = disposed
        } else {
            row.disposal = .inProgress
            row.disposalDay = nil
        }
    }
}
