import ReportCore

/// Everything in the reference folder: townships, quotas, the holiday calendar, the
/// service catalogue and the food-entity register.
public final class ReferenceData: Sendable {
    public let townships: TownshipDirectory
    public let quotas: [Quota]
    public let calendar: WorkingDayCalendar
    public let catalogue: ServiceCatalogue
    public let register: FoodEntityRegister
    /// One report per reference file read, for the manifest.
    public let files: [InputFileReport]

    public init(townships: TownshipDirectory, quotas: [Quota], calendar: WorkingDayCalendar,
                catalogue: ServiceCatalogue, register: FoodEntityRegister, files: [InputFileReport] = []) {
        self.townships = townships
        self.quotas = quotas
        self.calendar = calendar
        self.catalogue = catalogue
        self.register = register
        self.files = files
    }

    /// The quota of `township` for `year`; nil when none is listed.
    public func quota(township: String, year: Int) -> Quota? {
        quotas.first { $0.township == township && $0.year == year }
    }

    /// Reads the five reference files of `directory`. Reference data is configuration:
    /// any rejected row, duplicate key or unreadable file is an error, and all of them
    /// are listed at once.
    public static func load(directory: String) throws(ReferenceError) -> ReferenceData {
        var problems: [String] = []
        var files: [InputFileReport] = []

        func read<S: InputSchema>(_ schema: S.Type, context: S.Context) -> [S.Row] {
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
        let calendarRows = read(CalendarFile.self, context: ())
        let items = read(ServiceItemFile.self, context: ())
        problems += duplicates(items.map(\.code), in: ServiceItemFile.fileName, what: "事项编码")
        let entities = read(FoodEntityFile.self, context: townships)
        problems += duplicates(entities.map(\.id), in: FoodEntityFile.fileName, what: "主体编号")

        var calendar: WorkingDayCalendar?
        do {
            calendar = try WorkingDayCalendar(entries: calendarRows)
        } catch {
            problems.append("\(CalendarFile.fileName): \(error.reason)")
        }
        guard problems.isEmpty, let calendar else { throw ReferenceError(directory: directory, problems: problems) }
        return ReferenceData(townships: townships, quotas: quotas, calendar: calendar,
                             catalogue: ServiceCatalogue(items), register: FoodEntityRegister(entities), files: files)
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
