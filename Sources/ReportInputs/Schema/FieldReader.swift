import CSVReader
import ReportCore

/// Typed access to the fields of one record under a header mapping.
///
/// Every accessor trims the field and either returns a value or throws a `RowReject`
/// naming the column as the file wrote it. Byte-level parsers from `ReportCore` do the
/// work, so nothing here allocates unless a `String` is asked for.
public struct FieldReader<Column: ColumnKey> {
    public let record: RawRecord
    public let mapping: HeaderMapping<Column>
    /// Where variants accepted rather than rejected are noted (nil: not reported).
    public let log: AcceptanceLog?

    public init(record: RawRecord, mapping: HeaderMapping<Column>, log: AcceptanceLog? = nil) {
        self.record = record
        self.mapping = mapping
        self.log = log
    }

    /// Notes a variant accepted in this record (see `AcceptanceLog`).
    public func note(_ description: String) {
        log?.note(description, line: record.line)
    }

    /// Trimmed bytes of `column`; empty when the column or the field is absent.
    @inline(__always)
    public func bytes(_ column: Column) -> UnsafeBufferPointer<UInt8> {
        guard let index = mapping.fieldIndex[column.index] else {
            return UnsafeBufferPointer(start: nil, count: 0)
        }
        return ValueParser.trimmed(record[index])
    }

    public func isBlank(_ column: Column) -> Bool { bytes(column).isEmpty }

    /// A `RowReject` for `column`.
    public func reject(_ column: Column, _ kind: RejectKind, _ detail: String) -> RowReject {
        RowReject(kind, column: mapping.headerText(column), detail: detail)
    }

    /// The trimmed text as a shared string from `interner`, or nil when blank.
    public func optionalText(_ column: Column, interner: StringInterner) -> String? {
        let b = bytes(column)
        return b.isEmpty ? nil : interner.string(b)
    }

    public func requiredText(_ column: Column, interner: StringInterner) throws(RowReject) -> String {
        guard let text = optionalText(column, interner: interner) else { throw missing(column) }
        return text
    }

    /// The trimmed text as a shared string from `interner`, with its id there.
    public func requiredInterned(_ column: Column, interner: StringInterner) throws(RowReject) -> (text: String, id: Int) {
        let b = bytes(column)
        if b.isEmpty { throw missing(column) }
        return interner.interned(b)
    }

    /// The trimmed text, or nil when blank.
    public func optionalText(_ column: Column) -> String? {
        let b = bytes(column)
        return b.isEmpty ? nil : String(decoding: b, as: UTF8.self)
    }

    public func requiredText(_ column: Column) throws(RowReject) -> String {
        guard let text = optionalText(column) else { throw missing(column) }
        return text
    }

    /// A decimal scaled by 10^scale (kilograms from tons with scale 3, fen from yuan
    /// with scale 2), or nil when blank.
    public func optionalFixedPoint(_ column: Column, scale: Int) throws(RowReject) -> Int64? {
        let b = bytes(column)
        if b.isEmpty { return nil }
        switch ValueParser.fixedPoint(b, scale: scale, unit: mapping.units[column.index]) {
        case .success(let parsed):
            if parsed.hadUnit { note("“\(mapping.headerText(column))”的取值带单位“\(mapping.units[column.index]?.name ?? "")”，去掉单位按数字读取") }
            return parsed.value
        case .failure(let error): throw reject(column, .badNumber, error.reason)
        }
    }

    public func requiredFixedPoint(_ column: Column, scale: Int) throws(RowReject) -> Int64 {
        guard let value = try optionalFixedPoint(column, scale: scale) else { throw missing(column) }
        return value
    }

