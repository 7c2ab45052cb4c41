import Testing
@testable import CSVReader
@Test func smoke() throws {
    let r = CSVReader(bytes: Array("a,b\n\"x\ny\",2\r\n".utf8), name: "t.csv")
    var out: [(Int, [String])] = []
    try r.forEachRecord { out.append(($0.line, $0.strings)) }
    #expect(out.count == 2)
    #expect(out[1].0 == 2)
    #expect(out[1].1 == ["x\ny", "2"])
}
