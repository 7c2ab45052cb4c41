import ReportCore
import ReportInputs

/// Duplicate 登记编号 within one export (SPEC §4.1): the first row in file order counts;
/// a later row with the same content is a re-export (counted once); a later row with
/// different content is a conflict (rejected).
///
/// Only a 64-bit fingerprint of each row's content is kept, not the row, so a million
/// rows cost a few tens of megabytes. The fingerprint is FNV-1a over every field
/// except the line, so it is the same in every run.
struct RecordRegistry: Sendable {
    /// What a row's 登记编号 says about it.
    enum Verdict: Equatable, Sendable {
        /// The first row with this 登记编号.
        case first
        /// Same 登记编号 and the same content as the row on `firstLine`.
        case reExport(firstLine: Int)
        /// Same 登记编号 as the row on `firstLine`, different content.
        case conflict(firstLine: Int)
    }

    private struct Seen: Sendable {
        let fingerprint: UInt64
        let line: Int32
    }

    /// Keys kept as bytes in one arena: a million 登记编号 cost a few bytes each, not a
    /// `String` apiece, and are looked up without Unicode-normalised hashing.
    private var seen = ByteKeyTable<Seen>()

    /// Registers a row and says whether it repeats an earlier one.
    mutating func check(_ recordID: String, fingerprint: UInt64, line: Int) -> Verdict {
        if let earlier = seen.value(for: recordID) {
            return earlier.fingerprint == fingerprint ? .reExport(firstLine: Int(earlier.line))
                : .conflict(firstLine: Int(earlier.line))
        }
        seen.insert(recordID, Seen(fingerprint: fingerprint, line: Int32(clamping: line)))
        return .first
    }

    /// Whether no 登记编号 a later part of the same export registered is registered here.
    /// When one is, that part judged its row as the first one, which only a reading in one
    /// piece can decide.
    func isDisjoint(with later: RecordRegistry) -> Bool {
        later.seen.pairs.allSatisfy { seen.value(for: $0.key) == nil }
    }

    /// Adds the 登记编号 of a later part (``isDisjoint(with:)`` checked first).
    mutating func add(_ later: RecordRegistry) {
        for (key, value) in later.seen.pairs { seen.insert(key, value) }
    }
}

/// FNV-1a (64 bit) over a sequence of fields. Each field ends with a byte that UTF-8
/// never uses, so `("ab", "c")` and `("a", "bc")` differ.
struct Fingerprint {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    private mutating func byte(_ byte: UInt8) {
        value ^= UInt64(byte)
        value &*= 0x0000_0100_0000_01b3
    }

    mutating func add(_ text: String) {
        let done: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for b in bytes { byte(b) }
            return true
        }
        if done == nil {
            for b in text.utf8 { byte(b) }
        }
        byte(0xFF)
    }

    mutating func add(_ number: Int64?) {
        guard let number else {
            byte(0xFE)
            byte(0xFF)
            return
        }
        var bits = UInt64(bitPattern: number)
        for _ in 0..<8 {
            byte(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
        byte(0xFF)
    }
}

extension CoalDelivery {
    /// Fingerprint of every field (all fields of a row except its line).
    var contentFingerprint: UInt64 {
        var f = Fingerprint()
        f.add(recordID); f.add(township); f.add(village); f.add(householdID); f.add(buyer)
        f.add(phone); f.add(coalType); f.add(batch); f.add(company); f.add(courier)
        f.add(kilograms)
        f.add(unitPriceFen)
        f.add(amountFen)
        f.add(Int64(day.ordinal))
        return f.value
    }
}

extension StoveInstall {
    /// Fingerprint of every field (all fields of a row except its line).
    var contentFingerprint: UInt64 {
        var f = Fingerprint()
        f.add(recordID); f.add(township); f.add(village); f.add(householdID); f.add(buyer)
        f.add(phone); f.add(model); f.add(company); f.add(installer)
        f.add(Int64(count))
        f.add(unitPriceFen)
        f.add(amountFen)
        f.add(Int64(day.ordinal))
        return f.value
    }
}
