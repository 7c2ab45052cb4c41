import CSVReader
import ReportCore

/// The state of reading one input file, record by record: the header search until the
/// header is found, then each record classified as layout (blank, 合计), rejected, or a
/// row handed on. `InputTable.read` owns one and calls `take` per record.
struct TableIntake<Schema: InputSchema> {
    var report: InputFileReport
    let log = AcceptanceLog()
    var search = HeaderSearch<Schema.Column>()
    private(set) var mapping: HeaderMapping<Schema.Column>?
    private var totals: TotalsCheck<Schema.Column>?
    /// The field holding the row's ID, which a 合计 row leaves blank.
    private var keyField: Int?
    private var identifiers = IdentifierDamage()
    /// Field bytes of rejected rows kept in full (`RejectBudget.listedBytes`).
    private let listedRejectBytes: Int
    /// Field bytes of the rejected rows listed so far; `nil` once the budget ran out, so
    /// that the listed rows stay a prefix of the file's rejects.
    private var listedSoFar: Int? = 0
    /// The field holding the township, for counting rejects that are not listed.
    private var townshipField: Int?

    /// A later part of a file: its header is the first part's (whose notes list the 序号
    /// column once), and its totals rows are checked at the merge (`TotalsLedger`).
    var isLaterPart = false

    /// The totals columns' sums and deferred totals rows, once the file or part is read.
    var totalsLedger: TotalsLedger? { totals.flatMap { $0.isEmpty ? nil : $0.ledger } }

    init(report: InputFileReport, listedRejectBytes: Int = RejectBudget().listedBytes) {
        self.report = report
        self.listedRejectBytes = listedRejectBytes
    }

    /// Uses `found` as the file's header, found at `line`.
    mutating func adopt(_ found: HeaderMapping<Schema.Column>, line: Int) {
        mapping = found
        report.headers = found.headers
        report.unknownHeaders = found.unknownHeaders.filter { !FormLayout.isSerialHeader($0) }
        report.headerLine = line
        for column in Schema.Column.allCases {
            if let kind = column.spec.personal, let index = found.fieldIndex[column.index] {
                report.personalFields[index] = kind
            }
        }
        keyField = found.fieldIndex[0]
        townshipField = Schema.townshipColumn.flatMap { found.fieldIndex[$0.index] }
        totals = TotalsCheck(Schema.totalColumns, mapping: found)
        totals?.defers = isLaterPart
        if !isLaterPart, let serial = found.headers.firstIndex(where: FormLayout.isSerialHeader) {
            log.note("“\(found.headers[serial])”列（表格序号）已忽略", line: line)
        }
    }

    /// Takes one record: a header candidate, layout to skip, a reject, or a row for `onRow`.
    mutating func take(_ record: RawRecord, context: Schema.Context,
                       onRow: (Schema.Row, Int) throws -> RowReject?) throws {
        guard let mapping else {
            if let found = try search.consider(record, log: log) { adopt(found, line: record.line) }
            return
        }
        if FormLayout.isBlank(record) {
            log.note("空行（只有分隔符）已跳过", line: record.line)
            return
        }
        if let word = FormLayout.totalsWord(record, keyField: keyField) {
            log.note("“\(word)”行不计入数据", line: record.line)
            report.totalsRows += 1
            if let problems = totals?.check(record, word: word, line: record.line) {
                report.warnings += problems.map { "第 \(record.line) 行：\($0)" }
            }
            return
        }
        report.rowsRead += 1
        let accepted = try takeData(record, mapping: mapping, context: context, onRow: onRow)
        if totals?.isEmpty == false { totals?.add(record, accepted: accepted) }
    }

    /// Parses a data record; true when the row was accepted.
    private mutating func takeData(_ record: RawRecord, mapping: HeaderMapping<Schema.Column>, context: Schema.Context,
                                   onRow: (Schema.Row, Int) throws -> RowReject?) throws -> Bool {
        if let problem = Self.check(record, mapping: mapping) ?? identifiers.check(record, mapping: mapping) {
            keepRejected(record, problem)
            return false
        }
        let fields = FieldReader(record: record, mapping: mapping, log: log)
        do {
            let row = try Schema.parse(fields, context: context)
            if let problem = try onRow(row, record.line) {
                keepRejected(record, problem)
                return false
            }
            if let day = Schema.latestDay(of: row), day > (report.latestDay ?? day.adding(days: -1)) {
                report.latestDay = day
            }
            return true
        } catch let reject as RowReject {
            keepRejected(record, reject)
            return false
        }
    }

    /// Keeps the rejected row in full while the budget lasts, else counts it.
    private mutating func keepRejected(_ record: RawRecord, _ problem: RowReject) {
        var bytes = 0
        for index in 0..<record.count { bytes += record[index].count }
        if let listed = listedSoFar, listed + bytes <= listedRejectBytes {
            listedSoFar = listed + bytes
            report.rejects.append(RejectedRow(line: record.line, reject: problem, fields: record.strings))
        } else {
            listedSoFar = nil
            // A township name is short, valid text; anything else (a garbage field) names none.
            let township = townshipField.map { record[$0] }.flatMap { bytes in
                bytes.count <= 48 ? String(validating: bytes, as: UTF8.self) : nil
            }
            report.unlistedRejects.add(problem.kind, townshipText: township ?? "")
        }
    }

    /// Problems of the record as a whole: bytes that are not text, or more non-empty
    /// fields than the header has (an unquoted comma that shifted the columns).
    private static func check(_ record: RawRecord, mapping: HeaderMapping<Schema.Column>) -> RowReject? {
        if let line = record.invalidBytesLine {
            return RowReject(.undecodableBytes, column: nil,
                             detail: "第 \(line) 行含有无法按文件编码解码的字节")
        }
        if record.count > mapping.headers.count {
            for index in mapping.headers.count..<record.count where !ValueParser.trimmed(record[index]).isEmpty {
                return RowReject(.extraFields, column: nil,
                                 detail: "有 \(record.count) 个字段，表头只有 \(mapping.headers.count) 列（字段中的逗号是否漏加引号？）")
            }
        }
        return nil
    }
}

