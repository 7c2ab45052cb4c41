/// The households of `coal/subsidy_households.csv`, in report order: by first township
/// (directory order), then 户号. Each `HouseholdSubsidy` is built when accessed from the
/// job's compact per-household tallies, so a million households are not held twice.
public struct HouseholdSubsidies: RandomAccessCollection, Sendable {
    let order: [Int32]
    let tallies: [HouseholdTally]
    let ids: [String]
    let buyers: [String]
    let townshipNames: [String]
    let villageNames: [String]
    let capKilograms: Int64

    public var startIndex: Int { 0 }
    public var endIndex: Int { order.count }

    public subscript(position: Int) -> HouseholdSubsidy {
        let id = Int(order[position])
        let tally = tallies[id]
        var townships: [String] = [], villages: [String] = []
        for area in Self.sorted(tally.areas, villageNames: villageNames) {
            let township = townshipNames[Int(area.township)], village = villageNames[Int(area.village)]
            if !townships.contains(township) { townships.append(township) }
            if !villages.contains(village) { villages.append(village) }
        }
        return HouseholdSubsidy(
            householdID: ids[id], buyer: buyers[id], townships: townships, villages: villages,
            deliveredKg: tally.deliveredKg, failedBatchKg: tally.failedBatchKg, eligibleKg: tally.eligibleKg,
            subsidisedKg: Swift.min(tally.eligibleKg, capKilograms), coalFen: tally.coalFen,
            stoves: tally.stoves, subsidisedStoves: tally.subsidisedStoves, stoveFen: tally.stoveFen)
    }

    /// A household's areas by township (directory order), then village text.
    static func sorted(_ areas: AreaSet, villageNames: [String]) -> [AreaKey] {
        guard areas.count > 1 else { return areas.all }
        return areas.all.sorted {
            ($0.township, villageNames[Int($0.village)]) < ($1.township, villageNames[Int($1.village)])
        }
    }
}
