import Foundation
import Testing
@testable import ReportPublish

@Suite struct RunLockTests {
    @Test func secondLockInSameProcessFailsUntilReleased() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let out = folder.path + "/reports"   // does not exist yet: the lock creates it

        let first = try RunLock(outputDirectory: out)
        #expect(first.path == out + "/.lock")
        #expect(first.isHeld)
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: first.path)), as: UTF8.self)
            == "\(getpid())\n")

        #expect(throws: PublishError.locked(path: out + "/.lock", holderPID: getpid())) {
            _ = try RunLock(outputDirectory: out)
        }

        first.release()
        #expect(!first.isHeld)
        first.release()   // a second release does nothing
        #expect(try Data(contentsOf: URL(fileURLWithPath: first.path)).isEmpty)

        let second = try RunLock(outputDirectory: out + "/")
        #expect(second.isHeld)
        second.release()
    }

    @Test func deinitReleasesTheLock() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        do {
            let lock = try RunLock(outputDirectory: folder.path)
            #expect(lock.isHeld)
        }
        let again = try RunLock(outputDirectory: folder.path)
        #expect(again.isHeld)
    }

    @Test func otherProcessSeesTheLock() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let lock = try RunLock(outputDirectory: folder.path)
        #expect(try Self.flockStatus(lock.path) == 1)
        lock.release()
        #expect(try Self.flockStatus(lock.path) == 0)
    }

    @Test func lockedMessageNamesHolderAndPath() {
        let error = PublishError.locked(path: "/srv/reports/.lock", holderPID: 4711)
        #expect(error.description == "另一个运行（进程 4711）正在使用输出文件夹，本次退出；锁文件：/srv/reports/.lock")
        let unknown = PublishError.locked(path: "/srv/reports/.lock", holderPID: nil)
        #expect(unknown.description == "另一个运行正在使用输出文件夹，本次退出；锁文件：/srv/reports/.lock")
    }

    /// The exit status of `flock -n <path> true`: 1 when the lock is held elsewhere, 0 otherwise.
    static func flockStatus(_ path: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        process.arguments = ["-n", path, "true"]
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
