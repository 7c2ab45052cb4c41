/// Ordering of strings by their UTF-8 bytes. `String`'s own `<` compares canonically
/// equivalent spellings (NFC and NFD, say) as equal, so sorting on it alone can leave
/// their order to chance; reports sort on bytes wherever input text decides the order.
public enum ByteOrder {
    /// True when `a` sorts before `b` byte by byte.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
