/// Names of people, villages, companies and halls. Plausible for Boshan in 2018; none
/// stands for a real person, and companies are invented.
enum Names {
    /// Common surnames, most frequent first (weights fall off along the list).
    static let surnames: [String] = Array("王张李刘孙赵陈杨徐高马郭翟孟周吴于董宋毕韩朱胡林石曹何袁魏吕崔秦蒋田亓段任姜范侯邢邵谭贾杜薛").map(String.init)
    static let surnamePicker = WeightedPicker((0..<surnames.count).map { 1.0 / Double($0 / 4 + 1) })
    /// Given names as older rural residents carry them (two characters), plus some single ones.
    static let givenNames: [String] = """
        秀英 桂兰 玉兰 秀兰 凤英 淑珍 桂英 玉珍 秀珍 玉梅 春梅 翠花 兰英 凤兰 桂芳 素梅 秀云 玉华 金花 淑英 \
        建国 建华 国强 志刚 德胜 庆华 传军 立新 宝山 长顺 忠良 洪亮 学文 振华 永军 明亮 海涛 继光 连生 庆友 \
        守田 玉成 立强 兆军 爱国 卫东 家宝 福德 成刚 广才 丙福 新民 来顺 传福 春生 文斌 利民 瑞祥 金山 德海 \
        强 军 伟 刚 勇 敏 静 丽 芳 杰 磊 娟 霞 涛 斌 鹏 燕 萍 红 华
        """.split(separator: " ").map(String.init)

    static func person(_ rng: inout SeededGenerator) -> String {
        surnames[surnamePicker.pick(&rng)] + givenNames[rng.below(givenNames.count)]
    }

    /// An 11-digit mobile number.
    static func mobile(_ rng: inout SeededGenerator) -> String {
        let prefixes = [134, 135, 136, 137, 138, 139, 150, 151, 152, 157, 158, 159, 182, 183, 187, 188,
                        130, 131, 132, 155, 156, 185, 186, 133, 153, 177, 180, 189]
        return String(prefixes[rng.below(prefixes.count)]) + Format.padded(rng.below(100_000_000), width: 8)
    }

    /// Villages (村) and communities (社区) per township, 5–15 each.
    static let villages: [String: [String]] = [
        "博山镇": ["郭庄村", "北博山村", "南博山村", "岳庄村", "邀兔村", "下瓦泉村", "上瓦泉村", "五福峪村", "朱家庄村", "东石村", "和尚房村", "南邢村"],
        "源泉镇": ["源泉村", "东高村", "西高村", "北崮山村", "南崮山村", "天津湾村", "刘家台村", "麻庄村", "东流泉村", "西流泉村", "赵庄村", "北下册村", "南下册村"],
        "石马镇": ["石马村", "盆泉村", "中石门村", "东石门村", "西石门村", "樵岭前村", "南沙井村", "北沙井村", "李家村", "刘家村", "东沙井村", "西沙井村", "响泉村", "雪宫村"],
        "开发区域城镇": ["域城村", "西域城村", "夏家庄村", "大桥村", "岭西村", "南焦宋村", "北焦宋村", "东坡地村", "西坡地村"],
        "开发区八陡镇": ["八陡村", "福山村", "东顶村", "西顶村", "和平村", "河南东村", "簸箕掌村", "东河村"],
        "开发区白塔镇": ["白塔村", "北岳阴村", "南岳阴村", "北上庄村", "大街村", "西河村", "冯八峪村", "万山村"],
        "池上镇": ["池上村", "中郝峪村", "上小峰村", "下小峰村", "桃花泉村", "李家村", "赵家庄村", "北峪村", "杨家村", "中石村"],
        "城东街道": ["西关社区", "北关社区", "东关社区", "税务街社区", "峨眉山社区", "凤凰园社区", "荆山社区", "五龙村"],
        "城西街道": ["西冶街社区", "北岭社区", "新泰山社区", "柳杭社区", "秋谷社区", "后峪村"],
        "山头街道": ["山头村", "福门村", "古窑社区", "颜山社区", "窑广社区", "尖山村", "东坡村", "北万山村", "南万山村"],
    ]

