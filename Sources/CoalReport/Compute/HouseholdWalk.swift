/// A township and village by ids, as the job numbers them.
struct AreaKey: Hashable, Sendable {
    let township: Int32
    let village: Int32
}

/// A household's distinct areas: the first inline, further ones (rare) in an array, so a
/// household registered in one village costs no allocation.
struct AreaSet: Sendable {
    private(set) var first: AreaKey?
    private(set) var others: [AreaKey] = []

    mutating func insert(_ area: AreaKey) {
        guard let first else {
            self.first = area
            return
        }
        if first != area && !others.contains(area) { others.append(area) }
    }

    var count: Int { first == nil ? 0 : 1 + others.count }

    /// In first-seen order.
    var all: [AreaKey] { first.map { [$0] + others } ?? [] }
}

/// A cell of the 附件6 table: township × village × company.
struct CoalCellKey: Hashable, Sendable {
    let township: Int32
    let village: Int32
    let company: Int32
}

/// A cell of the 附件8 table: township × village × company × stove model.
struct StoveCellKey: Hashable, Sendable {
    let township: Int32
    let village: Int32
    let company: Int32
    let model: Int32
}

/// What one cell of a 附件6/8 table adds up.
struct CellTally: Sendable {
    var households = 0
    /// Kilograms (coal) or stoves.
    var quantity: Int64 = 0
    var failedBatchKg: Int64 = 0
    var amountFen: Int64 = 0
    var subsidyFen: Int64 = 0
}

/// What one household received and is due.
struct HouseholdTally: Sendable {
    var deliveredKg: Int64 = 0
    var failedBatchKg: Int64 = 0
    var eligibleKg: Int64 = 0
    var coalFen: Int64 = 0
    var stoves = 0
    var subsidisedStoves = 0
    var stoveFen: Int64 = 0
    /// Distinct areas over coal and stove rows.
    var areas = AreaSet()
    /// The household's rows in `HouseholdWalk.deliveryOrder` / `installOrder`.
    var deliveries: Range<Int> = 0..<0
    var installs: Range<Int> = 0..<0
}

/// One pass over the counted rows grouped by household (date order, then file order
/// within a household): the per-household subsidy and its split over rows, distinct
/// households per township and per table cell, and the cells' sums.
struct HouseholdWalk {
    /// Indices into `job.deliveries` / `job.installs`, by household, date, line.
    let deliveryOrder: [Int]
    let installOrder: [Int]
    /// By household id.
    private(set) var tallies: [HouseholdTally]
    private(set) var coalCells: [CoalCellKey: CellTally] = [:]
    private(set) var stoveCells: [StoveCellKey: CellTally] = [:]
    /// Distinct households with coal (stove) rows, per township in directory order.
    private(set) var coalHouseholds: [Int]
    private(set) var stoveHouseholds: [Int]

    init(job: CoalJob, failedBatches: Set<Int32>) {
        let deliveries = job.deliveries, installs = job.installs
        deliveryOrder = deliveries.indices.sorted {
            (deliveries[$0].household, deliveries[$0].day, deliveries[$0].line)
                < (deliveries[$1].household, deliveries[$1].day, deliveries[$1].line)
        }
        installOrder = installs.indices.sorted {
            (installs[$0].household, installs[$0].day, installs[$0].line)
                < (installs[$1].household, installs[$1].day, installs[$1].line)
        }
        tallies = Array(repeating: HouseholdTally(), count: job.households.count)
        coalHouseholds = Array(repeating: 0, count: job.townshipNames.count)
        stoveHouseholds = coalHouseholds
        let policy = job.policy

        // Per household: its distinct cells and townships (buffers reused across households).
        var coalKeys: [CoalCellKey] = [], stoveKeys: [StoveCellKey] = [], townships: [Int32] = []
        for range in Self.groups(deliveryOrder, household: { deliveries[$0].household }) {
            let rows = range.map { deliveries[deliveryOrder[$0]] }
            let household = Int(rows[0].household)
            let eligible = rows.map { failedBatches.contains($0.batch) ? 0 : $0.kilograms }
            let shares = SubsidyAllocation.coalShares(eligibleKilograms: eligible,
                                                      capKilograms: policy.subsidyMaxKilogramsPerHousehold,
                                                      fenPerTon: policy.subsidyFenPerTon)
            coalKeys.removeAll(keepingCapacity: true)
            townships.removeAll(keepingCapacity: true)
            for (k, row) in rows.enumerated() {
                let failed = failedBatches.contains(row.batch)
                tallies[household].deliveredKg += row.kilograms
                tallies[household].failedBatchKg += failed ? row.kilograms : 0
                tallies[household].eligibleKg += eligible[k]
                tallies[household].coalFen += shares[k]
                tallies[household].areas.insert(AreaKey(township: row.township, village: row.village))
                let key = CoalCellKey(township: row.township, village: row.village, company: row.company)
                coalCells[key, default: CellTally()].quantity += row.kilograms
                coalCells[key, default: CellTally()].failedBatchKg += failed ? row.kilograms : 0
                coalCells[key, default: CellTally()].amountFen += row.amountFen ?? 0
                coalCells[key, default: CellTally()].subsidyFen += shares[k]
                appendUnique(key, to: &coalKeys)
                appendUnique(row.township, to: &townships)
            }
            for key in coalKeys { coalCells[key, default: CellTally()].households += 1 }
            for township in townships { coalHouseholds[Int(township)] += 1 }
            tallies[household].deliveries = range
        }

        for range in Self.groups(installOrder, household: { installs[$0].household }) {
            let rows = range.map { installs[installOrder[$0]] }
            let household = Int(rows[0].household)
            let granted = SubsidyAllocation.stoveShares(counts: rows.map(\.count), cap: policy.stoveMaxPerHousehold)
            stoveKeys.removeAll(keepingCapacity: true)
            townships.removeAll(keepingCapacity: true)
            for (k, row) in rows.enumerated() {
                let fen = Int64(granted[k]) * policy.stoveSubsidyFen
                tallies[household].stoves += row.count
                tallies[household].subsidisedStoves += granted[k]
                tallies[household].stoveFen += fen
                tallies[household].areas.insert(AreaKey(township: row.township, village: row.village))
                let key = StoveCellKey(township: row.township, village: row.village, company: row.company, model: row.model)
                stoveCells[key, default: CellTally()].quantity += Int64(row.count)
                stoveCells[key, default: CellTally()].amountFen += row.amountFen ?? 0
                stoveCells[key, default: CellTally()].subsidyFen += fen
                appendUnique(key, to: &stoveKeys)
                appendUnique(row.township, to: &townships)
            }
            for key in stoveKeys { stoveCells[key, default: CellTally()].households += 1 }
            for township in townships { stoveHouseholds[Int(township)] += 1 }
            tallies[household].installs = range
        }
    }

    /// Distinct households with coal (stove) rows across the district.
    var districtCoalHouseholds: Int { tallies.reduce(0) { $0 + ($1.deliveries.isEmpty ? 0 : 1) } }
    var districtStoveHouseholds: Int { tallies.reduce(0) { $0 + ($1.installs.isEmpty ? 0 : 1) } }

    /// Ranges of `order` that share a household.
    static func groups(_ order: [Int], household: (Int) -> Int32) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        while start < order.count {
            let id = household(order[start])
            var end = start + 1
            while end < order.count, household(order[end]) == id { end += 1 }
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }
}

/// Appends `value` unless present (the lists are a household's few areas or cells).
private func appendUnique<T: Equatable>(_ value: T, to list: inout [T]) {
    if !list.contains(value) { list.append(value) }
}
