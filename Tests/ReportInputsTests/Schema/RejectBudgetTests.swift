import CSVReader
import Foundation
import Testing
@testable import ReportInputs

/// `RejectBudget`: rejected rows listed up to a byte budget and counted after it, and the
/// early stop of a file that can no longer meet the reject limit — and never of one that can.
@Suite struct RejectBudgetTests {
    @Test func hopelessOnlyWhenEvenShortestGoodRowsCannotBringTheRateUnderTheLimit() {
        let budget = RejectBudget(limitTenthsOfPercent: 50)   // 5.0%
        // Nothing unread: 100 of 100 rejected is above 5%; 5 of 100 is not (5000 ≤ 50 × 101).
        #expect(budget.isHopeless(rejected: 100, read: 100, unreadBytes: 0, shortestRow: 13))
        #expect(!budget.isHopeless(rejected: 5, read: 100, unreadBytes: 0, shortestRow: 13))
        // 13 000 bytes unread hold at most 1 000 rows of 13 bytes: 1 101 rows possible,
        // 5% of them is 55.05; 100 rejects are hopeless, 55 are not.
        #expect(budget.isHopeless(rejected: 100, read: 100, unreadBytes: 13_000, shortestRow: 13))
        #expect(!budget.isHopeless(rejected: 55, read: 100, unreadBytes: 13_000, shortestRow: 13))
        // Bytes of the export's other files count like unread bytes.
        var other = budget
        other.otherBytes = 130_000
        #expect(!other.isHopeless(rejected: 100, read: 100, unreadBytes: 0, shortestRow: 13))
        // No limit: never.
        #expect(!RejectBudget().isHopeless(rejected: 100, read: 100, unreadBytes: 0, shortestRow: 13))
    }

    @Test func partsJudgeTheFileTogether() {
        let tally = PartTally(sizes: [1_000, 13_000])
        var first = RejectBudget(limitTenthsOfPercent: 50)
        first.parts = tally
        var second = first
        second.partIndex = 1
        // Part 0: 50 of 100 rejected, nothing of it left; part 1's 13 000 bytes are unread
        // (up to 1 000 good rows): 50 ≤ 5% of 1 101 → not hopeless.
        #expect(!first.isHopeless(rejected: 50, read: 100, unreadBytes: 0, shortestRow: 13))
        // Part 1 reports 1 000 good rows read: now 50 of 1 100 rows, nothing unread: 4.5%.
        #expect(!second.isHopeless(rejected: 0 + 1, read: 1_000, unreadBytes: 0, shortestRow: 13))
        #expect(!first.isHopeless(rejected: 50, read: 100, unreadBytes: 0, shortestRow: 13))
        #expect(first.isHopeless(rejected: 60, read: 100, unreadBytes: 0, shortestRow: 13))
    }

    @Test func shortestRowCountsRequiredValuesThatCannotBeBlank() {
        // Service: 8 required columns, 办结时间 may be blank (an open ticket): 7 values, 6 commas.
        #expect(RejectBudget.shortestRow(ServiceTicketFile.Column.self) == 13)
        #expect(RejectBudget.shortestRow(CoalDeliveryFile.Column.self) == 11)
        #expect(RejectBudget.shortestRow(StoveInstallFile.Column.self) == 11)
        #expect(RejectBudget.shortestRow(FoodInspectionFile.Column.self) == 7)
        #expect(RejectBudget.shortestRow(CoalQualityFile.Column.self) == 11)
    }

    /// The bound holds only if blanking any counted value of an accepted row rejects it.
    @Test func blankingAnyCountedValueOfAnAcceptedSampleRowRejectsIt() throws {
        let context = ExportContext(reference: try ReferenceData.load(directory: shippedReference),
                                    policy: try BuiltInPolicy.load())
        try checkBlanking(ServiceTicketFile.self, context)
        try checkBlanking(CoalDeliveryFile.self, context)
        try checkBlanking(StoveInstallFile.self, context)
        try checkBlanking(FoodInspectionFile.self, context)
        try checkBlanking(CoalQualityFile.self, context)
    }

