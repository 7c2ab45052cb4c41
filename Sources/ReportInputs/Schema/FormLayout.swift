import CSVReader
import ReportCore

/// The layout of a sheet saved from an Excel form (附件3/附件4 are forms, and offices
/// export the sheet): rows above the header, blank rows, 合计/小计/总计 rows.
///
/// None of these is data and none is an error: they are skipped, not counted, and
/// noted in the file's `AcceptanceLog` so that `validate` and the manifest list them.
enum FormLayout {
    /// The header is looked for among this many first records (a title row, a
    /// 填报单位/日期 row and blank rows may precede it).
    static let headerSearchRecords = 10

    /// The words that mark a totals row, folded (`ChoiceTable.fold`).
    static let totalsWords: Set<String> = ["合计", "小计", "总计", "合计:", "小计:", "总计:", "总合计", "累计"]

    /// True when every field is empty once trimmed (Excel writes a blank row as commas).
    static func isBlank(_ record: RawRecord) -> Bool {
        for index in 0..<record.count where !ValueParser.trimmed(record[index]).isEmpty { return false }
        return true
    }

    /// The totals word of a totals row (`合计`, `小计`, …), or nil for a data row. Only a
    /// row whose key column (its ID) is blank or holds the word itself is looked at: a
    /// data row always has its ID, so the per-row cost is one field check.
    static func totalsWord(_ record: RawRecord, keyField: Int?) -> String? {
        if let keyField {
            let key = ValueParser.trimmed(record[keyField])
            if !key.isEmpty && !isTotalsWord(key) { return nil }
        }
        for index in 0..<record.count {
            let field = ValueParser.trimmed(record[index])
            if isTotalsWord(field) { return ChoiceTable<Int>.fold(String(decoding: field, as: UTF8.self)) }
        }
        return nil
    }

    private static func isTotalsWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // 合 小 总 累 start with E5–E7; an ASCII record ID is ruled out on its first byte.
        guard bytes.count >= 6, bytes.count <= 16, bytes[0] >= 0xE5, bytes[0] <= 0xE7 else { return false }
        return totalsWords.contains(ChoiceTable<Int>.fold(String(decoding: bytes, as: UTF8.self)).replacingColon())
    }
}

extension String {
    fileprivate func replacingColon() -> String { hasSuffix("：") ? String(dropLast()) + ":" : self }
}

/// Sums of a file's quantity and money columns, to check its 合计/小计 rows: a free
/// consistency check no spreadsheet does. A totals row matches when each of its non-blank
/// sums equals the sum of the rows used, or of every row whose value parses (a 合计 that
/// Excel computed over rows the tool rejected is still consistent).
///
/// A later part of a file read in parts lacks the rows before it, so it defers its totals
/// rows (`defers`): each is kept in the part's `TotalsLedger` with the part's sums at that
/// point, and checked when the parts are merged in order (`TotalsLedger.check(after:)`).
struct TotalsCheck<Column: ColumnKey> {
    private let columns: [(column: Column, scale: Int, field: Int, unit: ValueUnit?)]
    private(set) var ledger: TotalsLedger
    /// Keep totals rows for the merge instead of checking them now.
    var defers = false

    init(_ columns: [(column: Column, scale: Int)], mapping: HeaderMapping<Column>) {
        self.columns = columns.compactMap { spec in
            mapping.fieldIndex[spec.column.index].map { (spec.column, spec.scale, $0, mapping.units[spec.column.index]) }
        }
        ledger = TotalsLedger(columns: self.columns.map { (mapping.headerText($0.column), $0.scale) })
    }

    var isEmpty: Bool { columns.isEmpty }

    /// Adds a data row; `accepted` when the row was used.
    mutating func add(_ record: RawRecord, accepted: Bool) {
        for (slot, spec) in columns.enumerated() {
            guard let value = Self.value(record[spec.field], scale: spec.scale, unit: spec.unit) else { continue }
            ledger.sums.add(slot, value, accepted: accepted)
        }
    }

    /// Checks a totals row on `line`; a description of each mismatching column (empty:
    /// consistent, or deferred).
    mutating func check(_ record: RawRecord, word: String, line: Int) -> [String] {
        let stated = columns.map { spec -> TotalsLedger.Stated in
            let bytes = ValueParser.trimmed(record[spec.field])
            if bytes.isEmpty { return .blank }
            return Self.value(bytes, scale: spec.scale, unit: spec.unit).map(TotalsLedger.Stated.value)
                ?? .notNumber(String(decoding: bytes, as: UTF8.self))
        }
        let problems: [String]
        if defers {
            ledger.pending.append(.init(line: line, word: word, stated: stated, sums: ledger.sums))
            problems = []
        } else {
            problems = ledger.problems(stated, word: word, sums: ledger.sums)
        }
        if word.hasPrefix("小计") { ledger.sums.startSubtotal() }
        return problems
    }

