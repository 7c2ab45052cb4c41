/// The 附件5–8 tables and the household subsidy list, from the household walk.
///
/// Cells are listed by township (directory order), then village, company and model by
/// their text; each township with rows gets a subtotal row after its cells and the table
/// ends with the district total. Subtotal and total households are distinct 户号 in the
/// township and district (a household in two cells counts once), so they can be less
/// than the sum of the cells; quantities, amounts and subsidies add up exactly.
enum AreaSummaries {
    /// Whether `a` sorts before `b` (by Unicode text, as before), nil when they are equal
    /// as text. Text that is equal but spelled with other bytes then falls to the caller's
    /// first-seen ids, so the order never depends on hashing.
    static func textOrder(_ a: String, _ b: String) -> Bool? {
        if a < b { return true }
        if b < a { return false }
        return nil
    }

    static func coalRows(job: CoalJob, walk: HouseholdWalk) -> [CoalSummaryRow] {
        let names = job.townshipNames, villages = job.villages.values, companies = job.companies.values
        // Ties (names equal as Unicode text but spelled with different bytes) fall back
        // to the first-seen ids, so the order never depends on hashing.
        let keys = walk.coalCells.keys.sorted { a, b in
            if a.township != b.township { return a.township < b.township }
            if let order = Self.textOrder(villages[Int(a.village)], villages[Int(b.village)]) { return order }
            if let order = Self.textOrder(companies[Int(a.company)], companies[Int(b.company)]) { return order }
            return (a.village, a.company) < (b.village, b.company)
        }
        var rows: [CoalSummaryRow] = []
        var total = CellTally()
        var index = 0
        while index < keys.count {
            let township = keys[index].township
            var subtotal = CellTally()
            while index < keys.count, keys[index].township == township {
                let key = keys[index], cell = walk.coalCells[key]!
                rows.append(CoalSummaryRow(
                    level: .cell, township: names[Int(township)], village: villages[Int(key.village)],
                    company: companies[Int(key.company)], households: cell.households, kilograms: cell.quantity,
                    failedBatchKg: cell.failedBatchKg, amountFen: cell.amountFen, subsidyFen: cell.subsidyFen))
                subtotal.add(cell)
                index += 1
            }
            subtotal.households = walk.coalHouseholds[Int(township)]
            rows.append(coalRow(.townshipSubtotal, names[Int(township)], subtotal))
            total.add(subtotal)
        }
        total.households = walk.districtCoalHouseholds
        rows.append(coalRow(.districtTotal, "", total))
        return rows
    }

    static func stoveRows(job: CoalJob, walk: HouseholdWalk) -> [StoveSummaryRow] {
        let names = job.townshipNames, villages = job.villages.values
        let companies = job.companies.values, models = job.models.values
        let keys = walk.stoveCells.keys.sorted { a, b in
            if a.township != b.township { return a.township < b.township }
            if let order = Self.textOrder(villages[Int(a.village)], villages[Int(b.village)]) { return order }
            if let order = Self.textOrder(companies[Int(a.company)], companies[Int(b.company)]) { return order }
            if let order = Self.textOrder(models[Int(a.model)], models[Int(b.model)]) { return order }
            return (a.village, a.company, a.model) < (b.village, b.company, b.model)
        }
        var rows: [StoveSummaryRow] = []
        var total = CellTally()
        var index = 0
        while index < keys.count {
            let township = keys[index].township
            var subtotal = CellTally()
            while index < keys.count, keys[index].township == township {
                let key = keys[index], cell = walk.stoveCells[key]!
                rows.append(StoveSummaryRow(
                    level: .cell, township: names[Int(township)], village: villages[Int(key.village)],
                    company: companies[Int(key.company)], model: models[Int(key.model)], households: cell.households,
                    stoves: Int(cell.quantity), amountFen: cell.amountFen, subsidyFen: cell.subsidyFen))
                subtotal.add(cell)
                index += 1
            }
            subtotal.households = walk.stoveHouseholds[Int(township)]
            rows.append(stoveRow(.townshipSubtotal, names[Int(township)], subtotal))
            total.add(subtotal)
        }
        total.households = walk.districtStoveHouseholds
        rows.append(stoveRow(.districtTotal, "", total))
        return rows
    }

    /// Every household with a counted row, by its first township (directory order), then 户号.
    static func households(job: CoalJob, walk: HouseholdWalk) -> HouseholdSubsidies {
        let villageNames = job.villages.values, ids = job.households.values
        let firstTownship = walk.tallies.map { HouseholdSubsidies.sorted($0.areas, villageNames: villageNames).first?.township ?? Int32.max }
        let order = walk.tallies.indices.sorted {
            (firstTownship[$0], ids[$0]) < (firstTownship[$1], ids[$1])
        }.map { Int32($0) }
        return HouseholdSubsidies(order: order, tallies: walk.tallies, ids: ids, buyers: job.buyers,
                                  townshipNames: job.townshipNames, villageNames: villageNames,
                                  capKilograms: job.policy.subsidyMaxKilogramsPerHousehold)
    }

    /// District totals, straight from the tallies.
    static func subsidyTotals(_ tallies: [HouseholdTally], capKilograms: Int64) -> SubsidyTotals {
        var coalFen: Int64 = 0, stoveFen: Int64 = 0, kilograms: Int64 = 0
        var coalHouseholds = 0, stoveHouseholds = 0, subsidised = 0, stoves = 0
        for tally in tallies {
            coalFen += tally.coalFen
            stoveFen += tally.stoveFen
            kilograms += min(tally.eligibleKg, capKilograms)
            stoves += tally.subsidisedStoves
            if tally.coalFen > 0 { coalHouseholds += 1 }
            if tally.stoveFen > 0 { stoveHouseholds += 1 }
            if tally.coalFen + tally.stoveFen > 0 { subsidised += 1 }
        }
        return SubsidyTotals(coalFen: coalFen, stoveFen: stoveFen, coalHouseholds: coalHouseholds,
                             stoveHouseholds: stoveHouseholds, subsidisedKg: kilograms, subsidisedStoves: stoves,
                             households: subsidised)
    }

    private static func coalRow(_ level: SummaryLevel, _ township: String, _ t: CellTally) -> CoalSummaryRow {
        CoalSummaryRow(level: level, township: township, village: "", company: "", households: t.households,
                       kilograms: t.quantity, failedBatchKg: t.failedBatchKg, amountFen: t.amountFen, subsidyFen: t.subsidyFen)
    }

    private static func stoveRow(_ level: SummaryLevel, _ township: String, _ t: CellTally) -> StoveSummaryRow {
        StoveSummaryRow(level: level, township: township, village: "", company: "", model: "", households: t.households,
                        stoves: Int(t.quantity), amountFen: t.amountFen, subsidyFen: t.subsidyFen)
    }
}

extension CellTally {
    /// Adds another tally's sums (households are set separately: they are distinct counts).
    mutating func add(_ other: CellTally) {
        quantity += other.quantity
        failedBatchKg += other.failedBatchKg
        amountFen += other.amountFen
        subsidyFen += other.subsidyFen
    }
}
