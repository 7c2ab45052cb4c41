import SharedTestSupport
import Testing
@testable import ReportPublish

@Suite struct PersonalDataMaskTests {
    @Test(arguments: [
        ("张三明", "张*明"),
        ("欧阳小明", "欧**明"),
        ("张三", "张*"),
        ("张", "*"),
        ("  王 五  ", "王*五"),
        ("\u{3000}李四\u{3000}", "李*"),
        ("买买提·艾力", "买****力"),
        ("John Smith", "J********h"),
        ("", ""),
        ("   ", ""),
    ])
    func names(input: String, expected: String) {
        #expect(PersonalDataMask.name(input) == expected)
    }

    @Test(arguments: [
        ("13812345678", "138****5678"),
        (" 13812345678 ", "138****5678"),
        ("138-1234-5678", "138****5678"),
        ("138 1234 5678", "138****5678"),
        ("+86 138 1234 5678", "138****5678"),
        ("8613812345678", "138****5678"),
        ("１３８１２３４５６７８", "138****5678"),
        ("0533-4123456", "053*******56"),   // 12 characters: first 3, last 2
        ("05334123456", "053******56"),     // 11 digits but not a mobile number
        ("4123456", "4****56"),             // 7: budget 3 → last 2, first 1
        ("41234567", "41****67"),           // 8: budget 4 → last 2, first 2
        ("123456", "****56"),
        ("12345", "***45"),
        ("1234", "**34"),
        ("123", "**3"),
        ("12", "*2"),
        ("1", "*"),
        ("", ""),
    ])
    func phones(input: String, expected: String) {
        #expect(PersonalDataMask.phone(input) == expected)
    }

    @Test(arguments: [
        ("BS2018000123", "BS********23"),
        ("12345678", "12****78"),
        ("1234567", "1****67"),
        ("123456", "****56"),
        ("12345", "****5"),
        ("A123", "***3"),
        ("123", "**3"),
        ("12", "*2"),
        ("7", "*"),
        (" 域城-0001 ", "域****01"),        // 7 characters after trimming
        ("", ""),
    ])
    func householdIDs(input: String, expected: String) {
        #expect(PersonalDataMask.householdID(input) == expected)
    }

    /// Properties over random inputs (no `*` in them): same length as the trimmed input
    /// (except normalised mobile numbers), deterministic, never containing an original
    /// of 3 or more characters, kept characters at their places, and — for household
    /// ids and non-mobile phones — at least half of the characters hidden.
    @Test func propertiesOfRandomInputs() {
        var random = SplitMix64(seed: 109)
        let alphabet: [Character] = Array("张王李赵欧阳明华0123456789ABCX-·")
        let maskers: [(String) -> String] = [PersonalDataMask.name, PersonalDataMask.phone, PersonalDataMask.householdID]
        for _ in 0..<3000 {
            let input = String((0..<Int.random(in: 0...16, using: &random)).map { _ in
                alphabet.randomElement(using: &random)!
            })
            for (which, masker) in maskers.enumerated() {
                let masked = masker(input)
                #expect(masked == masker(input))
                if input.count >= 3 { #expect(!masked.contains(input)) }
                if input.isEmpty { #expect(masked.isEmpty) }
                let isMobile = which == 1 && masked.count == 11 && masked.filter { $0 == "*" }.count == 4
                guard !isMobile else { continue }
                #expect(masked.count == input.count)
                let hidden = masked.filter { $0 == "*" }.count
                for (original, shown) in zip(input, masked) where shown != "*" {
                    #expect(original == shown)
                }
                if which > 0 { #expect(hidden * 2 >= input.count) }
                if which == 2, input.count >= 8 { #expect(hidden >= 4) }
                if input.count >= 1 { #expect(hidden >= 1) }
            }
        }
    }
}

/// The masks' fast path (text whose scalars are its characters) against the rules applied
/// character by character, on random text mixing ASCII, Chinese, full-width forms, white
/// space, combining marks and emoji.
@Suite struct PersonalDataMaskFastPathTests {
    /// The rules by `Character`, as the masks applied them before the fast path.
    static func reference(_ text: String, keep: (Int) -> (Int, Int)) -> String {
        var slice = Substring(text)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        let characters = Array(slice)
        if characters.isEmpty { return "" }
        let (first, last) = keep(characters.count)
        return String(characters[..<first]) + String(repeating: "*", count: characters.count - first - last)
            + String(characters[(characters.count - last)...])
    }

    static func nameRule(_ count: Int) -> (Int, Int) { count == 1 ? (0, 0) : count == 2 ? (1, 0) : (1, 1) }
    static func householdRule(_ count: Int) -> (Int, Int) {
        switch count {
        case 1: return (0, 0)
        case 2...4: return (0, 1)
        default: let last = min(2, count - 4); return (min(2, count - 4 - last), last)
        }
    }

    @Test func masksEqualTheCharacterRulesOnRandomText() {
        let pieces = ["张", "欧阳", "明", "B", "S", "2", "0", "-", "Ａ", "１", "㐀", " ", "\u{3000}", "e\u{301}",
                      "\u{301}", "👨‍👩‍👧", "🇨🇳", "\t", "(", "~"]
        var random = SplitMix64(seed: 109)
        var fast = 0
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                // Mostly the characters of real ids and names, sometimes anything.
                let pool = Int.random(in: 0..<4, using: &random) == 0 ? pieces.count : 11
                text += pieces[Int.random(in: 0..<pool, using: &random)]
            }
            #expect(PersonalDataMask.name(text) == Self.reference(text, keep: Self.nameRule), "\(text)")
            #expect(PersonalDataMask.householdID(text) == Self.reference(text, keep: Self.householdRule), "\(text)")
            if text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F || $0.value >= 0x3400 && $0.value <= 0x9FFF }) { fast += 1 }
        }
        #expect(fast > 500)   // the fast path really ran
    }
}
