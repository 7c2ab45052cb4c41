import Testing
import SharedTestSupport
@testable import ReportCore

/// `ByteKeyTable` (keys compared and hashed a word at a time) against `Dictionary`.
@Suite struct ByteKeyTableTests {
    @Test func findsWhatADictionaryFindsOnKeysThatDifferInOneByte() {
        var random = SplitMix64(seed: 115)
        let stems = ["", "区", "区政务服务中心", "SJ-SWJ-00", "开发区八陡镇", "BS201812180000"]
        var table = ByteKeyTable<Int>()
        var reference: [String: Int] = [:]
        var probes: [String] = []
        for n in 0..<600 {
            // Keys of 0 to 40 bytes sharing long prefixes, so that a match rests on the tail
            // word or on a single byte anywhere.
            var key = stems[Int.random(in: 0..<stems.count, using: &random)]
            for _ in 0..<Int.random(in: 0...3, using: &random) {
                key += ["a", "1", "镇", "街道", "-", "0"][Int.random(in: 0..<6, using: &random)]
            }
            probes.append(key)
            if n % 2 == 0 {
                let inserted = table.insert(key, n)
                #expect(inserted == (reference[key] == nil))
                if reference[key] == nil { reference[key] = n }
            }
        }
        for key in probes + ["区政务服务中心x", "BS2018121800000", "区政务服务中"] {
            #expect(table.value(for: key) == reference[key], "\(key)")
        }
        #expect(table.count == reference.count)
    }

    @Test func equalComparesEveryByte() {
        let a: [UInt8] = Array("区政务服务中心1".utf8)   // 22 bytes: two words and six
        for position in a.indices {
            var b = a
            b[position] ^= 1
            let same = a.withUnsafeBufferPointer { x in
                b.withUnsafeBufferPointer { y in ByteKeyTable<Int>.equal(x.baseAddress, y.baseAddress, a.count) }
            }
            #expect(!same, "byte \(position)")
        }
        let same = a.withUnsafeBufferPointer { x in
            a.withUnsafeBufferPointer { y in ByteKeyTable<Int>.equal(x.baseAddress, y.baseAddress, a.count) }
        }
        #expect(same)
        #expect(ByteKeyTable<Int>.equal(nil, nil, 0))
    }
}
