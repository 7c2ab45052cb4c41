import ReportCore

/// Where and how the catalogue's items are handled (博政办字〔2018〕116号): which halls,
/// which channels, how popular, how often late. Codes not listed fall back to defaults, so
/// an edited catalogue still works.
struct ServiceModel {
    let items: [Catalogue.Item]
    let itemPicker: WeightedPicker
    let halls: [String]
    /// Per hall: the township it belongs to (township 便民服务中心), else nil.
    let hallTownship: [Int?]
    /// Per hall: multiplier on the chance of finishing late, and mean waiting minutes.
    let hallLateFactor: [Double]
    let hallWait: [Double]
    let hallMood: [Double]
    /// Per item: hall choices (`-1` = the applicant's township centre) and their picker.
    let routes: [[Int]]
    let routePickers: [WeightedPicker]
    let channelPickers: [WeightedPicker]
    let late: [Double]
    let suspension: [Double]
    let townshipPicker: WeightedPicker
    let centre: Int
    let weekendHalls: Set<Int>
    /// The hall of the first township's 便民服务中心 (the others follow in directory order).
    let firstTownshipHall: Int

    static let channels = ["窗口", "网上", "自助终端", "手机APP"]

    static let popularity: [String: Double] = [
        "SJ-SWJ-001": 14, "SJ-SWJ-004": 8, "SJ-SWJ-003": 3, "SJ-SWJ-002": 1.5, "SJ-SWJ-005": 0.6,
        "SJ-RSJ-001": 8, "SJ-RSJ-002": 4, "SJ-RSJ-003": 6, "SJ-RSJ-004": 2, "SJ-RSJ-005": 3, "SJ-RSJ-006": 2, "SJ-RSJ-007": 0.3,
        "SJ-MZJ-001": 3, "SJ-MZJ-002": 1.2, "SJ-MZJ-003": 0.8, "SJ-MZJ-004": 1.5, "SJ-MZJ-005": 2, "SJ-MZJ-006": 0.1,
        "SJ-GA-001": 3, "SJ-GA-002": 2, "SJ-GA-003": 6, "SJ-GA-004": 3, "SJ-GA-005": 1.5, "SJ-GA-006": 2.5,
        "SJ-BDC-001": 1.5, "SJ-BDC-002": 6, "SJ-BDC-003": 4, "SJ-BDC-004": 1.5, "SJ-BDC-005": 3, "SJ-BDC-006": 1.5,
        "SJ-ZJJ-001": 0.3, "SJ-ZJJ-002": 0.15, "SJ-ZJJ-003": 0.3, "SJ-ZJJ-004": 0.2, "SJ-ZJJ-005": 0.2, "SJ-ZJJ-006": 0.8,
        "SJ-WJJ-001": 0.2, "SJ-WJJ-002": 0.1, "SJ-WJJ-003": 0.5, "SJ-WJJ-004": 0.8, "SJ-WJJ-005": 2,
        "SJ-JTJ-001": 1.5, "SJ-JTJ-002": 0.05, "SJ-JTJ-003": 0.3, "SJ-JTJ-004": 0.2,
        "SJ-JTYS-001": 0.5, "SJ-JTYS-002": 1, "SJ-JTYS-003": 0.4, "SJ-JTYS-004": 1, "SJ-JTYS-005": 0.6,
        "SJ-SYJ-001": 2.5, "SJ-SYJ-002": 0.3, "SJ-SYJ-003": 0.6, "SJ-SYJ-004": 1.2, "SJ-SYJ-005": 0.8, "SJ-SYJ-006": 0.3,
        "SJ-HB-001": 0.1, "SJ-HB-002": 0.3, "SJ-HB-003": 0.8, "SJ-HB-004": 0.3,
        "SJ-SCJG-001": 3, "SJ-SCJG-002": 2.5, "SJ-SCJG-003": 1, "SJ-SCJG-004": 4, "SJ-SCJG-005": 0.3, "SJ-SCJG-006": 0.5,
        "SJ-CL-001": 1, "SJ-CL-002": 0.8, "SJ-CL-003": 1.2, "SJ-CL-004": 0.4,
        "SJ-NYJ-001": 0.3, "SJ-NYJ-002": 0.2, "SJ-NYJ-003": 0.6, "SJ-NYJ-004": 0.3,
        "SJ-SLJ-001": 0.1, "SJ-SLJ-002": 0.2, "SJ-SLJ-003": 0.1, "SJ-SLJ-004": 0.8,
    ]
    /// Items the township 便民服务中心 also handle.
    static let townshipItems: Set<String> = [
        "SJ-RSJ-001", "SJ-RSJ-002", "SJ-RSJ-003", "SJ-RSJ-005", "SJ-MZJ-004", "SJ-MZJ-005", "SJ-CL-001", "SJ-CL-002",
        "SJ-CL-003", "SJ-CL-004", "SJ-NYJ-003", "SJ-WJJ-005", "SJ-SYJ-005",
    ]
    /// Items with on-site inspection (现场核查) that sometimes stop the clock.
    static let inspectedItems: Set<String> = ["SJ-ZJJ-001", "SJ-WJJ-001", "SJ-WJJ-004", "SJ-SYJ-002", "SJ-SCJG-006"]
    static let departmentLate: [String: Double] = [
        "区住建局": 0.12, "区不动产登记中心": 0.08, "区交通运输局": 0.06, "区公安分局": 0.04, "区税务局": 0.01, "区民政局": 0.02,
    ]
    /// 窗口, 网上, 自助终端, 手机APP.
    static let departmentChannels: [String: [Double]] = [
        "区税务局": [0.45, 0.30, 0.15, 0.10], "区人社局": [0.60, 0.10, 0.18, 0.12], "区市场监管局": [0.62, 0.30, 0.02, 0.06],
        "区公安分局": [0.82, 0.05, 0.10, 0.03], "区不动产登记中心": [0.90, 0.06, 0.02, 0.02],
    ]
    static let population: [String: Double] = [
        "城东街道": 0.18, "城西街道": 0.15, "山头街道": 0.16, "开发区域城镇": 0.10, "开发区八陡镇": 0.07,
        "开发区白塔镇": 0.08, "博山镇": 0.07, "源泉镇": 0.07, "石马镇": 0.05, "池上镇": 0.06,
    ]