    private static func value(_ bytes: UnsafeBufferPointer<UInt8>, scale: Int, unit: ValueUnit?) -> Int64? {
        if case .success(let parsed) = ValueParser.fixedPoint(bytes, scale: scale, unit: unit) { return parsed.value }
        return nil
    }
}

/// The totals columns' sums of one file part and its deferred totals rows (`TotalsCheck`),
/// for checking the 合计/小计 rows of later parts when the parts are merged.
public struct TotalsLedger: Sendable {
    /// A totals row's value in one column.
    enum Stated: Sendable { case blank, notNumber(String), value(Int64) }

    /// Running sums: of the rows used and of every row that parses, in all and since the last 小计.
    struct Sums: Sendable {
        var used: [Int64], parsed: [Int64], usedSinceSubtotal: [Int64], parsedSinceSubtotal: [Int64]
        /// A 小计 came in this part: the since-subtotal sums do not go back before it.
        var subtotalSeen = false

        init(count: Int) {
            used = Array(repeating: 0, count: count)
            parsed = used
            usedSinceSubtotal = used
            parsedSinceSubtotal = used
        }

        mutating func add(_ slot: Int, _ value: Int64, accepted: Bool) {
            parsed[slot] &+= value
            parsedSinceSubtotal[slot] &+= value
            if accepted {
                used[slot] &+= value
                usedSinceSubtotal[slot] &+= value
            }
        }

        mutating func startSubtotal() {
            for slot in used.indices { usedSinceSubtotal[slot] = 0; parsedSinceSubtotal[slot] = 0 }
            subtotalSeen = true
        }

        /// These sums (of a later part) after `earlier`'s (of all the parts before it).
        func after(_ earlier: Sums) -> Sums {
            var result = self
            for slot in used.indices {
                result.used[slot] &+= earlier.used[slot]
                result.parsed[slot] &+= earlier.parsed[slot]
                if !subtotalSeen {
                    result.usedSinceSubtotal[slot] &+= earlier.usedSinceSubtotal[slot]
                    result.parsedSinceSubtotal[slot] &+= earlier.parsedSinceSubtotal[slot]
                }
            }
            result.subtotalSeen = subtotalSeen || earlier.subtotalSeen
            return result
        }
    }

    /// A totals row kept for the merge, with the part's sums just before it.
    struct Pending: Sendable {
        let line: Int
        let word: String
        let stated: [Stated]
        let sums: Sums
    }

    let columns: [(title: String, scale: Int)]
    var sums: Sums
    var pending: [Pending] = []

    init(columns: [(title: String, scale: Int)]) {
        self.columns = columns
        sums = Sums(count: columns.count)
    }

    /// Checks this later part's deferred totals rows against `earlier` (the ledger of every
    /// part before it, merged): the warnings reading in one piece gives, in line order, and
    /// the ledger of all the parts so far.
    public func check(after earlier: TotalsLedger) -> (warnings: [String], merged: TotalsLedger) {
        var warnings: [String] = []
        for row in pending {
            for problem in problems(row.stated, word: row.word, sums: row.sums.after(earlier.sums)) {
                warnings.append("第 \(row.line) 行：\(problem)")
            }
        }
        var merged = self
        merged.sums = sums.after(earlier.sums)
        merged.pending = []
        return (warnings, merged)
    }

    /// The mismatches of a totals row's `stated` values with `sums`.
    func problems(_ stated: [Stated], word: String, sums: Sums) -> [String] {
        let subtotal = word.hasPrefix("小计")
        var problems: [String] = []
        for (slot, column) in columns.enumerated() {
            let expectedUsed = subtotal ? sums.usedSinceSubtotal[slot] : sums.used[slot]
            let expectedParsed = subtotal ? sums.parsedSinceSubtotal[slot] : sums.parsed[slot]
            switch stated[slot] {
            case .blank:
                continue
            case .notNumber(let text):
                problems.append("“\(column.title)”的\(word)“\(text)”不是数字")
            case .value(let value) where value != expectedUsed && value != expectedParsed:
                let parsedText = expectedParsed == expectedUsed ? ""
                    : "，所有可读的行相加为 \(Self.format(expectedParsed, column.scale))"
                problems.append("“\(column.title)”\(word)为 \(Self.format(value, column.scale))，"
                                + "采用的行相加为 \(Self.format(expectedUsed, column.scale))" + parsedText)
            case .value:
                continue
            }
        }
        return problems
    }

