import Foundation
import Testing
@testable import ReportPublish

@Suite struct PublisherTests {
    static func bundleA() throws -> ReportBundle {
        var bundle = ReportBundle()
        try bundle.add("summary.md", text: "# 2018年12月 摘要\n")
        try bundle.add("manifest.json", text: "{\"outcome\" : \"published\"}\n")
        try bundle.add("coal/township_ranking.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("镇街\r\n八陡镇\r\n".utf8))
        try bundle.add("coal/anomalies.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("类型\r\n".utf8))
        try bundle.add("rejects/coal_deliveries.csv", bytes: Array("行号,原因\r\n7,数量为负\r\n".utf8))
        return bundle
    }

    /// Differs from A: one file changed, one dropped, two added (one in a new folder).
    static func bundleB() throws -> ReportBundle {
        var bundle = ReportBundle()
        try bundle.add("summary.md", text: "# 2018年12月 摘要（重算）\n")
        try bundle.add("manifest.json", text: "{\"outcome\" : \"published\", \"rerun\" : true}\n")
        try bundle.add("coal/township_ranking.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("镇街\r\n域城镇\r\n".utf8))
        try bundle.add("food/township_indicators.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("指标\r\n".utf8))
        try bundle.add("charts/coal.svg", text: "<svg/>\n")
        return bundle
    }

    @Test func firstPublishCreatesTheFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.path + "/reports/"
        let published = try Publisher().publish(try Self.bundleA(), name: "2018-12", into: out)
        #expect(published == folder.path + "/reports/2018-12")
        #expect(try TemporaryFolder.snapshot(published) == Self.bundleA().files)
        #expect(try TemporaryFolder.entries(folder.path + "/reports") == ["2018-12"])
    }

    @Test func republishExchangesToExactlyTheNewFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fileSystem = FaultyFileSystem()
        let publisher = Publisher(fileSystem: fileSystem)
        try publisher.publish(try Self.bundleA(), name: "2018-12", into: folder.path)
        #expect(fileSystem.exchanges == 0)
        try publisher.publish(try Self.bundleB(), name: "2018-12", into: folder.path)
        #expect(fileSystem.exchanges == 1)
        #expect(try TemporaryFolder.snapshot(folder.path + "/2018-12") == Self.bundleB().files)
        #expect(try TemporaryFolder.entries(folder.path) == ["2018-12"])
    }

    @Test func failedWriteLeavesPreviousFolderByteIdentical() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Publisher().publish(try Self.bundleA(), name: "2018-12", into: folder.path)
        let before = try TemporaryFolder.snapshot(folder.path + "/2018-12")
        #expect(before == (try Self.bundleA().files))
        let count = try Self.bundleB().files.count
        for failing in 1...count {
            let publisher = Publisher(fileSystem: FaultyFileSystem(.write(failing, ENOSPC)))
            do {
                try publisher.publish(try Self.bundleB(), name: "2018-12", into: folder.path)
                Issue.record("write \(failing) should have failed")
            } catch PublishError.io(.write, let path, ENOSPC) {
                #expect(path.hasPrefix(folder.path + "/.staging-2018-12-\(getpid())/"))
            }
            #expect(try TemporaryFolder.snapshot(folder.path + "/2018-12") == before)
            #expect(try TemporaryFolder.entries(folder.path) == ["2018-12"])
        }
    }

    @Test func failedFirstPublishLeavesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let publisher = Publisher(fileSystem: FaultyFileSystem(.write(3, ENOSPC)))
        #expect(throws: PublishError.self) {
            try publisher.publish(try Self.bundleA(), name: "2018-12", into: folder.path)
        }
        #expect(try TemporaryFolder.entries(folder.path) == [])
    }

    @Test(arguments: [EINVAL, ENOSYS, EOPNOTSUPP])
    func fallsBackToTwoRenamesWithoutExchange(code: Int32) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let publisher = Publisher(fileSystem: FaultyFileSystem(.exchange(code)))
        try publisher.publish(try Self.bundleA(), name: "2018-12", into: folder.path)
        try publisher.publish(try Self.bundleB(), name: "2018-12", into: folder.path)
        #expect(try TemporaryFolder.snapshot(folder.path + "/2018-12") == Self.bundleB().files)
        #expect(try TemporaryFolder.entries(folder.path) == ["2018-12"])
    }

    /// Rename 1 moves the target aside, rename 2 moves staging into place.
    @Test(arguments: [1, 2])
    func fallbackRenameFailureKeepsPreviousFolder(failingRename: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Publisher().publish(try Self.bundleA(), name: "2018-12", into: folder.path)
        let publisher = Publisher(fileSystem: FaultyFileSystem(.exchange(EINVAL), .rename(failingRename, EIO)))
        #expect(throws: PublishError.self) {
            try publisher.publish(try Self.bundleB(), name: "2018-12", into: folder.path)
        }
        #expect(try TemporaryFolder.snapshot(folder.path + "/2018-12") == Self.bundleA().files)
        #expect(try TemporaryFolder.entries(folder.path) == ["2018-12"])
    }

    @Test func exchangeFailureKeepsPreviousFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Publisher().publish(try Self.bundleA(), name: "2018-12", into: folder.path)
        let publisher = Publisher(fileSystem: FaultyFileSystem(.exchange(EIO)))
        #expect(throws: PublishError.self) {
            try publisher.publish(try Self.bundleB(), name: "2018-12", into: folder.path)
        }
        #expect(try TemporaryFolder.snapshot(folder.path + "/2018-12") == Self.bundleA().files)
        #expect(try TemporaryFolder.entries(folder.path) == ["2018-12"])
    }

    @Test func unwritableOutputFolderViaInjection() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Publisher().publish(try Self.bundleA(), name: "2018-12", into: folder.path)
        // The first folder created is the staging folder: the output folder exists.
        let publisher = Publisher(fileSystem: FaultyFileSystem(.makeDirectory(1, EACCES)))
        #expect(throws: PublishError.io(operation: .createDirectory,
                                        path: folder.path + "/.staging-2018-12-\(getpid())", errno: EACCES)) {
            try publisher.publish(try Self.bundleB(), name: "2018-12", into: folder.path)
        }
        #expect(try TemporaryFolder.snapshot(folder.path + "/2018-12") == Self.bundleA().files)
    }

    /// chmod does not stop root from writing, so this one runs only as a normal user;
    /// `unwritableOutputFolderViaInjection` covers the same path everywhere.
    @Test(.enabled(if: getuid() != 0, "root ignores folder permissions"))
    func readOnlyOutputFolder() throws {
        let folder = try TemporaryFolder()
        defer {
            chmod(folder.path, 0o755)
            folder.remove()
        }
        try Publisher().publish(try Self.bundleA(), name: "2018-12", into: folder.path)
        #expect(chmod(folder.path, 0o555) == 0)
        #expect(throws: PublishError.io(operation: .createDirectory,
                                        path: folder.path + "/.staging-2018-12-\(getpid())", errno: EACCES)) {
            try Publisher().publish(try Self.bundleB(), name: "2018-12", into: folder.path)
        }
        #expect(try TemporaryFolder.snapshot(folder.path + "/2018-12") == Self.bundleA().files)
        #expect(try TemporaryFolder.entries(folder.path) == ["2018-12"])
    }

    @Test(arguments: ["", ".", "..", "../../etc", "a/b", ".hidden", "2018..12", "2018-12\u{0}", "/etc"])
    func rejectsInvalidNames(name: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: PublishError.invalidName(name)) {
            try Publisher().publish(try Self.bundleA(), name: name, into: folder.path)
        }
        #expect(throws: PublishError.invalidName(name)) {
            try Publisher().publishFailed(try Self.bundleA(), name: name, into: folder.path)
        }
        #expect(try TemporaryFolder.entries(folder.path) == [])
    }

    @Test(arguments: ["2018-12", "2018-Q4", "2018-H2", "2018", "2018年12月"])
    func acceptsPeriodNames(name: String) throws {
        try Publisher.validate(name: name)
    }

    @Test func failedRunGoesToFailedFolderAndLeavesReportsAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let publisher = Publisher()
        try publisher.publish(try Self.bundleA(), name: "2018-12", into: folder.path)
        var diagnostics = ReportBundle()
        try diagnostics.add("manifest.json", text: "{\"outcome\" : \"failed\"}\n")
        try diagnostics.add("rejects/coal_deliveries.csv", text: "行号,原因\r\n")
        let path = try publisher.publishFailed(diagnostics, name: "2018-12", into: folder.path)
        #expect(path == folder.path + "/.failed/2018-12")
        #expect(try TemporaryFolder.snapshot(path) == diagnostics.files)
        // A second failure replaces the first one's diagnostics.
        var second = ReportBundle()
        try second.add("manifest.json", text: "{\"outcome\" : \"failed\", \"n\" : 2}\n")
        try publisher.publishFailed(second, name: "2018-12", into: folder.path)
        #expect(try TemporaryFolder.snapshot(path) == second.files)
        #expect(try TemporaryFolder.snapshot(folder.path + "/2018-12") == Self.bundleA().files)
        #expect(try TemporaryFolder.entries(folder.path) == [".failed", "2018-12"])
        #expect(try TemporaryFolder.entries(folder.path + "/.failed") == ["2018-12"])
    }

    @Test func leftoverStagingWithOwnPidIsReplaced() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let staging = folder.path + "/.staging-2018-12-\(getpid())"
        try FileManager.default.createDirectory(atPath: staging + "/coal", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: staging + "/coal/junk.csv", contents: Data([1, 2, 3])))
        try Publisher().publish(try Self.bundleA(), name: "2018-12", into: folder.path)
        #expect(try TemporaryFolder.snapshot(folder.path + "/2018-12") == Self.bundleA().files)
        #expect(try TemporaryFolder.entries(folder.path) == ["2018-12"])
    }

    @Test func removeStaleStagingDeletesLeftoversAndRestoresMovedReports() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.path
        let manager = FileManager.default
        func make(_ relative: String, _ bytes: [UInt8] = [7]) throws {
            let path = out + "/" + relative
            try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                        withIntermediateDirectories: true)
            #expect(manager.createFile(atPath: path, contents: Data(bytes)))
        }
        try make(".lock", [])
        try make("2018-10/summary.md", [10])
        try make(".staging-2018-12-999/summary.md")             // killed while writing
        try make(".previous-2018-10-998/summary.md", [9])       // killed after the new one was in place
        try make(".previous-2018-11-997/summary.md", [11])      // killed inside the two-rename window
        try make(".failed/.staging-2018-09-996/manifest.json")
        try make(".failed/2018-08/manifest.json", [8])
        try make(".staging-notes/keep.txt")                      // no -<pid>: not ours, left alone

        let cleanup = try Publisher().removeStaleStaging(in: out)
        #expect(cleanup.removed == [out + "/.previous-2018-10-998", out + "/.staging-2018-12-999",
                                    out + "/.failed/.staging-2018-09-996"])
        #expect(cleanup.restored == [out + "/2018-11"])
        #expect(try TemporaryFolder.entries(out) == [".failed", ".lock", ".staging-notes", "2018-10", "2018-11"])
        #expect(try TemporaryFolder.snapshot(out + "/2018-10") == ["summary.md": [10]])
        #expect(try TemporaryFolder.snapshot(out + "/2018-11") == ["summary.md": [11]])
        #expect(try TemporaryFolder.entries(out + "/.failed") == ["2018-08"])
        #expect(try Publisher().removeStaleStaging(in: out) == StaleStagingCleanup())
        #expect(try Publisher().removeStaleStaging(in: out + "/missing") == StaleStagingCleanup())
    }

    @Test func ioErrorMessageNamesPathAndErrnoText() {
        let error = PublishError.io(operation: .write, path: "/srv/reports/2018-12/summary.md", errno: ENOSPC)
        #expect(error.description == "无法写入：/srv/reports/2018-12/summary.md：No space left on device（errno 28）")
        #expect(PublishError.invalidName("../../etc").description
            == "报告文件夹名无效：“../../etc”（不能为空、不能含 “/” 或 “..”、不能以 “.” 开头）")
    }
}
