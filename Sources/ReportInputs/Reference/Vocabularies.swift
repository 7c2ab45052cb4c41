import ReportCore

/// The lookup tables of every categorical column, built from `vocabularies.csv` (or the
/// built-in copy of the shipped file).
///
/// Each standard value always spells itself; the file adds synonyms. Open vocabularies
/// map spellings onto a standard text (`String`); a value that matches nothing is used
/// as written (see `FieldReader.openChoice`).
///
/// A class: rows reach it through the context once per field, and a struct of nine tables
/// would be copied (and retained nine times) on every access.
public final class Vocabularies: Sendable {
    public let entityTypes: ChoiceTable<String>
    public let inspectionMethods: ChoiceTable<String>
    public let sampleResults: ChoiceTable<SampleResult>
    public let disposals: ChoiceTable<DisposalStatus>
    public let grades: ChoiceTable<HygieneGrade>
    public let channels: ChoiceTable<ServiceChannel>
    public let ratings: ChoiceTable<ServiceRating>
    public let coalTypes: ChoiceTable<String>
    public let yesNo: ChoiceTable<Bool>
    /// Where the entries came from: a path, or `BuiltInVocabulary.source`.
    public let source: String

    init(entityTypes: ChoiceTable<String>, inspectionMethods: ChoiceTable<String>,
         sampleResults: ChoiceTable<SampleResult>, disposals: ChoiceTable<DisposalStatus>,
         grades: ChoiceTable<HygieneGrade>, channels: ChoiceTable<ServiceChannel>, ratings: ChoiceTable<ServiceRating>,
         coalTypes: ChoiceTable<String>, yesNo: ChoiceTable<Bool>, source: String) {
        self.entityTypes = entityTypes
        self.inspectionMethods = inspectionMethods
        self.sampleResults = sampleResults
        self.disposals = disposals
        self.grades = grades
        self.channels = channels
        self.ratings = ratings
        self.coalTypes = coalTypes
        self.yesNo = yesNo
        self.source = source
    }

    /// Builds the tables; a spelling listed under two standard values of one vocabulary is
    /// a problem (returned, per vocabulary, so a run can ignore vocabularies it does not use).
    public static func build(_ entries: [VocabularyEntry], source: String)
        -> (vocabularies: Vocabularies, problems: [VocabularyName: [String]]) {
        var spellings: [VocabularyName: [String: String]] = [:]
        var problems: [VocabularyName: [String]] = [:]
        for name in VocabularyName.allCases {
            for value in name.standardValues { spellings[name, default: [:]][value] = value }
        }
        for entry in entries {
            for spelling in [entry.value] + entry.synonyms {
                if let earlier = spellings[entry.vocabulary]?[spelling], earlier != entry.value {
                    problems[entry.vocabulary, default: []].append(
                        "\(VocabularyFile.fileName): “\(entry.vocabulary.rawValue)”中的“\(spelling)”同时是“\(earlier)”和“\(entry.value)”的写法")
                    continue
                }
                spellings[entry.vocabulary, default: [:]][spelling] = entry.value
            }
        }
        func table<T>(_ name: VocabularyName, _ meaning: (String) -> T?) -> ChoiceTable<T> {
            let map = (spellings[name] ?? [:]).compactMapValues(meaning)
            var standard = name.standardValues
            for entry in entries where entry.vocabulary == name && !standard.contains(entry.value) {
                standard.append(entry.value)
            }
            return ChoiceTable(map, standard: standard, vocabulary: name.rawValue)
        }
        let vocabularies = Vocabularies(
            entityTypes: table(.entityType) { $0 },
            inspectionMethods: table(.inspectionMethod) { $0 },
            sampleResults: table(.sampleResult, SampleResult.init(rawValue:)),
            disposals: table(.disposal, DisposalStatus.init(rawValue:)),
            grades: table(.grade, HygieneGrade.init(rawValue:)),
            channels: table(.channel, ServiceChannel.init(rawValue:)),
            ratings: table(.rating, ServiceRating.init(rawValue:)),
            coalTypes: table(.coalType) { $0 },
            yesNo: table(.yesNo) { $0 == "是" ? true : $0 == "否" ? false : nil },
            source: source)
        return (vocabularies, problems)
    }

    /// The built-in vocabularies (the shipped file's contents).
    public static let builtIn: Vocabularies = build(BuiltInVocabulary.entries, source: BuiltInVocabulary.source).vocabularies
}

extension BuiltInVocabulary {
    /// The entries of `text`. The text is ours (no quotes, no commas in values), so a split
    /// suffices; a test checks that reading the shipped file gives the same entries.
    public static var entries: [VocabularyEntry] {
        text.split(separator: "\n").dropFirst().compactMap { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 2, let name = VocabularyName(rawValue: cells[0]) else { return nil }
            let synonyms = cells.count > 2 ? cells[2].split(separator: "|").map(String.init) : []
            return VocabularyEntry(vocabulary: name, value: cells[1], synonyms: synonyms)
        }
    }
}
