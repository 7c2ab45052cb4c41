import ReportCore
import ReportInputs

/// Why the coal job cannot run for a period.
public enum CoalJobError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The policy's campaign dates do not exist in the quota year (e.g. 02-29 in 2019).
    case campaignNotInYear(Int)

    public var description: String {
        switch self {
        case .campaignNotInYear(let year):
            "策略文件的推广期（coal.campaign_start 至 coal.campaign_end）在 \(year) 年不是有效日期"
        }
    }
}

/// The `coal` job of SPEC §4.1 (博政办字〔2018〕109号): fed validated rows one at a time —
/// the batch samples first, then the deliveries, then the stove installs — it keeps
/// per-row integers and ids (not the rows' strings), and `results()` computes progress,
/// ranking, subsidies, batch quality and anomalies from them.
///
/// Duplicate 登记编号 are decided per export in file order, whatever the dates; rows
/// outside the report's scope (`CampaignScope`) are otherwise set aside as they arrive.
/// The previous period of the same kind is accumulated in the same pass, for rank change.
public struct CoalJob: Sendable {
    /// The current report's scope.
    public let scope: CampaignScope
    /// The previous period's scope (nil when its campaign dates do not exist).
    public let previousScope: CampaignScope?
    let reference: ReferenceData
    let policy: Policy.Coal
    let sourceFiles: SourceFileNames
    /// The townships in display order; rows refer to them by position.
    let townshipNames: [String]
    private let townshipIndex: [String: Int32]

    var households = Interner()
    /// First non-empty buyer name per household, by household id.
    var buyers: [String] = []
    var villages = Interner()
    var companies = Interner()
    var models = Interner()
    var batches = Interner()
    var phones = Interner()
    /// First non-empty coal type a delivery gives for a batch.
    var batchCoalTypes: [Int32: String] = [:]
    var samples: [SampleEntry] = []
    var deliveries: [DeliveryEntry] = []
    var installs: [InstallEntry] = []
    /// Anomalies found row by row (duplicates, amounts, dates), in reading order.
    var rowAnomalies: [CoalAnomaly] = []
    /// Previous period, per township (directory order): kilograms and stoves counted.
    var previousKilograms: [Int64]
    var previousStoves: [Int]
    var deliveryRecords = RecordRegistry()
    var installRecords = RecordRegistry()

