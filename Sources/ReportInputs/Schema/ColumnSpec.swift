import ReportCore

/// What a personal-data column holds, so reports and rejects files can mask it.
public enum PersonalData: Sendable {
    case name, phone, householdID
}

/// One column of an input: its Chinese header, its English alias, other accepted
/// spellings, and whether a file without it can be used at all.
public struct ColumnSpec: Sendable {
    /// The header as SPEC §2 writes it, e.g. `购买数量(吨)`.
    public let chinese: String
    /// The English alias, e.g. `tons`.
    public let english: String
    /// Further accepted headers (normalised like the others), e.g. `购买数量`.
    public let otherNames: [String]
    /// A file lacking a required column cannot be used.
    public let isRequired: Bool
    /// Set for names, phone numbers and household ids.
    public let personal: PersonalData?
    /// The unit a value of this column may repeat (`1.5吨` in 购买数量(吨)); nil: none.
    public let unit: ValueUnit?
    /// An ID or code (登记编号, 户号, 办件编号, …): a value Excel damaged (scientific
    /// notation, `####`, stripped leading zeros) is rejected, since it no longer tells
    /// rows apart. Phone columns are checked too.
    public let isIdentifier: Bool
    /// A required column whose value may be blank (办结时间 of a ticket still open). Every
    /// other required column has a value in each accepted row (see `RejectBudget`).
    public let blankAllowed: Bool

    public init(_ chinese: String, _ english: String, also otherNames: [String] = [],
                required isRequired: Bool = false, blankAllowed: Bool = false, personal: PersonalData? = nil,
                unit: ValueUnit? = nil, identifier isIdentifier: Bool = false) {
        self.blankAllowed = blankAllowed
        self.chinese = chinese
        self.english = english
        self.otherNames = otherNames
        self.isRequired = isRequired
        self.personal = personal
        self.unit = unit
        self.isIdentifier = isIdentifier || personal == .householdID || personal == .phone
    }

    /// Every accepted header, normalised.
    var normalisedNames: [String] {
        ([chinese, english] + otherNames).map(HeaderName.normalise)
    }
}

/// The columns of one input, as an `Int`-backed enum whose cases describe themselves.
///
/// Rows look fields up by case (`fields.text(.village)`), which is an array index, not
/// a dictionary lookup: this runs once per field per row.
public protocol ColumnKey: CaseIterable, Hashable, Sendable where AllCases == [Self] {
    var spec: ColumnSpec { get }
    /// Position of the case in `allCases`.
    var index: Int { get }
}

extension ColumnKey where Self: RawRepresentable, RawValue == Int {
    public var index: Int { rawValue }
}

/// Header normalisation: spaces of any width and required-field marks (`*`, `※`) removed,
/// full-width and square brackets (`（）`, `【】`, `[]`, `〔〕`) made `()`, full-width colons
/// and commas half-width, underscores removed (`Record ID` = `record_id`), ASCII letters
/// lower-cased. `购买数量（吨）`, `购买数量(吨)` and
/// `购买数量 (吨)` all become `购买数量(吨)`; `Tons` becomes `tons`.
public enum HeaderName {
    /// The header as compared against column names and aliases.
    public static func normalise(_ header: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in header.unicodeScalars {
            switch scalar {
            case " ", "\t", "\r", "\n", "\u{3000}", "\u{00A0}", "\u{FEFF}": continue
            // A form marks required fields: `*登记编号`, `登记编号*`, `※户号`.
            case "*", "＊", "※": continue
            // English aliases written as words: `Record ID`, `record_id`, `RecordID` are one.
            case "_": continue
            case "（", "【", "[", "〔", "［": out.append("(")
            case "）", "】", "]", "〕", "］": out.append(")")
            case "：": out.append(":")
            case "，": out.append(",")
            case "A"..."Z": out.append(Unicode.Scalar(scalar.value + 32)!)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
