import ReportCore
import ReportInputs
import Testing
@testable import CoalReport

@Suite struct QualityVerdictTests {
    let limits = CoalFixture.policy.coal.quality

    @Test func aBatchExactlyAtEachLimitPasses() {
        // St,d 0.5%, Ad 16%, Vdaf 12%, Qnet,ar 24 MJ/kg, 兰炭 Mt 12%: all at the limit.
        let atLimits = CoalFixture.sample("L1", on: "2018-10-01", type: "兰炭", sulfur: 500, ash: 16_000,
                                          volatile: 12_000, heat: 24_000, moisture: 12_000)
        #expect(QualityVerdicts.findings(atLimits, isLantan: true, limits: limits).isEmpty)
    }

    @Test func oneThousandthBeyondEachLimitFails() {
        let cases: [(CoalQualitySampleChange, QualityFinding.Figure, Int64, Int64)] = [
            (.sulfur(501), .sulfur, 501, 500), (.ash(16_001), .ash, 16_001, 16_000),
            (.volatile(12_001), .volatile, 12_001, 12_000), (.heat(23_999), .heat, 23_999, 24_000),
            (.moisture(12_001), .moisture, 12_001, 12_000),
        ]
        for (change, figure, value, limit) in cases {
            var sample = CoalFixture.sample("L1", on: "2018-10-01", type: "兰炭", moisture: 8_000)
            change.apply(to: &sample)
            #expect(QualityVerdicts.findings(sample, isLantan: true, limits: limits)
                    == [QualityFinding(figure: figure, value: value, limit: limit)])
        }
    }

    @Test func moistureLimitAppliesToLantanOnly() {
        // Mt 13% on 洁净型煤: no limit for this type, passes.
        let briquette = CoalFixture.sample("B1", on: "2018-10-01", type: "洁净型煤", moisture: 13_000)
        #expect(QualityVerdicts.findings(briquette, isLantan: false, limits: limits).isEmpty)

        var job = CoalFixture.job("2018-12")
        job.feed([
            // L1: the sample says 兰炭, Mt 13% > 12%: fails.
            CoalFixture.sample("L1", on: "2018-10-01", type: "兰炭", moisture: 13_000),
            // L2: the sample gives no type; the deliveries say 兰炭: Mt 12.5% fails too.
            CoalFixture.sample("L2", on: "2018-10-01", type: "", moisture: 12_500),
            // B1: 洁净型煤 with Mt 13%: passes.
            CoalFixture.sample("B1", on: "2018-10-01", type: "洁净型煤", moisture: 13_000),
        ])
        job.feed([
            CoalFixture.delivery("M1", "博山镇", "东村", household: "H1", kg: 1_000, batch: "L2", on: "2018-10-03",
                                 coalType: "兰炭"),
            CoalFixture.delivery("M2", "博山镇", "东村", household: "H2", kg: 1_000, batch: "B1", on: "2018-10-03"),
        ])
        let batches = job.results().batches
        #expect(batches.map(\.batch) == ["L1", "L2", "B1"])
        #expect(batches.map(\.verdict) == [.failed, .failed, .passed])
        #expect(batches[1].coalType == "兰炭")
        #expect(batches[1].findings == [QualityFinding(figure: .moisture, value: 12_500, limit: 12_000)])
        #expect(CoalFormat.finding(batches[1].findings[0]) == "全水分 12.5% > 12%")
    }

    @Test func failedNeverSampledAndLateSamples() {
        var job = CoalFixture.job("2018-11")
        job.feed([
            // F1 passes first, then fails on 2018-11-05 (ash 18.22%): any failing sample fails the batch.
            CoalFixture.sample("F1", on: "2018-10-01", supplier: "万通"),
            CoalFixture.sample("F1", on: "2018-11-05", supplier: "万通", ash: 18_220),
            // LATE is sampled only after the period end (2018-12-02): never sampled as of November.
            CoalFixture.sample("LATE", on: "2018-12-02", sulfur: 900),
        ])
        job.feed([
            CoalFixture.delivery("M1", "博山镇", "东村", household: "H1", kg: 1_500, batch: "F1", on: "2018-10-03"),
            CoalFixture.delivery("M2", "博山镇", "东村", household: "H2", kg: 1_250, batch: "LATE", on: "2018-11-03"),
            CoalFixture.delivery("M3", "博山镇", "东村", household: "H3", kg: 500, batch: "", on: "2018-11-04"),
        ])
        let results = job.results()
        // Order: failed, then never sampled ("" sorts before "LATE"), then passed.
        #expect(results.batches.map(\.batch) == ["F1", "", "LATE"])
        #expect(results.batches.map(\.verdict) == [.failed, .neverSampled, .neverSampled])
        let f1 = results.batches[0]
        #expect(f1.sampleCount == 2)
        #expect(f1.failedSampleCount == 1)
        #expect(f1.shownSample?.day == CoalFixture.day("2018-11-05"))
        #expect(f1.suppliers == ["万通"])
        #expect(f1.findings.map(CoalFormat.finding) == ["灰分 18.22% > 16%"])
        // Tons: failed 1.500 t; never sampled 1.250 + 0.500 = 1.750 t, and those are subsidised:
        // H2 1.25 × 120 = 150.00, H3 0.5 × 120 = 60.00; H1 nothing.
        #expect(results.failedBatchKg == 1_500)
        #expect(results.neverSampledKg == 1_750)
        #expect(results.subsidy.coalFen == 15_000 + 6_000)
    }
}

/// One figure of a sample to change.
enum CoalQualitySampleChange {
    case sulfur(Int64), ash(Int64), volatile(Int64), heat(Int64), moisture(Int64)

    func apply(to sample: inout CoalQualitySample) {
        switch self {
        case .sulfur(let v): sample.sulfur = v
        case .ash(let v): sample.ash = v
        case .volatile(let v): sample.volatile = v
        case .heat(let v): sample.heat = v
        case .moisture(let v): sample.moisture = v
        }
    }
}
