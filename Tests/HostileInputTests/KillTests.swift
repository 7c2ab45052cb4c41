import SharedTestSupport
import Foundation
import Testing

/// `kill -9` at random points of `township-reports run`, many times: after every kill the
/// published `<out>/2018-12/` is absent (nothing was ever published), the old reports or
/// the new ones, byte for byte, never a mix; and the next run succeeds and leaves no
/// staging folder behind.
///
/// Two versions of the inputs (A: the first 600 lines of each sample export; B: the same
/// with one more service ticket) alternate, so every run replaces different reports.
/// Kill points are drawn from a seeded generator over the measured length of a run (30
/// rounds by default), half of them in its last part, where it writes and swaps the
/// reports folder. More rounds:
/// `HOSTILE_KILL_ROUNDS=200 HOSTILE_KILL_SEED=7 swift test --filter KillTests`.
@Suite(.serialized) struct KillTests {
    @Test func killNineAtRandomPointsLeavesThePublishedReportsWhole() throws {
        let environment = ProcessInfo.processInfo.environment
        let rounds = environment["HOSTILE_KILL_ROUNDS"].flatMap { Int($0) } ?? 30
        var rng = SplitMix64(seed: environment["HOSTILE_KILL_SEED"].flatMap { UInt64($0) } ?? 2018)

        let scratch = try Scratch(.sampleHead(lines: 600))
        defer { scratch.cleanUp() }
        let dataB = scratch.path("data-b")
        try FileManager.default.copyItem(atPath: scratch.data, toPath: dataB)
        try scratch.append("data-b/service_tickets.csv", bytes: Array(
            "BS-0002,区政务服务中心,博山镇,区市场监管局,SJ-SCJG-001,网上,2018-12-27 10:00,2018-12-27 11:00,1,0,非常满意,0\n".utf8))
        let folder = scratch.out + "/2018-12"
        func arguments(_ data: String) -> [String] {
            ["run", "--period", "2018-12", "--data", data, "--reference", scratch.reference, "--out", scratch.out]
        }

        // Reference runs: the exact bytes each version publishes, and how long a run takes
        // (the shortest of three, the first one being slowed by a cold cache).
        var length = Double.infinity
        var reportsA: [String: Data] = [:], reportsB: [String: Data] = [:]
        for data in [scratch.data, dataB, scratch.data, dataB] {
            let started = Date()
            let run = try Tool.run(arguments(data))
            length = min(length, Date().timeIntervalSince(started))
            #expect(run.status == 0, "\(run.stderr)")
            if data == scratch.data { reportsA = snapshot(folder) } else { reportsB = snapshot(folder) }
        }
        #expect(reportsA["manifest.json"] != nil && reportsB["manifest.json"] != nil)
        #expect(reportsA != reportsB)

        var published: [String: Data]? = reportsB
        var outcomes = (reading: 0, staging: 0, new: 0, finished: 0)
        let log = scratch.path("killed-run.log")
        for round in 0..<rounds {
            // A quarter of the rounds start with no reports at all (the first publish).
            if round % 4 == 0 {
                try FileManager.default.removeItem(atPath: scratch.out)
                published = nil
            }
            let useA = published != reportsA
            let target = useA ? reportsA : reportsB
            let delay = round % 2 == 0 ? Double.random(in: 0...length, using: &rng)
                                       : Double.random(in: (length * 0.7)...(length * 1.05), using: &rng)
            let process = try Tool.start(Tool.executable, arguments(useA ? scratch.data : dataB), output: log)
            Thread.sleep(forTimeInterval: delay)
            let finished = !process.isRunning
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let now = snapshot(folder)
            let state = now.isEmpty && !FileManager.default.fileExists(atPath: folder) ? nil : now
            let debris = entries(scratch.out).filter { $0 != ".lock" && $0 != "2018-12" }
            let context = "round \(round), kill after \(String(format: "%.3f", delay)) s, entries \(entries(scratch.out))"
            #expect(state == published || state == target, "\(context)")
            #expect(debris.allSatisfy { $0.hasPrefix(".staging-2018-12-") }, "\(context)")
            if finished {
                outcomes.finished += 1
                #expect(state == target, "\(context): the run had finished")
            } else if state == target {
                outcomes.new += 1
            } else if debris.isEmpty {
                outcomes.reading += 1
            } else {
                outcomes.staging += 1
            }
            published = state == target ? target : published
        }
        print("KillTests: \(rounds) rounds, run length \(String(format: "%.2f", length)) s: "
              + "killed before writing \(outcomes.reading), while writing the staging folder \(outcomes.staging), "
              + "after the swap \(outcomes.new), finished before the kill \(outcomes.finished)")

        // The next run cleans up what the last killed run left and publishes.
        let next = try Tool.run(arguments(scratch.data))
        #expect(next.status == 0, "\(next.stderr)")
        #expect(entries(scratch.out) == [".lock", "2018-12"])
        #expect(snapshot(folder) == reportsA)
    }
}
