import ReportCore

/// One row of `coal_deliveries.csv` before it is written.
struct Delivery {
    var township: Int
    var village: Int
    var household: Int
    var type: Int
    var batch: Int
    var kg: Int
    /// Yuan per ton (whole yuan, as the contracts fix them).
    var price: Int
    var amountFen: Int
    var company: Int
    var courier: Int
    var day: Day
    var recordID = ""
    /// An anomaly this row takes part in, with the README detail.
    var mark: Kind?
    var markColumn = ""
    var markDetail = ""

    /// Amount = tons × unit price, in fen (kg are multiples of 50, so this is exact).
    mutating func reprice() { amountFen = kg * price / 10 }
}

/// `coal_deliveries.csv` (附件3 登记认定表): generation and anomalies (SPEC §4.1).
final class CoalDeliveries {
    static let fileName = "coal_deliveries.csv"
    let campaign: CoalCampaign
    var rng: SeededGenerator
    /// In file order once `generate()` has run.
    private(set) var deliveries: [Delivery] = []

    /// Household totals (kg) and their weights: 1–2 t, mostly one delivery.
    static let totals = [1000, 1250, 1500, 1750, 2000]
    static let totalPicker = WeightedPicker([0.15, 0.05, 0.30, 0.10, 0.40])

    init(campaign: CoalCampaign) {
        self.campaign = campaign
        rng = campaign.settings.rng("coal-deliveries")
    }

    func generate() {
        let settings = campaign.settings
        for (t, township) in campaign.catalogue.townships.enumerated() {
            let factor = CoalCampaign.coalCompletion[township.name] ?? 0.92
            let targetKg = Int(Double(township.coalQuotaKg) * factor * settings.scale)
            // A township without quota (城西街道) still has a handful of deliveries.
            let targetHouseholds = township.coalQuotaKg == 0 ? settings.scaled(6) : Int.max
            var kg = 0, count = 0
            while township.coalQuotaKg > 0 ? kg < targetKg : count < targetHouseholds {
                kg += addHousehold(township: t)
                count += 1
            }
        }
        if !settings.clean { injectAnomalies() }
        order()
    }

    /// A new household's one or two deliveries; returns the kilograms delivered.
    @discardableResult
    private func addHousehold(township t: Int) -> Int {
        let h = campaign.newHousehold(township: t, &rng)
        let total = Self.totals[Self.totalPicker.pick(&rng)]
        let day = campaign.campaignDay(township: t, &rng)
        if rng.chance(0.12) {
            let first = max(500, total * (40 + rng.below(21)) / 100 / 250 * 250)
            if total - first >= 250 {
                let d = add(household: h, township: t, village: nil, kg: first, day: day)
                let second = min(campaign.end, day.adding(days: 10 + rng.below(31)))
                add(household: h, township: t, village: nil, kg: total - first, day: second,
                    company: deliveries[d].company, type: deliveries[d].type)
                return total
            }
        }
        add(household: h, township: t, village: nil, kg: total, day: day)
        return total
    }

    @discardableResult
    private func add(household h: Int, township t: Int, village: Int?, kg: Int, day: Day,
                     company: Int? = nil, type: Int? = nil) -> Int {
        let companies = campaign.townshipCompanies[t]
        let c = company ?? companies[campaign.townshipCompanyPickers[t].pick(&rng)]
        let offers = campaign.companies[c].offers
        let offer = type.flatMap { ty in offers.first { $0.type == ty } }
            ?? offers[WeightedPicker(offers.map(\.weight)).pick(&rng)]
        let batch = campaign.batch(company: c, type: offer.type, day: day)
        var d = Delivery(township: t, village: village ?? campaign.households[h].village, household: h,
                         type: offer.type, batch: batch, kg: kg, price: offer.price, amountFen: 0,
                         company: c, courier: rng.below(campaign.couriers[c].count), day: day)
        d.reprice()
        deliveries.append(d)
        return deliveries.count - 1
    }

    // MARK: Anomalies

    /// Deliveries of households with exactly one delivery, unmarked, in townships with a quota.
    private func singles(_ predicate: (Delivery) -> Bool = { _ in true }) -> [Int] {
        var count: [Int: Int] = [:]
        for d in deliveries { count[d.household, default: 0] += 1 }
        return deliveries.indices.filter { i in
            let d = deliveries[i]
            return count[d.household] == 1 && d.mark == nil && !campaign.reserved.contains(d.household)
                && campaign.catalogue.townships[d.township].coalQuotaKg > 0 && predicate(d)
        }
    }

    private func take(_ candidates: [Int]) -> Int? {
        guard !candidates.isEmpty else { return nil }
        let i = rng.pick(candidates)
        campaign.reserved.insert(deliveries[i].household)
        return i
    }

    private func mark(_ i: Int, _ kind: Kind, column: String = "", _ detail: String) {
        deliveries[i].mark = kind
        deliveries[i].markColumn = column
        deliveries[i].markDetail = detail
    }

    private func tons(_ kg: Int) -> String { Format.fixed(kg, scale: 3, trim: true) + " t" }

