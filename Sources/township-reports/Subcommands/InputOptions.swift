import ArgumentParser
import ReportCore

/// Where the inputs are and how many bad rows they may hold: flags shared by `run` and
/// `validate`, so that `validate` refuses exactly what `run` would.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: "存放五个导出文件（或以其命名的文件夹）的文件夹。")
    var dataDirectory = "datasets/sample"

    @Option(name: .customLong("reference"), help: "存放参考数据（镇街、任务、日历、事项、主体、词表）的文件夹。")
    var referenceDirectory = "datasets/reference"

    @Option(name: .customLong("policy"),
            help: "政策文件（YAML）。不指定时用 <reference>/policy.yaml，没有则用内置的文件规定值。")
    var policyPath: String?

    @Option(name: .customLong("max-reject-rate"),
            help: "一个导出最多可拒收的行数比例：写作 0.05 或 5%（不指定时用政策文件的值，默认 5%）。")
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
