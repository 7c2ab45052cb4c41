/// The names of a workbook's sheets as Excel accepts them: at most 31 characters (UTF-16
/// code units, as Excel counts), none of `[ ] : * ? / \`, no apostrophe first or last, not
/// empty, not `History` (Excel reserves it), and unique regardless of case.
struct SheetNames {
    /// Excel's longest sheet name.
    static let maxLength = 31

    private var taken: Set<String> = []

    /// `requested` made valid (forbidden characters as `_`, characters XML forbids dropped,
    /// cut to 31) and unique: a name already taken gets `（2）`, `（3）`… (its base cut so
    /// the whole still fits). The name is then taken.
    mutating func claim(_ requested: String) -> String {
        let name = resolve(requested)
        taken.insert(Self.key(name))
        return name
    }

    /// The name ``claim(_:)`` would give `requested` now, without taking it.
    func resolve(_ requested: String) -> String {
        let base = Self.valid(requested)
        var name = base
        var number = 2
        while taken.contains(Self.key(name)) {
            name = Self.numbered(base, number)
            number += 1
        }
        return name
    }

    /// The name of part `number` (2, 3, …) of a sheet named `name`: `name（number）`, cut to fit.
    static func numbered(_ name: String, _ number: Int) -> String {
        let suffix = "（\(number)）"
        return cut(name, to: maxLength - suffix.utf16.count) + suffix
    }

    /// Excel compares sheet names without regard to case.
    private static func key(_ name: String) -> String { name.lowercased() }

    private static func valid(_ requested: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in requested.unicodeScalars {
            switch scalar {
            case "[", "]", ":", "*", "?", "/", "\\": scalars.append("_")
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                scalars.append(scalar)
            }
        }
        var name = cut(String(scalars), to: maxLength)
        if name.hasPrefix("'") { name = "_" + name.dropFirst() }
        if name.hasSuffix("'") { name = String(name.dropLast()) + "_" }
        if name.isEmpty { return "Sheet" }
        if name.lowercased() == "history" { return name + "_" }
        return name
    }

    /// The longest prefix of whole characters of `name` within `length` UTF-16 code units.
    private static func cut(_ name: String, to length: Int) -> String {
        var result = ""
        var used = 0
        for character in name {
            let width = character.utf16.count
            guard used + width <= length else { break }
            result.append(character)
            used += width
        }
        return result
    }
}