    static func villages(of township: String) -> [String] {
        villages[township] ?? (1...8).map { "\(township)第\($0)村" }
    }

    struct CoalCompany {
        let code: String
        let name: String
        /// (coal type index into `coalTypes`, weight, price in yuan per ton).
        let offers: [(type: Int, weight: Double, price: Int)]
    }

    static let coalTypes = ["洁净型煤", "兰炭", "无烟块煤"]

    static let coalCompanies: [CoalCompany] = [
        CoalCompany(code: "LT", name: "淄博鲁泰洁净煤有限公司", offers: [(0, 0.8, 820), (1, 0.2, 960)]),
        CoalCompany(code: "JY", name: "淄博博山金源洁净煤有限公司", offers: [(0, 1.0, 800)]),
        CoalCompany(code: "HC", name: "淄博恒昌兰炭销售有限公司", offers: [(1, 0.85, 940), (2, 0.15, 760)]),
        CoalCompany(code: "LZ", name: "山东鲁中清洁能源有限公司", offers: [(0, 0.7, 850), (1, 0.3, 980)]),
        CoalCompany(code: "RF", name: "淄博瑞丰煤炭经销有限公司", offers: [(0, 0.6, 780), (2, 0.4, 720)]),
        CoalCompany(code: "WT", name: "淄博万通洁净型煤有限公司", offers: [(0, 1.0, 790)]),
        CoalCompany(code: "HS", name: "淄博华盛煤业有限公司", offers: [(0, 0.75, 830), (1, 0.25, 990)]),
    ]

    /// Which companies each township contracted (by company code), with weights.
    static let coalCompaniesByTownship: [String: [(String, Double)]] = [
        "博山镇": [("LT", 0.5), ("JY", 0.3), ("HC", 0.2)],
        "源泉镇": [("LT", 0.45), ("WT", 0.35), ("HC", 0.2)],
        "石马镇": [("WT", 0.6), ("RF", 0.4)],
        "开发区域城镇": [("LZ", 0.6), ("JY", 0.4)],
        "开发区八陡镇": [("LZ", 0.5), ("HS", 0.5)],
        "开发区白塔镇": [("HS", 0.55), ("RF", 0.25), ("JY", 0.2)],
        "池上镇": [("WT", 0.5), ("HC", 0.3), ("LT", 0.2)],
        "城东街道": [("JY", 0.7), ("LZ", 0.3)],
        "城西街道": [("JY", 1.0)],
        "山头街道": [("HS", 0.6), ("RF", 0.4)],
    ]

    struct StoveCompany {
        let name: String
        let models: [(model: String, price: Int)]
    }

    static let stoveCompanies: [StoveCompany] = [
        StoveCompany(name: "淄博博山宏达节能炉具有限公司", models: [("HX-JN200 型", 1680), ("明火反烧节能炉", 1280)]),
        StoveCompany(name: "山东华信炉业有限公司", models: [("JL-80型半气化炉", 2280), ("SRL-120 双燃料环保节能炉", 2680)]),
        StoveCompany(name: "淄博金炉节能设备有限公司", models: [("LZ-9 民用解耦燃烧炉", 1980), ("明火反烧节能炉", 1380)]),
    ]

    /// Stove companies (indices into `stoveCompanies`) by township; townships not listed use all.
    static let stoveCompaniesByTownship: [String: [Int]] = [
        "博山镇": [0, 2], "源泉镇": [0, 1], "石马镇": [1], "开发区域城镇": [2, 0], "开发区八陡镇": [2],
        "开发区白塔镇": [1, 2], "池上镇": [0], "城东街道": [0, 1], "城西街道": [0], "山头街道": [2, 1],
    ]

    /// District halls (区级): the service centre and departmental halls.
    static let districtCentre = "区政务服务中心"
    static let realEstateHall = "区不动产登记中心大厅"
    static let socialSecurityHall = "区社保服务大厅"
    static let taxHall = "区税务局办税服务厅"

    static func townshipCentre(_ township: String) -> String { township + "便民服务中心" }

    /// Township names that are not in the directory (for unknown-township rows): a
    /// historical name of Boshan, and towns of other districts.
    static let unknownTownships = ["颜神镇", "石门镇", "博山街道", "夏庄街道"]
}
