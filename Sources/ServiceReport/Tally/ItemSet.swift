/// A set of catalogue item positions as a bit set: the distinct items a hall or township
/// completed tickets for, in a few machine words whatever the number of tickets.
struct ItemSet: Sendable, Hashable {
    private var words: [UInt64]

    /// An empty set for positions `0..<capacity`.
    init(capacity: Int) {
        words = [UInt64](repeating: 0, count: (capacity + 63) / 64)
    }

    /// Adds position `item` (which must be below the capacity).
    mutating func insert(_ item: Int) {
        words[item >> 6] |= 1 << UInt64(item & 63)
    }

    /// The positions in the set, ascending.
    var members: [Int] {
        var result: [Int] = []
        for (index, word) in words.enumerated() where word != 0 {
            for bit in 0..<64 where word & (1 << UInt64(bit)) != 0 { result.append(index * 64 + bit) }
        }
        return result
    }
}
