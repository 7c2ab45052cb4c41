import ReportInputs

/// The anomalies that need every row of a household or phone number: one 户号 in more
/// than one township or village (coal and stove registrations together), a household
/// over the coal or stove cap (campaign start to period end, all tons delivered,
/// failed batches included), and one phone number shared by at least
/// `sharedPhoneMinHouseholds` distinct households (both exports together).
enum AggregateAnomalies {
    static func find(job: CoalJob, walk: HouseholdWalk) -> [CoalAnomaly] {
        var anomalies: [CoalAnomaly] = []
        let policy = job.policy, names = job.townshipNames, villages = job.villages.values
        for tally in walk.tallies {
            let deliveries = { tally.deliveries.map { job.deliveries[walk.deliveryOrder[$0]] } }
            let installs = { tally.installs.map { job.installs[walk.installOrder[$0]] } }
            if tally.areas.count > 1 {
                let areas = tally.areas.all
                    .sorted { ($0.township, villages[Int($0.village)]) < ($1.township, villages[Int($1.village)]) }
                    .map { CoalAnomaly.Area(township: names[Int($0.township)], village: villages[Int($0.village)]) }
                anomalies.append(CoalAnomaly(facts: .multipleAreas(areas),
                                             records: records(job, deliveries(), installs())))
            }
            if tally.deliveredKg > policy.subsidyMaxKilogramsPerHousehold {
                anomalies.append(CoalAnomaly(
                    facts: .coalOverCap(deliveredKg: tally.deliveredKg, capKg: policy.subsidyMaxKilogramsPerHousehold),
                    records: records(job, deliveries(), [])))
            }
            if tally.stoves > policy.stoveMaxPerHousehold {
                anomalies.append(CoalAnomaly(facts: .stovesOverCap(count: tally.stoves, cap: policy.stoveMaxPerHousehold),
                                             records: records(job, [], installs())))
            }
        }
        anomalies += sharedPhones(job: job)
        return anomalies
    }

    /// Phones used by at least the policy's number of distinct households.
    static func sharedPhones(job: CoalJob) -> [CoalAnomaly] {
        var pairs: [UInt64] = []
        pairs.reserveCapacity(job.deliveries.count + job.installs.count)
        func pack(_ phone: Int32, _ household: Int32) -> UInt64 {
            UInt64(UInt32(bitPattern: phone)) << 32 | UInt64(UInt32(bitPattern: household))
        }
        for row in job.deliveries where row.phone >= 0 { pairs.append(pack(row.phone, row.household)) }
        for row in job.installs where row.phone >= 0 { pairs.append(pack(row.phone, row.household)) }
        pairs.sort()
        var shared: [Int32: Int] = [:]
        var index = 0
        while index < pairs.count {
            let phone = pairs[index] >> 32
            var households = 0
            var last: UInt64?
            while index < pairs.count, pairs[index] >> 32 == phone {
                if pairs[index] != last { households += 1 }
                last = pairs[index]
                index += 1
            }
            if households >= job.policy.sharedPhoneMinHouseholds { shared[Int32(truncatingIfNeeded: phone)] = households }
        }
        guard !shared.isEmpty else { return [] }
        var deliveries: [Int32: [DeliveryEntry]] = [:], installs: [Int32: [InstallEntry]] = [:]
        for row in job.deliveries where shared[row.phone] != nil { deliveries[row.phone, default: []].append(row) }
        for row in job.installs where shared[row.phone] != nil { installs[row.phone, default: []].append(row) }
        return shared.keys.sorted().map { phone in
            CoalAnomaly(facts: .sharedPhone(phone: job.phones[phone], households: shared[phone]!),
                        records: records(job, deliveries[phone] ?? [], installs[phone] ?? []))
        }
    }

    /// The rows as anomaly records, deliveries before installs, each in line order.
    static func records(_ job: CoalJob, _ deliveries: [DeliveryEntry], _ installs: [InstallEntry]) -> [CoalAnomaly.Record] {
        let names = job.townshipNames, villages = job.villages.values, households = job.households.values
        let coal = deliveries.sorted { $0.line < $1.line }.map {
            CoalAnomaly.Record(file: CoalDeliveryFile.fileName, recordID: $0.recordID, line: Int($0.line),
                               township: names[Int($0.township)], village: villages[Int($0.village)],
                               householdID: households[Int($0.household)])
        }
        let stoves = installs.sorted { $0.line < $1.line }.map {
            CoalAnomaly.Record(file: StoveInstallFile.fileName, recordID: $0.recordID, line: Int($0.line),
                               township: names[Int($0.township)], village: villages[Int($0.village)],
                               householdID: households[Int($0.household)])
        }
        return coal + stoves
    }
}
