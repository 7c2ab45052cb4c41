import ReportCore

/// One row of `stove_installs.csv` before it is written.
struct Install {
    var township: Int
    var village: Int
    var household: Int
    var company: Int
    var model: Int
    var count: Int
    var price: Int
    var amountFen: Int
    var installer: Int
    var day: Day
    var remark: String
    var recordID = ""
    var mark: Kind?
    var markColumn = ""
    var markDetail = ""
}

/// `stove_installs.csv` (附件4): UTF-8 with BOM, CRLF, Chinese headers written with a space
/// before the bracket (`购买数量 (台)`), and an extra 备注 column the reader must ignore.
final class StoveInstalls {
    static let fileName = "stove_installs.csv"
    static let headers = ["登记编号", "镇街", "村居", "户号", "购买人", "联系电话", "炉具型号", "购买数量 (台)",
                          "购买单价 (元)", "总金额 (元)", "配送企业", "安装人", "安装日期", "备注"]
    enum Column: Int {
        case record, township, village, household, buyer, phone, model, count, price, amount, company, installer, date, remark
        var header: String { StoveInstalls.headers[rawValue] }
    }

    let campaign: CoalCampaign
    var rng: SeededGenerator
    let installers: [[String]]
    private(set) var installs: [Install] = []

    init(campaign: CoalCampaign) {
        self.campaign = campaign
        rng = campaign.settings.rng("stove-installs")
        var names = campaign.settings.rng("stove-installers")
        installers = Names.stoveCompanies.map { _ in (0..<3).map { _ in Names.person(&names) } }
    }

    /// Must run before any file is written: it may add households (and so widen 户号).
    func generate() {
        let s = campaign.settings
        let townships = campaign.catalogue.townships
        var byTownship = [[Int]](repeating: [], count: townships.count)
        for (h, household) in campaign.households.enumerated() where !campaign.reserved.contains(h) {
            byTownship[household.township].append(h)
        }
        for (t, township) in townships.enumerated() {
            let factor = CoalCampaign.stoveCompletion[township.name] ?? 0.92
            let n = township.stoveQuota == 0 ? s.scaled(2) : Int((Double(township.stoveQuota) * factor * s.scale).rounded())
            var candidates = byTownship[t]
            rng.shuffle(&candidates)
            for k in 0..<n {
                let h = k < candidates.count && rng.chance(0.88) ? candidates[k] : campaign.newHousehold(township: t, &rng)
                add(household: h, township: t, village: campaign.households[h].village,
                    day: campaign.campaignDay(township: t, profile: [0.2, 0.4, 0.3, 0.1], &rng))
            }
        }
        if !s.clean { injectAnomalies() }
        var ordered: [Install] = []
        for t in townships.indices {
            var block = installs.filter { $0.township == t }
            block.sort { ($0.day, $0.village, $0.household) < ($1.day, $1.village, $1.household) }
            let code = Format.padded(townships[t].code, width: 2)
            let width = max(4, String(block.count).count)
            for k in block.indices { block[k].recordID = "LJ\(campaign.year)\(code)-\(Format.padded(k + 1, width: width))" }
            ordered += block
        }
        installs = ordered
    }

    @discardableResult
    private func add(household h: Int, township t: Int, village: Int, day: Day, company: Int? = nil, model: Int? = nil) -> Int {
        let choices = Names.stoveCompaniesByTownship[campaign.catalogue.townships[t].name] ?? Array(Names.stoveCompanies.indices)
        let c = company ?? rng.pick(choices)
        let m = model ?? rng.below(Names.stoveCompanies[c].models.count)
        let price = Names.stoveCompanies[c].models[m].price
        let remark = rng.chance(0.05) ? "以旧换新" : rng.chance(0.03) ? "含烟道安装" : ""
        installs.append(Install(township: t, village: village, household: h, company: c, model: m, count: 1,
                                price: price, amountFen: price * 100, installer: rng.below(installers[c].count),
                                day: day, remark: remark))
        return installs.count - 1
    }

    private func injectAnomalies() {
        let s = campaign.settings
        func single(_ predicate: (Install) -> Bool = { _ in true }) -> Int? {
            var count: [Int: Int] = [:]
            for i in installs { count[i.household, default: 0] += 1 }
            let list = installs.indices.filter {
                count[installs[$0].household] == 1 && installs[$0].mark == nil
                    && campaign.catalogue.townships[installs[$0].township].stoveQuota > 0 && predicate(installs[$0])
            }
            guard !list.isEmpty else { return nil }
            let i = rng.pick(list)
            campaign.reserved.insert(installs[i].household)
            return i
        }
        func mark(_ i: Int, _ kind: Kind, column: String = "", _ detail: String) {
            installs[i].mark = kind
            installs[i].markColumn = column
            installs[i].markDetail = detail
        }
        for _ in 0..<s.dirty(2) {
            guard let i = single() else { break }
            installs[i].count = 2
            installs[i].amountFen = 2 * installs[i].price * 100
            mark(i, .overCap, column: "购买数量 (台)", "household over the 1 stove cap: 2 stoves in one install")
        }
        for _ in 0..<s.dirty(2) {
            guard let i = single({ $0.day.month <= 11 }) else { break }
            let a = installs[i]
            let j = add(household: a.household, township: a.township, village: a.village,
                        day: a.day.adding(days: 10 + rng.below(21)), company: a.company)
            mark(i, .overCap, "household over the 1 stove cap: two installs")
            mark(j, .overCap, "household over the 1 stove cap: two installs")
        }
        for _ in 0..<s.dirty(1) {
            guard let i = single() else { break }
            installs[i].amountFen += 20_000
            mark(i, .amountMismatch, column: "总金额 (元)",
                 "1 × \(installs[i].price) but amount \(Format.fixed(installs[i].amountFen, scale: 2))")
        }
        for _ in 0..<s.dirty(1) {
            guard let i = single() else { break }
            installs[i].day = Day(year: campaign.year, month: 8, day: 30)!
            mark(i, .outsideCampaign, column: "安装日期", "installed \(installs[i].day), outside the campaign window")
        }
    }
}
