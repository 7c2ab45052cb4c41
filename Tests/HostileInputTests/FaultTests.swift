import Foundation
import Testing

/// Faults while publishing: an output folder that cannot be written, a disk that fills up,
/// and `kill -9` at random points of a run. In every case the published reports stay
/// whole (byte-identical to the old or the new run) and the next run succeeds.
///
/// The tests run as root here, and root ignores file permissions, so "not writable" is
/// made real with a read-only bind mount and "disk full" with a small tmpfs, each inside a
/// private mount namespace (`unshare -m`) that disappears with the test's shell. Where the
/// machine does not allow mounting, those two are skipped: the injected write failures
/// of `Tests/ReportPublishTests` (`failedWriteLeavesPreviousFolderByteIdentical`) cover the
/// same path without a real file system, and `outThatIsARegularFile` (PathTrickTests) and
/// `outputFolderWithoutWritePermission` (non-root only) still run.
@Suite(.serialized) struct FaultTests {
    /// Publishes 2018-12 once with the tiny data set and returns its snapshot.
    static func published(_ scratch: Scratch) throws -> [String: Data] {
        let first = try scratch.run()
        #expect(first.status == 0, "\(first.stderr)")
        return snapshot(scratch.out + "/2018-12")
    }

    /// The tiny data set with one more service ticket, so that a rerun's reports differ.
    static func changeInputs(_ scratch: Scratch) throws {
        try scratch.append("data/service_tickets.csv", bytes: Array(
            "BS-0002,区政务服务中心,博山镇,区市场监管局,SJ-SCJG-001,网上,2018-12-27 10:00,2018-12-27 11:00,1,0,非常满意,0\n".utf8))
    }

    @Test(.enabled(if: PrivateMount.isAvailable, "needs mount rights (root or a user namespace)"))
    func outputFolderOnAReadOnlyMount() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let before = try Self.published(scratch)
        try Self.changeInputs(scratch)
        // 1. The whole reports folder read-only: the lock file cannot even be opened.
        // 2. Read-only, but with a writable lock file bound over .lock: the run reads and
        //    computes everything, then cannot create its staging folder.
        let lock = scratch.path("writable.lock")
        try scratch.write("writable.lock", "")
        let script = #"""
            out=$1; tool=$2; lock=$3; shift 3
            mount --bind "$out" "$out" && mount -o remount,bind,ro "$out" || exit 90
            "$tool" run --period 2018-12 --out "$out" "$@"; echo "exit=$?" >&2
            mount --bind "$lock" "$out/.lock" || exit 91
            "$tool" run --period 2018-12 --out "$out" "$@"; echo "exit=$?" >&2
            """#
        let result = try PrivateMount.run(script, [scratch.out, Tool.executable, lock, "--data", scratch.data,
                                                   "--reference", scratch.reference])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(result.stderr)")
        #expect(lines.first == "错误：无法锁定输出目录 \(scratch.out)：无法打开：\(scratch.out)/.lock：Read-only file system（errno 30）")
        #expect(lines.dropFirst().first == "exit=74")
        #expect(lines.dropFirst(2).first?.hasPrefix("错误：发布报表失败：无法创建文件夹：\(scratch.out)/.staging-2018-12-") == true)
        #expect(lines.dropFirst(2).first?.hasSuffix("：Read-only file system（errno 30）") == true)
        #expect(lines.last == "exit=74")
        #expect(snapshot(scratch.out + "/2018-12") == before)

        // Writable again: the next run publishes the new reports and leaves no debris.
        let next = try scratch.run()
        #expect(next.status == 0, "\(next.stderr)")
        #expect(snapshot(scratch.out + "/2018-12") != before)
        #expect(entries(scratch.out) == [".lock", "2018-12"])
    }

    @Test(.enabled(if: getuid() != 0, "root ignores permissions; see outputFolderOnAReadOnlyMount"))
    func outputFolderWithoutWritePermission() throws {
        let scratch = try Scratch()
        defer {
            chmod(scratch.out, 0o755)
            scratch.cleanUp()
        }
        let before = try Self.published(scratch)
        try Self.changeInputs(scratch)
        #expect(chmod(scratch.out, 0o555) == 0)
        let result = try scratch.run()
        #expect(result.status == 74)
        #expect(result.reason.hasPrefix("错误：发布报表失败：无法创建文件夹：\(scratch.out)/.staging-2018-12-"))
        #expect(snapshot(scratch.out + "/2018-12") == before)
        #expect(chmod(scratch.out, 0o755) == 0)
        #expect(try scratch.run().status == 0)
    }

    @Test(.enabled(if: PrivateMount.isAvailable, "needs mount rights (root or a user namespace)"))
    func diskFullWhilePublishing() throws {
        // The reports folder is a tmpfs just large enough for the published reports and
        // half as much again: the rerun's staging copy runs out of space part-way. The
        // rerun reads `data-b`, a copy of the exports with one more service ticket, so
        // that its reports differ.
        let scratch = try Scratch(.sampleHead(lines: 600))
        defer { scratch.cleanUp() }
        let copies = scratch.path("copies"), changed = scratch.path("data-b")
        try FileManager.default.createDirectory(atPath: copies, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: scratch.data, toPath: changed)
        try scratch.append("data-b/service_tickets.csv", bytes: Array(
            "BS-0002,区政务服务中心,博山镇,区市场监管局,SJ-SCJG-001,网上,2018-12-27 10:00,2018-12-27 11:00,1,0,非常满意,0\n".utf8))
        let script = #"""
            out=$1; tool=$2; copies=$3; first=$4; second=$5; reference=$6
            run() { "$tool" run --period 2018-12 --out "$out" --reference "$reference" --data "$1"; }
            mkdir -p "$out" && mount -t tmpfs -o size=64m hostile-disk-full "$out" || exit 90
            run "$first" > /dev/null || exit 91
            cp -a "$out/2018-12" "$copies/before"
            used=$(df -k --output=used "$out" | tail -n 1 | tr -d ' ')
            echo "used=${used}k" >&2
            mount -o remount,size=$((used + used / 2))k "$out" || exit 92
            run "$second"; echo "exit=$?" >&2
            cp -a "$out/2018-12" "$copies/after-full"
            ls -A "$out" > "$copies/entries-after-full"
            mount -o remount,size=64m "$out" || exit 93
            run "$second" > /dev/null; echo "exit=$?" >&2
            cp -a "$out/2018-12" "$copies/after-next"
            ls -A "$out" > "$copies/entries-after-next"
            """#
        let result = try PrivateMount.run(script, [scratch.out, Tool.executable, copies, scratch.data, changed,
                                                   scratch.reference])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(result.stderr)")
        #expect(lines.first?.hasPrefix("used=") == true)
        #expect(lines.dropFirst().first?.hasPrefix("错误：发布报表失败：无法") == true)
        #expect(lines.dropFirst().first?.hasSuffix("：No space left on device（errno 28）") == true)
        #expect(lines.dropFirst(2).first == "exit=74")
        #expect(lines.last == "exit=0")
        let before = snapshot(copies + "/before")
        #expect(before["summary.md"] != nil)
        #expect(snapshot(copies + "/after-full") == before)
        #expect(try String(contentsOfFile: copies + "/entries-after-full", encoding: .utf8) == ".lock\n2018-12\n")
        #expect(try String(contentsOfFile: copies + "/entries-after-next", encoding: .utf8) == ".lock\n2018-12\n")
        let next = snapshot(copies + "/after-next")
        #expect(next.keys.sorted() == before.keys.sorted())
        #expect(next["summary.md"] != before["summary.md"])
    }
}