    /// A job for `period` with the reference data and policy of the run.
    /// - Parameter sourceFiles: names the files of export folders in positions (rows are
    ///   added with a position, `SourceFileNames`, which is their line for a single file).
    public init(period: Period, reference: ReferenceData, policy: Policy,
                sourceFiles: SourceFileNames = SourceFileNames()) throws(CoalJobError) {
        self.sourceFiles = sourceFiles
        guard let scope = CampaignScope(period: period, policy: policy.coal) else {
            throw .campaignNotInYear(period.last.year)
        }
        self.scope = scope
        previousScope = CampaignScope(period: period.previous, policy: policy.coal)
        self.reference = reference
        self.policy = policy.coal
        let names = reference.townships.all.map(\.name)
        townshipNames = names
        townshipIndex = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Int32($0)) })
        previousKilograms = Array(repeating: 0, count: names.count)
        previousStoves = Array(repeating: 0, count: names.count)
    }

    // MARK: - Rows

    /// Takes one batch sample (逐批抽检). Samples dated after the period end are ignored.
    public mutating func add(_ sample: CoalQualitySample, line: Int) {
        guard sample.day <= scope.period.last else { return }
        samples.append(SampleEntry(sample: sample, line: line, batch: batches.id(sample.batch)))
    }

    /// Takes one delivery; returns a reject for a conflicting duplicate 登记编号.
    public mutating func add(_ delivery: CoalDelivery, line: Int) -> RowReject? {
        let file = CoalDeliveryFile.fileName
        let verdict = deliveryRecords.check(delivery.recordID, fingerprint: delivery.contentFingerprint, line: line)
        let record = CoalAnomaly.Record(file: file, recordID: delivery.recordID, line: line, township: delivery.township,
                                        village: delivery.village, householdID: delivery.householdID)
        if let reject = noteDuplicate(verdict, record: record, day: delivery.day) { return reject }
        if case .reExport = verdict { return nil }
        guard let township = townshipIndex[delivery.township] else { return nil }

        let batch = batches.id(delivery.batch)
        if !delivery.coalType.isEmpty, !delivery.batch.isEmpty, batchCoalTypes[batch] == nil {
            batchCoalTypes[batch] = delivery.coalType
        }
        if let previousScope, case .counted = previousScope.place(delivery.day) {
            previousKilograms[Int(township)] += delivery.kilograms
        }
        let placement = scope.place(delivery.day)
        switch placement {
        case .earlierYear, .afterPeriodEnd: return nil
        case .outsideCampaign, .counted: break
        }
        if RowChecks.coalAmountMismatch(kilograms: delivery.kilograms, unitPriceFen: delivery.unitPriceFen,
                                        amountFen: delivery.amountFen, toleranceFen: policy.amountToleranceFen) {
            rowAnomalies.append(CoalAnomaly(facts: .coalAmountMismatch(
                kilograms: delivery.kilograms, unitPriceFen: delivery.unitPriceFen ?? 0, amountFen: delivery.amountFen ?? 0),
                records: [record]))
        }
        guard case .counted(let inPeriod) = placement else {
            rowAnomalies.append(CoalAnomaly(facts: .outsideCampaign(day: delivery.day, campaign: scope.campaign,
                                                                    isInstall: false), records: [record]))
            return nil
        }
        deliveries.append(DeliveryEntry(
            recordID: delivery.recordID, line: Int32(clamping: line), day: delivery.day,
            household: household(delivery.householdID, buyer: delivery.buyer), township: township,
            village: villages.id(delivery.village), company: companies.id(delivery.company),
            batch: batch, phone: phone(delivery.phone), kilograms: delivery.kilograms,
            amountFen: delivery.amountFen, inPeriod: inPeriod))
        return nil
    }

    /// Takes one stove installation; returns a reject for a conflicting duplicate 登记编号.
    public mutating func add(_ install: StoveInstall, line: Int) -> RowReject? {
        let file = StoveInstallFile.fileName
        let verdict = installRecords.check(install.recordID, fingerprint: install.contentFingerprint, line: line)
        let record = CoalAnomaly.Record(file: file, recordID: install.recordID, line: line, township: install.township,
                                        village: install.village, householdID: install.householdID)
        if let reject = noteDuplicate(verdict, record: record, day: install.day) { return reject }
        if case .reExport = verdict { return nil }
        guard let township = townshipIndex[install.township] else { return nil }

        if let previousScope, case .counted = previousScope.place(install.day) {
            previousStoves[Int(township)] += install.count
        }
        let placement = scope.place(install.day)
        switch placement {
        case .earlierYear, .afterPeriodEnd: return nil
        case .outsideCampaign, .counted: break
        }
        if RowChecks.stoveAmountMismatch(count: install.count, unitPriceFen: install.unitPriceFen,
                                         amountFen: install.amountFen, toleranceFen: policy.amountToleranceFen) {
            rowAnomalies.append(CoalAnomaly(facts: .stoveAmountMismatch(
                count: install.count, unitPriceFen: install.unitPriceFen ?? 0, amountFen: install.amountFen ?? 0),
                records: [record]))
        }
        guard case .counted(let inPeriod) = placement else {
            rowAnomalies.append(CoalAnomaly(facts: .outsideCampaign(day: install.day, campaign: scope.campaign,
                                                                    isInstall: true), records: [record]))
            return nil
        }
        installs.append(InstallEntry(
            recordID: install.recordID, line: Int32(clamping: line), day: install.day,
            household: household(install.householdID, buyer: install.buyer), township: township,
            village: villages.id(install.village), company: companies.id(install.company),
            model: models.id(install.model), phone: phone(install.phone), count: install.count,
            amountFen: install.amountFen, inPeriod: inPeriod))
        return nil
    }

    // MARK: - Helpers

    /// Lists a repeated 登记编号 as an anomaly when the later row is dated within the
    /// report's year up to its end, and rejects it when its content differs.
    private mutating func noteDuplicate(_ verdict: RecordRegistry.Verdict, record: CoalAnomaly.Record,
                                        day: Day) -> RowReject? {
        let inScope: Bool
        switch scope.place(day) {
        case .earlierYear, .afterPeriodEnd: inScope = false
        case .outsideCampaign, .counted: inScope = true
        }
        switch verdict {
        case .first:
            return nil
        case .reExport(let firstLine):
            if inScope {
                rowAnomalies.append(CoalAnomaly(facts: .reExport(firstLine: firstLine),
                                                records: [record.atLine(firstLine), record]))
            }
            return nil
        case .conflict(let firstLine):
            if inScope {
                rowAnomalies.append(CoalAnomaly(facts: .conflictingDuplicate(firstLine: firstLine),
                                                records: [record.atLine(firstLine), record]))
            }
            return RowReject(.conflictingDuplicate, column: "登记编号", detail: "与\(sourceFiles.lineReference(firstLine))登记编号相同但内容不同")
        }
    }

    private mutating func household(_ id: String, buyer: String) -> Int32 {
        let household = households.id(id)
        if Int(household) == buyers.count {
            buyers.append(buyer)
        } else if buyers[Int(household)].isEmpty {
            buyers[Int(household)] = buyer
        }
        return household
    }

    private mutating func phone(_ text: String) -> Int32 {
        let key = RowChecks.phoneKey(text)
        return key.isEmpty ? -1 : phones.id(key)
    }
}

extension CoalAnomaly.Record {
    /// The same record's first occurrence: same 登记编号, on `line`. Its township,
    /// village and household are this row's (for a re-export they are the same).
    func atLine(_ line: Int) -> CoalAnomaly.Record {
        CoalAnomaly.Record(file: file, recordID: recordID, line: line, township: township, village: village,
                           householdID: householdID)
    }
}
