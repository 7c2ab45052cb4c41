/// Masking of personal data (names, phone numbers, household ids) for the summary
/// and the CSV reports; `--unmasked` is the only way around it (SPEC §5).
///
/// All functions trim surrounding white space (including the ideographic space
/// U+3000) first, work on `Character`s (so one Chinese character is one
/// position), replace every hidden character with one ASCII `*`, and are pure:
/// the same input always gives the same output. Empty (or all-blank) input gives "".
public enum PersonalDataMask {
    /// The character that replaces each hidden character.
    public static let maskCharacter: Character = "*"

    /// Masks a person's name: the first and last character stay, every character in
    /// between becomes `*`.
    ///
    /// | characters | rule | example |
    /// |---|---|---|
    /// | 1 | all hidden | `张` → `*` |
    /// | 2 | first kept | `张三` → `张*` |
    /// | ≥ 3 | first and last kept | `张三明` → `张*明`, `欧阳小明` → `欧**明` |
    public static func name(_ name: String) -> String {
        masked(name) { count in
            switch count {
            case 1: return (0, 0)
            case 2: return (1, 0)
            default: return (1, 1)
            }
        }
    }

    /// Masks a phone number.
    ///
    /// - A mainland mobile number (11 digits starting with `1`, after removing spaces
    ///   and `-`, turning full-width digits into ASCII and dropping a `+86`/`0086`/`86`
    ///   prefix) keeps its first 3 and last 4 digits, the national convention the
    ///   gazette forms use: `13812345678` and `+86 138-1234-5678` → `138****5678`.
    ///   This form hides 4 of 11 digits and is the only one hiding less than half.
    /// - Anything else (landlines, extensions, typos) is masked on its trimmed
    ///   characters, keeping the first 3 (none when there are 6 characters or fewer)
    ///   and the last 2, but never revealing more than half of them: the budget
    ///   `count / 2` (rounded down) goes to the last 2 first, then to the first 3.
    ///   So `123456` → `****56`, `123` → `**3`, `1` → `*`, `4123456` → `4****56`,
    ///   `0533-4123456` (12) → `053*******56`.
    public static func phone(_ phone: String) -> String {
        let characters = Array(trimmed(phone))
        if characters.isEmpty { return "" }
        if let mobile = mobileDigits(characters) {
            return mask(mobile, keepingFirst: 3, last: 4)
        }
        return maskWithinHalf(characters, preferredFirst: characters.count <= 6 ? 0 : 3, preferredLast: 2)
    }

    /// Masks a household id (户号): the first 2 and last 2 characters stay and at
    /// least 4 characters are hidden, so shorter ids reveal less.
    ///
    /// | characters | shown | example |
    /// |---|---|---|
    /// | 1 | nothing | `7` → `*` |
    /// | 2–4 | the last one | `A123` → `***3` |
    /// | 5 | the last one | `12345` → `****5` |
    /// | 6 | the last two | `123456` → `****56` |
    /// | 7 | first one, last two | `1234567` → `1****67` |
    /// | ≥ 8 | first two, last two | `BS2018000123` → `BS********23` |
    public static func householdID(_ id: String) -> String {
        masked(id) { count in
            switch count {
            case 1: return (0, 0)
            case 2...4: return (0, 1)
            default:
                let budget = count - 4
                let last = min(2, budget)
                return (min(2, budget - last), last)
            }
        }
    }

    // MARK: - Helpers

    /// Masks `text`, keeping the leading and trailing characters `keep` gives for its
    /// number of characters (at least 1); "" when blank.
    private static func masked(_ text: String, keep: (Int) -> (first: Int, last: Int)) -> String {
        if let count = simpleScalarCount(text) {
            guard count > 0 else { return "" }
            let (first, last) = keep(count)
            return maskScalars(text, count: count, first: first, last: last)
        }
        let characters = Array(trimmed(text))
        guard !characters.isEmpty else { return "" }
        let (first, last) = keep(characters.count)
        return mask(characters, keepingFirst: first, last: last)
    }

    /// The number of characters of `text` when each of its scalars is a character of its
    /// own and none is white space: printable ASCII, CJK ideographs (basic block and
    /// extension A) and full-width forms, which no grapheme rule joins to a neighbour.
    /// Such text (almost every id and name) is masked by scalar, without grapheme
    /// breaking, and needs no trimming; anything else takes the `Character` path.
    private static func simpleScalarCount(_ text: String) -> Int? {
        var count = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x21...0x7E, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: count += 1
            default: return nil
            }
        }
        return count
    }

    /// `mask` for text whose scalars are its characters (`simpleScalarCount`), on its UTF-8
    /// bytes: a byte that is not a continuation byte starts the next scalar.
    private static func maskScalars(_ text: String, count: Int, first: Int, last: Int) -> String {
        precondition(first + last <= count)
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var position = -1
        var kept = true
        for byte in text.utf8 {
            if byte & 0xC0 != 0x80 {
                position += 1
                kept = position < first || position >= count - last
                if !kept { result.append(UInt8(ascii: "*")) }
            }
            if kept { result.append(byte) }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func trimmed(_ text: String) -> Substring {
        var slice = Substring(text)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return slice
    }

    /// Keeps `first` leading and `last` trailing characters and masks the rest.
    private static func mask(_ characters: [Character], keepingFirst first: Int, last: Int) -> String {
        precondition(first + last <= characters.count)
        var result = String(characters[..<first])
        result += String(repeating: maskCharacter, count: characters.count - first - last)
        result += String(characters[(characters.count - last)...])
        return result
    }

    /// Reveals at most `count / 2` characters: the trailing ones first, then the leading ones.
    private static func maskWithinHalf(_ characters: [Character], preferredFirst: Int, preferredLast: Int) -> String {
        let budget = characters.count / 2
        let last = min(preferredLast, budget)
        let first = min(preferredFirst, budget - last)
        return mask(characters, keepingFirst: first, last: last)
    }

    /// The 11 ASCII digits of a mainland mobile number, or nil if `characters` is not one.
    private static func mobileDigits(_ characters: [Character]) -> [Character]? {
        var compact: [Character] = []
        for character in characters where character != " " && character != "-" && character != "\u{3000}" {
            if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
               (0xFF10...0xFF19).contains(scalar.value) {
                compact.append(Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!))
            } else {
                compact.append(character)
            }
        }
        if compact.first == "+" {
            compact.removeFirst()
            guard compact.starts(with: ["8", "6"]) else { return nil }
            compact.removeFirst(2)
        } else if compact.count == 15, compact.starts(with: ["0", "0", "8", "6"]) {
            compact.removeFirst(4)
        } else if compact.count == 13, compact.starts(with: ["8", "6"]) {
            compact.removeFirst(2)
        }
        guard compact.count == 11, compact.first == "1",
              compact.allSatisfy({ $0.isASCII && $0.isWholeNumber }) else { return nil }
        return compact
    }
}
