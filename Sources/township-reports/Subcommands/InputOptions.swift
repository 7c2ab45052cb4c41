import ArgumentParser
import ReportCore

/// Where the inputs are and how many bad rows they may hold: flags shared by `run` and
/// `validate`, so that `validate` refuses exactly what `run` would.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: "Folder holding the five exports.")
    var dataDirectory = "datasets/sample"

    @Option(name: .customLong("reference"), help: "Folder holding the reference files.")
    var referenceDirectory = "datasets/reference"

    @Option(name: .customLong("policy"),
            help: "Policy file (YAML). Default: <reference>/policy.yaml, else the built-in gazette values.")
    var policyPath: String?

    @Option(name: .customLong("max-reject-rate"),
            help: "Largest share of rejected rows a file may have: 0.05 or 5% (default: the policy's, 5%).")
    var maxRejectRate: String?

    func validate() throws { _ = try rejectRateTenths() }

    /// `--max-reject-rate` in tenths of a percent, nil when not given.
    func rejectRateTenths() throws -> Int? {
        guard let text = maxRejectRate else { return nil }
        guard let tenths = RejectRateArgument.tenthsOfPercent(text) else {
            throw ValidationError("--max-reject-rate “\(text)”无效：写作 0.05 或 5%（0 到 100%，精确到 0.1%）")
        }
        return tenths
    }
}

/// `--max-reject-rate`: a fraction (0.05) or a percentage (5%).
enum RejectRateArgument {
    static func tenthsOfPercent(_ text: String) -> Int? {
        if text.hasSuffix("%") {
            guard case .success(let tenths) = ValueParser.fixedPoint(String(text.dropLast()), scale: 1),
                  (0...1000).contains(tenths) else { return nil }
            return Int(tenths)
        }
        guard case .success(let thousandths) = ValueParser.fixedPoint(text, scale: 3),
              (0...1000).contains(thousandths) else { return nil }
        return Int(thousandths)
    }
}
