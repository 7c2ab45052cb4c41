import Foundation
import Testing
@testable import ReportPipeline
import ReportPublish

/// With `--unmasked` nothing written can be read by another account: files 0600, folders
/// 0700, published or failed; without it, 0644 and 0755.
@Suite struct FileModeTests {
    /// The permission bits of everything under `folder`, the folder itself included, by
    /// relative path ("" for the folder).
    static func modes(_ folder: String) -> [String: (mode: Int, isFolder: Bool)] {
        var result: [String: (mode: Int, isFolder: Bool)] = [:]
        func record(_ relative: String) {
            var info = stat()
            guard lstat(folder + (relative.isEmpty ? "" : "/" + relative), &info) == 0 else { return }
            result[relative] = (Int(info.st_mode & 0o7777), (info.st_mode & S_IFMT) == S_IFDIR)
        }
        record("")
        for case let path as String in FileManager.default.enumerator(atPath: folder)! { record(path) }
        return result
    }

    @Test(arguments: [true, false])
    func publishedFilesFollowMasking(unmasked: Bool) throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        var configuration = fixture.configuration(maxRejectRate: 500)
        configuration.unmasked = unmasked
        let folder = try ReportRun(configuration).execute().folder
        let modes = Self.modes(folder)
        #expect(modes.count > 20)
        #expect(modes["rejects/coal_deliveries.csv"] != nil && modes["coal"]?.isFolder == true)
        for (path, entry) in modes {
            let expected = entry.isFolder ? (unmasked ? 0o700 : 0o755) : (unmasked ? 0o600 : 0o644)
            #expect(entry.mode == expected, "\(path): \(String(entry.mode, radix: 8))")
        }
        let manifest = try String(contentsOfFile: folder + "/manifest.json", encoding: .utf8)
        #expect(manifest.contains(unmasked ? #""files" : "0600""# : #""files" : "0644""#))
    }

    /// A failed unmasked run's rejects hold personal data too.
    @Test func failedDiagnosticsArePrivateWhenUnmasked() throws {
        let fixture = try PipelineFixture()
        defer { fixture.cleanUp() }
        var configuration = fixture.configuration()  // 25% of coal rows rejected > 5%
        configuration.unmasked = true
        #expect(throws: RunFailure.self) { try ReportRun(configuration).execute() }
        let modes = Self.modes(fixture.out + "/.failed/2018-12")
        #expect(modes["rejects/coal_deliveries.csv"]?.mode == 0o600)
        #expect(modes[""]?.mode == 0o700 && modes["rejects"]?.mode == 0o700)
        #expect(modes.values.allSatisfy { $0.mode == ($0.isFolder ? 0o700 : 0o600) })
    }
}