    private static func format(_ value: Int64, _ scale: Int) -> String {
        var divisor: Int64 = 1
        for _ in 0..<scale { divisor *= 10 }
        let sign = value < 0 ? "-" : ""
        let whole = String(value.magnitude / UInt64(divisor))
        guard scale > 0 else { return sign + whole }
        let fraction = String(value.magnitude % UInt64(divisor))
        return sign + whole + "." + String(repeating: "0", count: scale - fraction.count) + fraction
    }
}

extension FormLayout {
    /// A 序号 (serial number) column of a form: ignored, and listed as such rather than
    /// as an unknown column.
    static func isSerialHeader(_ header: String) -> Bool {
        let key = HeaderName.normalise(header)
        return key == "序号" || key == "序" || key == "no." || key == "编号序号"
    }
}

/// Finds the header among a file's first records: the first record that maps onto the
/// schema. Records before it (a title row, a 填报单位/日期 row, blank rows) are skipped and
/// noted. When no record within `FormLayout.headerSearchRecords` maps, the problem of the
/// record that named the most known columns is the file's problem (a header missing a
/// required column stays "缺少必需的列", at its own line).
struct HeaderSearch<Column: ColumnKey> {
    private var seen = 0
    private(set) var bestProblem: HeaderProblem?
    private(set) var bestLine = 1
    private var bestKnown = -1
    private var skipped: [Int] = []

    /// The mapping when `record` is the header; nil to go on; throws the best problem once
    /// the search window is over.
    mutating func consider(_ record: RawRecord, log: AcceptanceLog) throws(HeaderProblem) -> HeaderMapping<Column>? {
        seen += 1
        let fields = record.strings
        do {
            let mapping = try HeaderMapping<Column>(headers: fields)
            for line in skipped { log.note("表头之前的标题、填报单位或空行已跳过", line: line) }
            return mapping
        } catch {
            var problem = error
            var known: Int
            switch error {
            case .missingColumns(_, let knownFound): known = knownFound ? HeaderMapping<Column>.knownCount(fields) : 0
            case .duplicate: known = Int.max - 1
            case .empty, .undecodable: known = 0
            }
            if record.invalidBytesLine != nil {
                // Names that cannot be decoded cannot be matched: say so, not which column
                // is "missing". Such a record outranks any other candidate.
                problem = .undecodable(encoding: nil, byteOffset: nil)
                known = Int.max
            }
            if known > bestKnown {
                bestKnown = known
                bestProblem = problem
                bestLine = record.line
            }
        }
        skipped.append(record.line)
        if seen >= FormLayout.headerSearchRecords, let bestProblem { throw bestProblem }
        return nil
    }
}

/// IDs and phone numbers that Excel damaged on the way: scientific notation (`3.70304E+12`),
/// `####`, error values, and leading zeros stripped. Such a value no longer tells rows
/// apart (two households become one), so the row is rejected with a reason saying what
/// happened and how to export the column as text.
///
/// Leading zeros are "evidently" stripped when the column's IDs start with `0` elsewhere in
/// the file (the first such ID seen gives the length) and this all-digit value is one or
/// two digits shorter and does not start with `0`; or, for a phone number, when it has 10
/// digits and starts with 2–9 (Chinese landlines with their area code start with 0 and have
/// 11–12 digits; mobiles start with 1 and have 11).
struct IdentifierDamage {
    private var zeroPrefixedLength: [Int: Int] = [:]

    mutating func check<Column: ColumnKey>(_ record: RawRecord, mapping: HeaderMapping<Column>) -> RowReject? {
        for (field, isPhone) in mapping.identifierFields {
            let bytes = ValueParser.trimmed(record[field])
            guard let first = bytes.first else { continue }
            if let reason = ValueParser.excelDamage(bytes) {
                return RowReject(.excelDamage, column: mapping.headers[field], detail: reason)
            }
            guard first >= 0x30, first <= 0x39 else { continue }
            if first == 0x30 {
                if zeroPrefixedLength[field] == nil, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                    zeroPrefixedLength[field] = bytes.count
                }
                continue
            }
            let stripped = isPhone
                ? bytes.count == 10 && first >= 0x32 && bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
                : zeroPrefixedLength[field].map { ValueParser.strippedLeadingZeros(bytes, expectedLength: $0) } ?? false
            if stripped {
                let text = String(decoding: bytes, as: UTF8.self)
                return RowReject(.excelDamage, column: mapping.headers[field],
                                 detail: "“\(text)”疑似被 Excel 去掉了开头的 0（" + (isPhone ? "固定电话应以 0 开头" : "该列其他编号以 0 开头")
                                    + "）：请把该列设为文本后重新导出")
            }
        }
        return nil
    }
}
