/// Numbers distinct strings in the order they are first seen, so that the job keeps one
/// copy of each village, company, batch or 户号 and small integer ids everywhere else.
struct Interner: Sendable {
    private var ids: [String: Int32] = [:]
    /// The strings, by id.
    private(set) var values: [String] = []

    /// The id of `value`, numbering it if it is new.
    mutating func id(_ value: String) -> Int32 {
        // One hash lookup: the defaulted subscript inserts `candidate` when `value` is new.
        let candidate = Int32(values.count)
        let id = Self.read(&ids[value, default: candidate])
        if id == candidate { values.append(value) }
        return id
    }

    private static func read(_ slot: inout Int32) -> Int32 { slot }

    /// The id of `value` if it has been seen.
    func existingID(_ value: String) -> Int32? { ids[value] }

    /// The string numbered `id`.
    subscript(id: Int32) -> String { values[Int(id)] }

    /// How many distinct strings have been seen.
    var count: Int { values.count }
}
