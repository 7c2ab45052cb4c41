import Testing
@testable import ReportPublish

@Suite struct ReportBundleTests {
    @Test func storesFilesAndListsThemInByteOrder() throws {
        var bundle = ReportBundle()
        try bundle.add("summary.md", text: "# 摘要\n")
        try bundle.add("coal/township_ranking.csv", bytes: [0xEF, 0xBB, 0xBF, 0x61])
        try bundle.add("manifest.json", text: "{}\n")
        try bundle.add("rejects/coal_deliveries.csv", bytes: [])
        try bundle.add("coal/.hidden-but-allowed", bytes: [1])
        #expect(bundle.paths == ["coal/.hidden-but-allowed", "coal/township_ranking.csv", "manifest.json",
                                 "rejects/coal_deliveries.csv", "summary.md"])
        #expect(bundle["summary.md"] == Array("# 摘要\n".utf8))
        #expect(bundle["rejects/coal_deliveries.csv"] == [])
        #expect(bundle["missing.csv"] == nil)
    }

    @Test(arguments: ["", "/etc/passwd", "../x.csv", "coal/../../x", "coal//a.csv", "coal/", "./a.csv",
                      "coal/./a.csv", "..", "a\u{0}b", "coal/.."])
    func rejectsUnsafePaths(path: String) {
        var bundle = ReportBundle()
        #expect(throws: PublishError.invalidRelativePath(path)) {
            try bundle.add(path, bytes: [1])
        }
        #expect(bundle.files.isEmpty)
    }

    @Test func acceptsDotsInsideNames() throws {
        var bundle = ReportBundle()
        try bundle.add("a..b.csv", bytes: [])
        try bundle.add("v1.2/x.svg", bytes: [])
        #expect(bundle.paths == ["a..b.csv", "v1.2/x.svg"])
    }

    @Test func rejectsDuplicatesAndFileFolderConflicts() throws {
        var bundle = ReportBundle()
        try bundle.add("coal/a.csv", bytes: [1])
        #expect(throws: PublishError.conflictingPath("coal/a.csv")) { try bundle.add("coal/a.csv", bytes: [2]) }
        #expect(throws: PublishError.conflictingPath("coal")) { try bundle.add("coal", bytes: [3]) }
        #expect(throws: PublishError.conflictingPath("coal/a.csv/b")) { try bundle.add("coal/a.csv/b", bytes: [4]) }
        #expect(bundle.files == ["coal/a.csv": [1]])
    }
}