    /// The value of one to `limit` ASCII digits, nil for anything else: the usual case of a
    /// count or duration, read without the general parser.
    @inline(__always)
    static func plainDigits(_ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> Int? {
        guard bytes.count <= limit else { return nil }
        var value = 0
        for byte in bytes {
            let digit = Int(byte) &- 0x30
            if digit < 0 || digit > 9 { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// A whole number ≥ 0, or nil when blank.
    public func optionalCount(_ column: Column) throws(RowReject) -> Int? {
        let b = bytes(column)
        if b.isEmpty { return nil }
        if let plain = Self.plainDigits(b, upTo: 9) { return plain }
        guard let value = try optionalFixedPoint(column, scale: 0) else { return nil }
        if value < 0 { throw reject(column, .negativeValue, "“\(String(decoding: bytes(column), as: UTF8.self))”不能为负") }
        return Int(value)
    }

    public func requiredCount(_ column: Column) throws(RowReject) -> Int {
        guard let value = try optionalCount(column) else { throw missing(column) }
        return value
    }

    public func optionalDateTime(_ column: Column) throws(RowReject) -> DateTime? {
        let b = bytes(column)
        if b.isEmpty { return nil }
        switch ValueParser.dateTime(b) {
        case .success(let value): return value
        case .failure(let error): throw reject(column, .badDate, error.reason)
        }
    }

    public func requiredDateTime(_ column: Column) throws(RowReject) -> DateTime {
        guard let value = try optionalDateTime(column) else { throw missing(column) }
        return value
    }

    public func optionalDay(_ column: Column) throws(RowReject) -> Day? {
        try optionalDateTime(column)?.day
    }

    public func requiredDay(_ column: Column) throws(RowReject) -> Day {
        try requiredDateTime(column).day
    }

    /// 是/否 and the synonyms of the 是否 vocabulary, nil when blank.
    public func optionalYesNo(_ column: Column, _ choices: ChoiceTable<Bool>) throws(RowReject) -> Bool? {
        try optionalChoice(column, choices)
    }

    /// One of `choices` (matched on the trimmed bytes, then once folded), nil when blank.
    /// A value that matches neither is rejected with a reason naming the value and, for a
    /// vocabulary from reference data, the file and vocabulary to add a synonym to.
    public func optionalChoice<T>(_ column: Column, _ choices: ChoiceTable<T>) throws(RowReject) -> T? {
        let b = bytes(column)
        if b.isEmpty { return nil }
        if let value = choices.value(for: b) { return value }
        let text = String(decoding: b, as: UTF8.self)
        if let found = choices.lookup(b) {
            note("“\(mapping.headerText(column))”的写法“\(text)”按“\(choices.displayName(of: found.value))”读取（忽略空格、全角与大小写）")
            return found.value
        }
        var reason = "“\(text)”不是 \(choices.allowedText) 之一"
        if let vocabulary = choices.vocabulary {
            reason = "“\(text)”不是“\(vocabulary)”的取值（\(choices.allowedText)）；如是同义词，"
                + "请在参考数据 \(VocabularyFile.fileName) 的“\(vocabulary)”词表中添加"
        }
        throw reject(column, .badChoice, reason)
    }

    public func requiredChoice<T>(_ column: Column, _ choices: ChoiceTable<T>) throws(RowReject) -> T {
        guard let value = try optionalChoice(column, choices) else { throw missing(column) }
        return value
    }

    /// A value of an open vocabulary: the standard text of a listed spelling, else the
    /// text as written (noted in the log, so `validate` lists unlisted values with counts).
    /// Nil when blank.
    public func openChoice(_ column: Column, _ choices: ChoiceTable<String>) -> String? {
        let b = bytes(column)
        if b.isEmpty { return nil }
        if let value = choices.lookup(b)?.value { return value }
        let text = String(decoding: b, as: UTF8.self)
        note("“\(mapping.headerText(column))”的取值“\(text)”不在词表“\(choices.vocabulary ?? "")”中，按原样采用")
        return text
    }

    func missing(_ column: Column) -> RowReject {
        reject(column, .missingValue, "“\(mapping.headerText(column))”为空")
    }
}
