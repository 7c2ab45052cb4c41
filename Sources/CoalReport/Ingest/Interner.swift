import ReportCore

/// Numbers distinct strings in the order they are first seen, so that the job keeps one
/// copy of each village, company, batch or 户号 and small integer ids everywhere else.
/// Looked up by UTF-8 bytes (`ByteKeyTable`): no Unicode-normalised hashing per row, and
/// the keys sit in one byte arena.
struct Interner: Sendable {
    private var ids = ByteKeyTable<Int32>()
    /// The strings, by id.
    private(set) var values: [String] = []

    /// The id of `value`, numbering it if it is new.
    mutating func id(_ value: String) -> Int32 {
        if let id = ids.value(for: value) { return id }
        let id = Int32(values.count)
        ids.insert(value, id)
        values.append(value)
        return id
    }

    /// The string numbered `id`.
    subscript(id: Int32) -> String { values[Int(id)] }

    /// How many distinct strings have been seen.
    var count: Int { values.count }
}
