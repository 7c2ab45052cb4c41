/// How a header row matches one schema, for `inspect`.
public struct HeaderMatch: Sendable {
    public let fileName: String
    public let title: String
    /// Each header with the column it maps to (`镇街/township`), nil when unknown.
    public let columns: [(header: String, column: String?)]
    /// Required columns the header lacks.
    public let missingRequired: [String]
    /// Why the file cannot be read with this schema (nil: it can).
    public let problem: String?
    /// The kind of personal data of each header position that holds some (for masking).
    public let personal: [Int: PersonalData]

    public var matchedCount: Int { columns.filter { $0.column != nil }.count }
}

/// Every input the tool reads: the reference files and the exports.
public enum SchemaCatalog {
    public static let all: [any InputSchema.Type] = [
        TownshipFile.self, QuotaFile.self, CalendarFile.self, ServiceItemFile.self, FoodEntityFile.self,
        CoalDeliveryFile.self, StoveInstallFile.self, CoalQualityFile.self, FoodInspectionFile.self,
        ServiceTicketFile.self,
    ]

    /// The schema whose file name is `fileName`, else the one matching the most headers.
    public static func bestMatch(fileName: String, headers: [String]) -> HeaderMatch? {
        let matches = all.map { match($0, headers: headers) }
        if let named = matches.first(where: { $0.fileName == fileName }) { return named }
        return matches.filter { $0.matchedCount > 0 }
            .max { ($0.problem == nil ? 1 : 0, $0.matchedCount) < ($1.problem == nil ? 1 : 0, $1.matchedCount) }
    }

    /// Which of `schema`'s columns each header names, and what is missing or repeated.
    public static func match<S: InputSchema>(_ schema: S.Type, headers: [String]) -> HeaderMatch {
        var lookup: [String: S.Column] = [:]
        for column in S.Column.allCases {
            for name in column.spec.normalisedNames { lookup[name] = column }
        }
        let columns = headers.map { header in
            (header, lookup[HeaderName.normalise(header)].map { "\($0.spec.chinese)/\($0.spec.english)" })
        }
        var problem: String?
        do {
            _ = try HeaderMapping<S.Column>(headers: headers)
        } catch {
            problem = error.description
        }
        let present = Set(headers.compactMap { lookup[HeaderName.normalise($0)] })
        let missing = S.Column.allCases.filter { $0.spec.isRequired && !present.contains($0) }
            .map { "\($0.spec.chinese)/\($0.spec.english)" }
        var personal: [Int: PersonalData] = [:]
        for (index, header) in headers.enumerated() {
            if let kind = lookup[HeaderName.normalise(header)]?.spec.personal { personal[index] = kind }
        }
        return HeaderMatch(fileName: S.fileName, title: S.title, columns: columns, missingRequired: missing,
                           problem: problem, personal: personal)
    }
}
