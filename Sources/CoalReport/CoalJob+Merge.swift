extension CoalJob {
    /// Adds the deliveries and installs another job took from a later part of the same
    /// export (read on another core), so that the result is the job that took every row in
    /// file order. Both jobs started from the same job (the batch samples in, nothing else);
    /// the later job's texts are renumbered into this job's interners in their first-seen
    /// order, which is file order.
    ///
    /// Returns false, changing nothing, when a 登记编号 of the later part was also seen in
    /// this one: that part counted a row a reading in one piece would have taken as a
    /// re-export or rejected as a conflict. The caller then reads the export in one piece.
    public mutating func merge(_ later: CoalJob) -> Bool {
        guard samples.count == later.samples.count, deliveryRecords.isDisjoint(with: later.deliveryRecords),
              installRecords.isDisjoint(with: later.installRecords) else { return false }
        deliveryRecords.add(later.deliveryRecords)
        installRecords.add(later.installRecords)

        var householdIDs: [Int32] = []
        householdIDs.reserveCapacity(later.households.count)
        for (index, id) in later.households.values.enumerated() {
            let merged = households.id(id)
            householdIDs.append(merged)
            // The first non-empty buyer name in file order: this part's, else the later one's.
            let buyer = later.buyers[index]
            if Int(merged) == buyers.count {
                buyers.append(buyer)
            } else if buyers[Int(merged)].isEmpty {
                buyers[Int(merged)] = buyer
            }
        }
        let villageIDs = later.villages.values.map { villages.id($0) }
        let companyIDs = later.companies.values.map { companies.id($0) }
        let modelIDs = later.models.values.map { models.id($0) }
        let batchIDs = later.batches.values.map { batches.id($0) }
        let phoneIDs = later.phones.values.map { phones.id($0) }
        func phone(_ id: Int32) -> Int32 { id < 0 ? id : phoneIDs[Int(id)] }

        for (batch, coalType) in later.batchCoalTypes where batchCoalTypes[batchIDs[Int(batch)]] == nil {
            batchCoalTypes[batchIDs[Int(batch)]] = coalType
        }
        deliveries.reserveCapacity(deliveries.count + later.deliveries.count)
        for entry in later.deliveries {
            deliveries.append(DeliveryEntry(
                recordID: entry.recordID, line: entry.line, day: entry.day, household: householdIDs[Int(entry.household)],
                township: entry.township, village: villageIDs[Int(entry.village)],
                company: companyIDs[Int(entry.company)], batch: batchIDs[Int(entry.batch)], phone: phone(entry.phone),
                kilograms: entry.kilograms, amountFen: entry.amountFen, inPeriod: entry.inPeriod))
        }
        for entry in later.installs {
            installs.append(InstallEntry(
                recordID: entry.recordID, line: entry.line, day: entry.day, household: householdIDs[Int(entry.household)],
                township: entry.township, village: villageIDs[Int(entry.village)],
                company: companyIDs[Int(entry.company)], model: modelIDs[Int(entry.model)], phone: phone(entry.phone),
                count: entry.count, amountFen: entry.amountFen, inPeriod: entry.inPeriod))
        }
        rowAnomalies += later.rowAnomalies
        for index in previousKilograms.indices {
            previousKilograms[index] += later.previousKilograms[index]
            previousStoves[index] += later.previousStoves[index]
        }
        return true
    }
}
