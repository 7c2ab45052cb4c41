import ReportCore

/// One anomaly of SPEC §4.1, with the records it involves. The facts are kept as data;
/// the Chinese wording (and the masking of the phone number) is the renderer's.
public struct CoalAnomaly: Sendable, Equatable {
    /// The kinds, in the order the report lists them.
    public enum Kind: Int, CaseIterable, Comparable, Sendable {
        case multipleAreas, overCap, amountMismatch, sharedPhone, reExport, conflictingDuplicate, outsideCampaign

        /// The Chinese name written in `coal/anomalies.csv` and the summary.
        public var title: String {
            switch self {
            case .multipleAreas: "户号跨镇街/村居"
            case .overCap: "超过补贴上限"
            case .amountMismatch: "金额与数量×单价不符"
            case .sharedPhone: "电话号码多户共用"
            case .reExport: "登记编号重复（重复导出）"
            case .conflictingDuplicate: "登记编号重复（内容冲突）"
            case .outsideCampaign: "配送日期不在推广期内"
            }
        }

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// A township and village, as one household's registration names them.
    public struct Area: Sendable, Equatable, Hashable {
        public let township: String
        public let village: String
    }

    /// What was found.
    public enum Facts: Sendable, Equatable {
        /// One 户号 registered in these areas (coal and stove registrations together).
        case multipleAreas([Area])
        /// A household's coal, campaign start to period end, above the cap.
        case coalOverCap(deliveredKg: Int64, capKg: Int64)
        /// A household's stoves above the cap.
        case stovesOverCap(count: Int, cap: Int)
        /// Amount against tons × price per ton.
        case coalAmountMismatch(kilograms: Int64, unitPriceFen: Int64, amountFen: Int64)
        /// Amount against count × price each.
        case stoveAmountMismatch(count: Int, unitPriceFen: Int64, amountFen: Int64)
        /// One phone number (the key the job grouped by) for this many households.
        case sharedPhone(phone: String, households: Int)
        /// A later row identical to the one on `firstLine`, counted once.
        case reExport(firstLine: Int)
        /// A later row with the 登记编号 of the one on `firstLine` and other content, rejected.
        case conflictingDuplicate(firstLine: Int)
        /// A row dated `day` in the quota year outside `campaign`.
        case outsideCampaign(day: Day, campaign: ClosedRange<Day>, isInstall: Bool)
    }

    /// One row of an export that an anomaly involves.
    public struct Record: Sendable, Equatable {
        /// The export file name.
        public let file: String
        public let recordID: String
        /// 1-based line in the export.
        public let line: Int
        public let township: String
        public let village: String
        /// The unmasked 户号 (masked when rendered).
        public let householdID: String
    }

    public let facts: Facts
    /// In file order (deliveries before installs), then line order.
    public let records: [Record]

    public init(facts: Facts, records: [Record]) {
        self.facts = facts
        self.records = records
    }

    /// The kind the facts belong to.
    public var kind: Kind {
        switch facts {
        case .multipleAreas: .multipleAreas
        case .coalOverCap, .stovesOverCap: .overCap
        case .coalAmountMismatch, .stoveAmountMismatch: .amountMismatch
        case .sharedPhone: .sharedPhone
        case .reExport: .reExport
        case .conflictingDuplicate: .conflictingDuplicate
        case .outsideCampaign: .outsideCampaign
        }
    }
}
