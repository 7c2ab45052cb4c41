import Foundation
import ReportCore

/// Everything in the reference folder: townships, quotas, the holiday calendar, the
/// service catalogue and the food-entity register.
public final class ReferenceData: Sendable {
    public let townships: TownshipDirectory
    public let quotas: [Quota]
    public let calendar: WorkingDayCalendar
    public let catalogue: ServiceCatalogue
    public let register: FoodEntityRegister
    public let vocabularies: Vocabularies
    /// One report per reference file read, for the manifest.
    public let files: [InputFileReport]

    public init(townships: TownshipDirectory, quotas: [Quota], calendar: WorkingDayCalendar,
                catalogue: ServiceCatalogue, register: FoodEntityRegister,
                vocabularies: Vocabularies = .builtIn, files: [InputFileReport] = []) {
        self.townships = townships
        self.quotas = quotas
        self.calendar = calendar
        self.catalogue = catalogue
        self.register = register
        self.vocabularies = vocabularies
        self.files = files
    }

    /// The quota of `township` for `year`; nil when none is listed.
    public func quota(township: String, year: Int) -> Quota? {
        quotas.first { $0.township == township && $0.year == year }
    }

    /// Reads the reference files of `directory` that `scope` needs (all by default).
    /// Reference data is configuration: any rejected row, duplicate key or unreadable file
    /// among them is an error, and all of them are listed at once. Files outside the scope
    /// are not read (a run of the service job needs no food register), and their parts
    /// of `ReferenceData` are empty. `vocabularies.csv` is optional (the built-in copy of
    /// the shipped file stands in), and only problems of the vocabularies in scope count.
    public static func load(directory: String, scope: ReferenceScope = .all) throws(ReferenceError) -> ReferenceData {
        var problems: [String] = []
        var files: [InputFileReport] = []

        func read<S: InputSchema>(_ schema: S.Type, context: S.Context, log: Bool = false) -> [S.Row] {
            guard scope.files.contains(S.fileName) else { return [] }
            var rows: [S.Row] = []
            let path = directory + "/" + S.fileName
            do {
                let report = try InputTable<S>.read(path: path, name: S.fileName, context: context) { row, _ in
                    rows.append(row)
                    return nil
                }
                files.append(report)
                for rejected in report.rejects {
                    problems.append("\(S.fileName):\(rejected.line): \(rejected.reject.column.map { "“\($0)”列：" } ?? "")\(rejected.reject.detail)")
                }
            } catch let error as InputFileError {
                problems.append(error.description)
            } catch {
                problems.append("\(S.fileName): \(error)")
            }
            return rows
        }

        var vocabularies = Vocabularies.builtIn
        let vocabularyPath = directory + "/" + VocabularyFile.fileName
        if FileManager.default.fileExists(atPath: vocabularyPath) {
            var entries: [VocabularyEntry] = []
            do {
                let report = try InputTable<VocabularyFile>.read(path: vocabularyPath, context: ()) { row, _ in
                    entries.append(row)
                    return nil
                }
                files.append(report)
                for rejected in report.rejects {
                    // A bad row of a vocabulary out of scope does not block this run.
                    let name = rejected.fields.first.flatMap { VocabularyName(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
                    if let name, !scope.vocabularies.contains(name) { continue }
                    problems.append("\(VocabularyFile.fileName):\(rejected.line): \(rejected.reject.column.map { "“\($0)”列：" } ?? "")\(rejected.reject.detail)")
                }
            } catch {
                problems.append("\(error)")
            }
            let built = Vocabularies.build(entries, source: vocabularyPath)
            vocabularies = built.vocabularies
            for (name, found) in built.problems where scope.vocabularies.contains(name) { problems += found }
        }

        let townshipRows = read(TownshipFile.self, context: ())
        let repeatedNames = duplicates(townshipRows.map(\.name), in: TownshipFile.fileName, what: "镇街")
        problems += repeatedNames
        if repeatedNames.isEmpty {
            // A spelling (name or alias, spaces ignored) must name one township only.
            problems += duplicates(townshipRows.flatMap { township in
                Set(([township.name] + township.aliases).map(TownshipDirectory.key))
            }, in: TownshipFile.fileName, what: "镇街名称或别名")
        }
        let townships = TownshipDirectory(townshipRows)
        let quotas = read(QuotaFile.self, context: townships)
        problems += duplicates(quotas.map { "\($0.year) \($0.township)" }, in: QuotaFile.fileName, what: "年度与镇街")
        let problemsBeforeCalendar = problems.count
        let calendarRows = read(CalendarFile.self, context: ())
        // A calendar that could not be read is one problem, not also "no entries".
        let calendarRead = problems.count == problemsBeforeCalendar
        let items = read(ServiceItemFile.self, context: vocabularies)
        problems += duplicates(items.map(\.code), in: ServiceItemFile.fileName, what: "事项编码")
        let entities = read(FoodEntityFile.self, context: (townships, vocabularies))
        problems += duplicates(entities.map(\.id), in: FoodEntityFile.fileName, what: "主体编号")

        var calendar: WorkingDayCalendar? = scope.files.contains(CalendarFile.fileName) ? nil : .uncovering
        if calendar == nil, !calendarRead { calendar = .uncovering }
        if calendar == nil { do {
            calendar = try WorkingDayCalendar(entries: calendarRows)
        } catch {
            problems.append("\(CalendarFile.fileName): \(error.reason)")
        } }
        guard problems.isEmpty, let calendar else { throw ReferenceError(directory: directory, problems: problems) }
        return ReferenceData(townships: townships, quotas: quotas, calendar: calendar,
                             catalogue: ServiceCatalogue(items), register: FoodEntityRegister(entities),
                             vocabularies: vocabularies, files: files)
    }

    private static func duplicates(_ keys: [String], in file: String, what: String) -> [String] {
        var seen = Set<String>()
        var reported = Set<String>()
        var problems: [String] = []
        for key in keys where !seen.insert(key).inserted && reported.insert(key).inserted {
            problems.append("\(file): \(what)“\(key)”重复出现")
        }
        return problems
    }
}

/// Reference data that cannot be used, with every problem found.
public struct ReferenceError: Error, Sendable, CustomStringConvertible {
    public let directory: String
    public let problems: [String]

    public var description: String {
        "参考数据有误（\(directory)）：\n" + problems.map { "  " + $0 }.joined(separator: "\n")
    }
}

/// Which reference files and vocabularies a run needs: those of its jobs.
public struct ReferenceScope: Sendable, Equatable {
    /// File names, e.g. `quotas.csv`; `townships.csv` is always among them.
    public var files: Set<String>
    public var vocabularies: Set<VocabularyName>

    public init(files: Set<String>, vocabularies: Set<VocabularyName>) {
        self.files = files.union([TownshipFile.fileName])
        self.vocabularies = vocabularies
    }

    /// Everything (what `validate` checks).
    public static let all = ReferenceScope(
        files: [TownshipFile.fileName, QuotaFile.fileName, CalendarFile.fileName, ServiceItemFile.fileName,
                FoodEntityFile.fileName],
        vocabularies: Set(VocabularyName.allCases))
    /// The coal job: quotas and the coal types of the quality file.
    public static let coal = ReferenceScope(files: [QuotaFile.fileName], vocabularies: [.coalType])
    /// The food job: the register and the inspection vocabularies.
    public static let food = ReferenceScope(
        files: [FoodEntityFile.fileName],
        vocabularies: [.entityType, .inspectionMethod, .sampleResult, .disposal, .grade, .yesNo])
    /// The service job: the calendar (working days), the catalogue, channels and ratings.
    public static let service = ReferenceScope(files: [CalendarFile.fileName, ServiceItemFile.fileName],
                                               vocabularies: [.channel, .rating, .yesNo])

    /// Both scopes together.
    public func union(_ other: ReferenceScope) -> ReferenceScope {
        ReferenceScope(files: files.union(other.files), vocabularies: vocabularies.union(other.vocabularies))
    }
}