    init(catalogue: Catalogue, shape: ExportShape = .standard, rng: inout SeededGenerator) {
        items = catalogue.items
        itemPicker = WeightedPicker(items.map { Self.popularity[$0.code] ?? ($0.immediate ? 2 : 0.8) })
        // hidden-like: the tax and social-security windows sit in the district centre.
        let compact = shape == .hiddenLike
        var halls = compact ? [Names.districtCentre, Names.realEstateHall]
                            : [Names.districtCentre, Names.realEstateHall, Names.socialSecurityHall, Names.taxHall]
        var hallTownship: [Int?] = halls.map { _ in nil }
        var late = [1.0, 1.2, 0.8, 0.7], wait = [12.0, 22, 15, 10], mood = [0.0, -0.08, 0.02, 0.04]
        if compact { late = [1.0, 1.2]; wait = [14.0, 22]; mood = [0.02, -0.08] }
        firstTownshipHall = halls.count
        for (t, township) in catalogue.townships.enumerated() {
            halls.append(Names.townshipCentre(township.name))
            hallTownship.append(t)
            late.append(township.name == "池上镇" ? 2.2 : 0.5 + 1.3 * rng.unit())
            wait.append(5 + 6 * rng.unit())
            mood.append(township.name == "池上镇" ? -0.15 : 0.1 * rng.unit() - 0.05)
        }
        self.halls = halls
        self.hallTownship = hallTownship
        hallLateFactor = late
        hallWait = wait
        hallMood = mood
        centre = 0
        weekendHalls = compact ? [0] : [0, 2]
        var routes: [[Int]] = [], pickers: [WeightedPicker] = []
        for item in items {
            let local = Self.townshipItems.contains(item.code)
            let choices: [(Int, Double)]
            switch item.department {
            case "区不动产登记中心": choices = [(1, 0.75), (0, 0.25)]
            case "区税务局": choices = [(3, 0.65), (0, 0.35)]
            case "区人社局": choices = local ? [(2, 0.45), (0, 0.2), (-1, 0.35)] : [(2, 0.7), (0, 0.3)]
            default: choices = local ? [(-1, 0.5), (0, 0.5)] : [(0, 1)]
            }
            routes.append(choices.map { compact && $0.0 >= 2 ? 0 : $0.0 })
            pickers.append(WeightedPicker(choices.map(\.1)))
        }
        self.routes = routes
        routePickers = pickers
        channelPickers = items.map { WeightedPicker(Self.departmentChannels[$0.department] ?? [0.86, 0.08, 0.02, 0.04]) }
        self.late = items.map { Self.departmentLate[$0.department] ?? 0.03 }
        suspension = items.map { $0.complex ? 0.45 : Self.inspectedItems.contains($0.code) ? 0.15 : 0 }
        townshipPicker = WeightedPicker(catalogue.townships.map { Self.population[$0.name] ?? 0.08 })
    }
}