    private func injectAnomalies() {
        let s = campaign.settings
        let townships = campaign.catalogue.townships
        // Over the 2 t cap across two deliveries, and in one delivery.
        for _ in 0..<s.dirty(3) {
            guard let i = take(singles { $0.kg == 1500 && $0.day.month <= 11 }) else { break }
            let d = deliveries[i]
            let j = add(household: d.household, township: d.township, village: d.village, kg: 1000,
                        day: min(campaign.end, d.day.adding(days: 15 + rng.below(16))), company: d.company, type: d.type)
            let detail = "household over the 2 t cap: 1.5 t + 1 t = 2.5 t in two deliveries"
            mark(i, .overCap, detail)
            mark(j, .overCap, detail)
        }
        for _ in 0..<s.dirty(2) {
            guard let i = take(singles { $0.kg == 2000 }) else { break }
            deliveries[i].kg = 2500
            deliveries[i].reprice()
            mark(i, .overCap, column: "购买数量（吨）", "household over the 2 t cap: 2.5 t in one delivery")
        }
        // One household registered in two townships, one in two villages of a township.
        let withQuota = townships.indices.filter { townships[$0].coalQuotaKg > 0 }
        for _ in 0..<s.dirty(1) {
            guard let i = take(singles { $0.kg <= 1500 && $0.day.month <= 11 }) else { break }
            let d = deliveries[i]
            let other = rng.pick(withQuota.filter { $0 != d.township })
            let j = add(household: d.household, township: other, village: campaign.villagePickers[other].pick(&rng),
                        kg: 500, day: d.day.adding(days: 5 + rng.below(15)))
            let detail = "same 户号 in \(townships[d.township].name)/\(campaign.villages[d.township][d.village]) "
                + "and \(townships[other].name)/\(campaign.villages[other][deliveries[j].village])"
            mark(i, .householdMultiArea, detail)
            mark(j, .householdMultiArea, detail)
        }
        for _ in 0..<s.dirty(1) {
            guard let i = take(singles { $0.kg <= 1500 && $0.day.month <= 11 && campaign.villages[$0.township].count > 1 })
            else { break }
            let d = deliveries[i]
            var v = d.village
            while v == d.village { v = campaign.villagePickers[d.township].pick(&rng) }
            let j = add(household: d.household, township: d.township, village: v, kg: 500,
                        day: d.day.adding(days: 5 + rng.below(15)), company: d.company, type: d.type)
            let detail = "same 户号 in two villages of \(townships[d.township].name): "
                + "\(campaign.villages[d.township][d.village]) and \(campaign.villages[d.township][v])"
            mark(i, .householdMultiArea, detail)
            mark(j, .householdMultiArea, detail)
        }
        // One phone number shared by 6 households of one township.
        for _ in 0..<s.dirty(1) {
            let t = rng.pick(withQuota)
            let phone = Names.mobile(&rng)
            for _ in 0..<6 {
                guard let i = take(singles { $0.township == t }) else { break }
                campaign.setPhone(household: deliveries[i].household, phone)
                mark(i, .sharedPhone, column: "联系电话", "phone \(phone) shared by 6 households")
            }
        }
        // Amount ≠ quantity × unit price.
        for n in 0..<s.dirty(3) {
            guard let i = take(singles()) else { break }
            let d = deliveries[i]
            let right = d.amountFen
            switch n % 3 {
            case 0: deliveries[i].amountFen = right + 10_000
            case 1: deliveries[i].amountFen = 2000 * d.price / 10
            default: deliveries[i].amountFen = right / 10
            }
            if deliveries[i].amountFen == right { deliveries[i].amountFen += 5_000 }
            mark(i, .amountMismatch, column: "总金额(元)",
                 "\(tons(d.kg)) × \(d.price) = \(Format.fixed(right, scale: 2)) but amount \(Format.fixed(deliveries[i].amountFen, scale: 2))")
        }
        // Delivered outside 1 September – 31 December.
        for n in 0..<s.dirty(2) {
            guard let i = take(singles()) else { break }
            let day = n % 2 == 0 ? Day(year: campaign.year, month: 8, day: 29)! : Day(year: campaign.year + 1, month: 1, day: 3)!
            deliveries[i].day = day
            deliveries[i].batch = campaign.batch(company: deliveries[i].company, type: deliveries[i].type, day: day)
            mark(i, .outsideCampaign, column: "配送日期", "delivered \(day), outside the campaign window")
        }
    }

    /// File order: townships in directory order, each by date; 登记编号 in that order.
    private func order() {
        var ordered: [Delivery] = []
        for t in campaign.catalogue.townships.indices {
            var block = deliveries.filter { $0.township == t }
            block.sort { ($0.day, $0.village, $0.household) < ($1.day, $1.village, $1.household) }
            let code = Format.padded(campaign.catalogue.townships[t].code, width: 2)
            let width = max(5, String(block.count).count)
            for k in block.indices {
                block[k].recordID = "MJ\(campaign.year)\(code)-\(Format.padded(k + 1, width: width))"
            }
            ordered += block
        }
        deliveries = ordered
        for d in deliveries { campaign.use(batch: d.batch, kg: d.kg) }
    }
}
