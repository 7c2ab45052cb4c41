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
        // The holder's pid, host and start time, one key=value per line.
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: first.path)), as: UTF8.self)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 3 && lines[0] == "pid=\(getpid())")
        #expect(lines[1] == "host=\(ProcessInfo.processInfo.hostName)" || lines[1].hasPrefix("host="))
        #expect(lines[2].wholeMatch(of: /started=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}/) != nil, "\(lines[2])")
        let holder = LockHolder.parse(text)
        #expect(holder?.pid == getpid() && holder?.host != nil && holder?.started == String(lines[2].dropFirst(8)))

        #expect(throws: PublishError.locked(path: out + "/.lock", holder: holder)) {
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
        let holder = LockHolder(pid: 4711, host: "srv-1", started: "2019-01-01T02:30:04+0800")
        let error = PublishError.locked(path: "/srv/reports/.lock", holder: holder)
        #expect(error.description
                == "另一个运行（进程 4711，主机 srv-1，开始于 2019-01-01T02:30:04+0800）正在使用输出文件夹，本次退出；锁文件：/srv/reports/.lock")
        // A lock file of an older version holds the pid alone.
        #expect(LockHolder.parse("4711\n") == LockHolder(pid: 4711))
        #expect(LockHolder.parse("") == nil && LockHolder.parse("host=x\n") == nil)
        let unknown = PublishError.locked(path: "/srv/reports/.lock", holder: nil)
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
