import ReportCore

/// What validating an export row needs: the reference data and the policy. A class: the
/// per-record closures capture it, and a struct holding the whole policy was copied per row.
public final class ExportContext: Sendable {
    public let reference: ReferenceData
    public let policy: Policy
    /// Shares the strings of repeated field texts (hall names, …) among rows. Confined to
    /// one reading thread: a reader on another thread takes `withOwnInterner()`.
    public let interner: StringInterner
    /// The files of export folders, for positions that name their file (shared by the run).
    public let sourceFiles: SourceFileNames

    public init(reference: ReferenceData, policy: Policy) {
        self.reference = reference
        self.policy = policy
        interner = StringInterner()
        sourceFiles = SourceFileNames()
    }

    private init(reference: ReferenceData, policy: Policy, interner: StringInterner, sourceFiles: SourceFileNames) {
        self.reference = reference
        self.policy = policy
        self.interner = interner
        self.sourceFiles = sourceFiles
    }

    /// The vocabularies of the categorical columns.
    public var vocabularies: Vocabularies { reference.vocabularies }

    /// The same context with an interner of its own, for reading on another thread.
    public func withOwnInterner() -> ExportContext {
        ExportContext(reference: reference, policy: policy, interner: StringInterner(), sourceFiles: sourceFiles)
    }
}

extension FieldReader {
    /// A duration in tenths (minutes, days), ≥ 0, nil when blank. Decimals are accepted: a
    /// queue system records `27.6`; more than one decimal is rounded half up to a tenth and
    /// noted (a wait changes no count, rate or money).
    func optionalDuration(_ column: Column) throws(RowReject) -> Int? {
        let b = bytes(column)
        if b.isEmpty { return nil }
        // The usual case, whole minutes in at most six digits (within the limit below).
        if let whole = Self.plainDigits(b, upTo: 6) { return whole * 10 }
        let tenths: Int64
        let unit = mapping.units[column.index]
        switch ValueParser.fixedPoint(b, scale: 1, unit: unit) {
        case .success(let parsed):
            tenths = parsed.value
            if parsed.hadUnit { note("“\(mapping.headerText(column))”的取值带单位“\(mapping.units[column.index]?.name ?? "")”，去掉单位按数字读取") }
        case .failure(let error):
            guard case .success(let fine) = ValueParser.fixedPoint(b, scale: 4, unit: unit) else {
                throw reject(column, .badNumber, error.reason)
            }
            tenths = (fine.value + (fine.value >= 0 ? 500 : -500)) / 1000
            note("“\(mapping.headerText(column))”多于一位小数，已四舍五入到 0.1")
        }
        if tenths < 0 { throw reject(column, .negativeValue, "“\(String(decoding: b, as: UTF8.self))”不能为负") }
        if tenths > 10_000_000 { throw reject(column, .implausibleValue, "“\(String(decoding: b, as: UTF8.self))”超出合理范围") }
        return Int(tenths)
    }

    /// The official township name for `column`, rejecting names not in the directory.
    func township(_ column: Column, in directory: TownshipDirectory) throws(RowReject) -> String {
        guard let township = try optionalTownship(column, in: directory) else { throw missing(column) }
        return township
    }

    /// The official name for `column`, nil when blank, rejecting names not in the directory.
    func optionalTownship(_ column: Column, in directory: TownshipDirectory) throws(RowReject) -> String? {
        try optionalTownshipPosition(column, in: directory).map { directory.all[$0].name }
    }

    /// The township's position in `directory.all`, nil when blank, rejecting unknown names.
    func optionalTownshipPosition(_ column: Column, in directory: TownshipDirectory) throws(RowReject) -> Int? {
        let b = bytes(column)
        if b.isEmpty { return nil }
        guard let position = directory.position(bytes: b) else {
            throw reject(column, .unknownTownship, "“\(String(decoding: b, as: UTF8.self))”不在镇街名录中（如是别名，请加入参考数据 townships.csv 的“别名”列）")
        }
        return position
    }

    /// A strictly positive quantity, at most `limit` (in scaled units).
    func positive(_ column: Column, scale: Int, limit: Int64) throws(RowReject) -> Int64 {
        let value = try requiredFixedPoint(column, scale: scale)
        if value <= 0 {
            throw reject(column, .nonPositiveQuantity, "“\(String(decoding: bytes(column), as: UTF8.self))”必须大于 0")
        }
        if value > limit {
            throw reject(column, .implausibleValue, "“\(String(decoding: bytes(column), as: UTF8.self))”超出合理范围")
        }
        return value
    }

    /// Money in fen, ≥ 0 and at most `ExportLimits.moneyFen`, nil when blank.
    func money(_ column: Column) throws(RowReject) -> Int64? {
        guard let fen = try optionalFixedPoint(column, scale: 2) else { return nil }
        if fen < 0 { throw reject(column, .negativeValue, "金额不能为负") }
        if fen > ExportLimits.moneyFen {
            throw reject(column, .implausibleValue, "“\(String(decoding: bytes(column), as: UTF8.self))”超出合理范围")
        }
        return fen
    }
}

/// Upper bounds on one row's quantities and money: far above any real delivery, and low
/// enough that sums over ten million rows and quantity × unit price stay inside Int64.
public enum ExportLimits {
    /// 100 000 tons in one delivery.
    public static let kilograms: Int64 = 100_000_000
    /// 10 000 stoves in one installation record.
    public static let stoves: Int64 = 10_000
    /// 100 million yuan in one cell.
    public static let moneyFen: Int64 = 10_000_000_000
}
