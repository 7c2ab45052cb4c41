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
