import Testing
@testable import ReportPublish

@Suite struct ManifestTests {
    static func sample(policyOrder reversed: Bool = false) -> Manifest {
        var policy: [String: String] = [:]
        let entries = [("coal.campaign.start", "09-01"), ("coal.subsidy.per_ton_yuan", "120")]
        for (key, value) in reversed ? entries.reversed() : entries { policy[key] = value }
        return Manifest(
            tool: .init(name: "township-reports", version: "0.1.0"),
            commandLine: ["run", "--period", "2018-12", "--out", "reports/"],
            period: "2018-12",
            jobs: ["coal"],
            unmasked: false,
            outcome: .published,
            policy: policy,
            inputs: [ManifestInput(
                file: "coal_deliveries.csv", path: "datasets/sample/coal_deliveries.csv",
                sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                encoding: "GB18030", bytes: 1234, rowsRead: 10, rowsAccepted: 8, rowsRejected: 2,
                rejectsByReason: ["镇街未知": 1, "数量为负": 1], latestDate: "2018-12-28")])
    }

    @Test func goldenJSON() throws {
        let expected = """
        {
          "commandLine" : [
            "run",
            "--period",
            "2018-12",
            "--out",
            "reports/"
          ],
          "failureReason" : null,
          "fileModes" : {
            "files" : "0644",
            "folders" : "0755"
          },
          "inputs" : [
            {
              "accepted" : {

              },
              "bytes" : 1234,
              "encoding" : "GB18030",
              "export" : "coal_deliveries.csv",
              "file" : "coal_deliveries.csv",
              "headerLine" : 1,
              "latestDate" : "2018-12-28",
              "path" : "datasets/sample/coal_deliveries.csv",
              "rejectsByReason" : {
                "数量为负" : 1,
                "镇街未知" : 1
              },
              "rowsAccepted" : 8,
              "rowsRead" : 10,
              "rowsRejected" : 2,
              "sha256" : "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
              "warnings" : [

              ]
            }
          ],
          "jobs" : [
            "coal"
          ],
          "outcome" : "published",
          "period" : "2018-12",
          "policy" : {
            "coal.campaign.start" : "09-01",
            "coal.subsidy.per_ton_yuan" : "120"
          },
          "tool" : {
            "name" : "township-reports",
            "version" : "0.1.0"
          },
          "unmasked" : false
        }

        """
        #expect(String(decoding: try Self.sample().jsonBytes(), as: UTF8.self) == expected)
    }

    @Test func sameValuesGiveSameBytes() throws {
        let first = try Self.sample().jsonBytes()
        #expect(try Self.sample().jsonBytes() == first)
        #expect(try Self.sample(policyOrder: true).jsonBytes() == first)
    }

    @Test func failedManifestRoundTrips() throws {
        var manifest = Self.sample()
        manifest.outcome = .failed
        manifest.failureReason = "coal_deliveries.csv 拒绝率 20.0% 超过上限 5.0%（\"--max-reject-rate\"）"
        manifest.unmasked = true
        manifest.inputs[0].latestDate = nil
        manifest.inputs[0].rejectsByReason = [:]
        let bytes = try manifest.jsonBytes()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"failureReason\" : \"coal_deliveries.csv 拒绝率 20.0% 超过上限 5.0%（\\\"--max-reject-rate\\\"）\","))
        #expect(text.contains("\"latestDate\" : null,"))
        // Unmasked reports are private: the manifest says which modes the files were given.
        #expect(text.contains("\"fileModes\" : {\n    \"files\" : \"0600\",\n    \"folders\" : \"0700\"\n  },"))
        #expect(text.contains("\"outcome\" : \"failed\","))
        #expect(text.contains("\"unmasked\" : true\n"))
        #expect(text.hasSuffix("}\n"))
        #expect(try Manifest.decode(bytes) == manifest)
        #expect(try Manifest.decode(try Self.sample().jsonBytes()) == Self.sample())
    }
}