    private func checkBlanking<S: InputSchema>(_ schema: S.Type, _ context: ExportContext) throws
    where S.Context == ExportContext {
        let sample = URL(fileURLWithPath: shippedReference).deletingLastPathComponent()
            .appendingPathComponent("sample/\(S.fileName)").path
        let report = try InputTable<S>.read(path: sample, context: context)
        let rejectedLines = Set(report.rejects.map(\.line))
        var records: [(line: Int, fields: [String])] = []
        try CSVReader(path: sample).forEachRecord { records.append(($0.line, $0.strings)) }
        let header = records[0].fields
        let row = try #require(records.dropFirst().first { !rejectedLines.contains($0.line) }).fields
        let mapping = try HeaderMapping<S.Column>(headers: header)
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        func rejected(_ fields: [String]) throws -> Int {
            let text = header.joined(separator: ",") + "\n" + fields.map(Self.quoted).joined(separator: ",") + "\n"
            let path = folder.write(S.fileName, text)
            return try InputTable<S>.read(path: path, context: context).rowsRejected
        }
        #expect(try rejected(row) == 0, "\(S.fileName): the row as sent is accepted")
        for column in S.Column.allCases where column.spec.isRequired && !column.spec.blankAllowed {
            var blanked = row
            blanked[try #require(mapping.fieldIndex[column.index])] = ""
            #expect(try rejected(blanked) == 1, "\(S.fileName): blank \(column.spec.chinese)")
        }
    }

    private static func quoted(_ field: String) -> String {
        field.contains(",") || field.contains("\"") || field.contains("\n")
            ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    // MARK: - Reading with a budget

    static let header = "登记编号,镇街,村居,户号,购买数量(台),安装日期\n"
    static func good(_ n: Int) -> String { "LJ-\(n),源泉镇,东村,\(1000 + n),1,2018-10-08\n" }
    static func bad(_ n: Int) -> String { "LJ-\(n),源泉镇,东村,\(1000 + n),很多,2018-10-08\n" }

    @Test func rejectsPastTheListedBudgetAreCountedNotKept() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let text = Self.header + (1...10).map(Self.bad).joined() + "LJ-99,无此镇,东村,9,1,2018-10-08\n"
        let path = folder.write("stove_installs.csv", text)
        // Each bad row's fields are 4 + 9 + 6 + 4 + 6 + 10 = 39 bytes: 120 keeps three (117).
        let report = try InputTable<StoveInstallFile>.read(path: path, context: smallContext(),
                                                          budget: RejectBudget(listedBytes: 120))
        #expect(report.rejects.map(\.line) == [2, 3, 4])
        #expect(report.unlistedRejects.count == 8)
        #expect(report.rowsRejected == 11)
        #expect(report.rowsAccepted == 0)
        #expect(report.rejectsByKind == [.badNumber: 10, .unknownTownship: 1])
        #expect(report.unlistedRejects.byTownshipText == ["源泉镇": 7, "无此镇": 1])
    }

    @Test func aFileThatCannotMeetTheLimitStopsEarly() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        // 5 000 bad rows, then 100 000 bytes of anything: at most 9 091 rows of 11 bytes,
        // far too few to bring 5 000 rejects under 5%.
        let text = Self.header + (1...5_000).map(Self.bad).joined() + String(repeating: "x,y\n", count: 25_000)
        let path = folder.write("stove_installs.csv", text)
        do {
            _ = try InputTable<StoveInstallFile>.read(path: path, context: smallContext(),
                                                      budget: RejectBudget(limitTenthsOfPercent: 50))
            Issue.record("must stop early")
        } catch let error as InputFileError {
            guard case .stoppedEarly = error.problem else { Issue.record("\(error)"); return }
            #expect(error.partial.rowsRead < 5_000)
            #expect(error.partial.rowsRejected == error.partial.rowsRead)
            #expect(error.description.hasPrefix("stove_installs.csv: 读到第 \(error.partial.lastLine) 行后提前停止：已拒收 "))
        }
    }

    @Test func aFileThatCanStillMeetTheLimitIsReadToTheEnd() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        // 2 000 bad rows first (100% for a while), then 60 000 good ones: 3.2% in the end.
        let text = Self.header + (1...2_000).map(Self.bad).joined() + (2_001...62_000).map(Self.good).joined()
        let path = folder.write("stove_installs.csv", text)
        let report = try InputTable<StoveInstallFile>.read(path: path, context: smallContext(),
                                                          budget: RejectBudget(limitTenthsOfPercent: 50))
        #expect(report.rowsRead == 62_000)
        #expect(report.rowsRejected == 2_000)
    }
}
