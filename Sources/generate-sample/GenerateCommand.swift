import ArgumentParser
import ExportDialects
import Glibc
import ReportCore

/// `generate-sample`: seeded, realistic sample exports for the 2018 campaign.
@main
struct GenerateSample: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-sample",
        abstract: "Write seeded sample exports (coal, food, service) with controlled dirty rows.",
        discussion: """
            Reads the reference folder (townships with aliases, quotas, calendar, service items, \
            food entities) and writes coal_deliveries.csv (GB18030), stove_installs.csv, \
            coal_quality.csv (English headers), food_inspections.csv and service_tickets.csv, plus \
            README.md listing every injected row by kind and line. The same seed, scale and \
            reference data give byte-identical files.

            Scale 1 is one realistic year: about 21 000 coal deliveries (76–112 % of the 附件2 \
            quotas by township), 1 900 stove installs, 1 900 food inspections (of the 565 \
            registered entities) and 20 000 service tickets. Injected rows scale with it, so \
            the reject rate stays between 0.05 % and 2 % per file (never above 2.5 %).

            README.md describes only the files written by this run: regenerate every job \
            together when refreshing datasets/sample.

            --dialect rewrites the files as real offices write them (SPEC §2 "Real exports \
            vary"): excel-form (title rows, 序号, trailing empty columns, 合计), split (a folder \
            of parts per export, varied headers and encodings), typed (units, ¥, ISO times, \
            U+3000), or all of them; --out must then be new or empty, and README.md gains a \
            table of where each listed row now is. The default, plain, writes the files as is.
            """)

    @Option(help: "Seed of the pseudo-random generator.")
    var seed: UInt64 = 2018

    @Option(help: "Volume factor (1 = one realistic year).")
    var scale: Double = 1

    @Option(help: "Output folder (created if missing).")
    var out = "datasets/sample"

    @Option(help: "Reference folder.")
    var reference = "datasets/reference"

    @Option(help: "Campaign year: its quotas are used; the calendar must cover it and the next year.")
    var year = 2018

    @Option(help: "Comma-separated jobs to write: coal, food, service (default: all).")
    var only: String?

    @Flag(help: "Write no rejected rows, re-exports or anomalies (formatting variety stays).")
    var clean = false

    @Flag(help: "Like --clean, and no formatting variety either (for the benchmark's SQL peers).")
    var plain = false

    @Option(help: "Shape of the ticket export: \(ExportShape.allCases.map(\.rawValue).joined(separator: ", ")) (hidden-like: no BOM, seconds, decimal waits, 12 halls, 5% open at year end).")
    var shape = "standard"

    @Option(help: "How to write the files: \(Dialect.allCases.map(\.rawValue).joined(separator: ", ")).")
    var dialect = "plain"

    static let allJobs = ["coal", "food", "service"]

    var jobs: [String] {
        guard let only else { return Self.allJobs }
        return only.split(separator: ",").map { $0.trimmingCharacters() }
    }

    mutating func validate() throws {
        guard scale > 0, scale <= 1000 else { throw ValidationError("--scale must be greater than 0 and at most 1000") }
        let unknown = jobs.filter { !Self.allJobs.contains($0) }
        guard unknown.isEmpty, !jobs.isEmpty else {
            throw ValidationError("--only takes coal, food and/or service (got \(only ?? ""))")
        }
        guard ExportShape(rawValue: shape) != nil else {
            throw ValidationError("--shape takes \(ExportShape.allCases.map(\.rawValue).joined(separator: ", ")) (got \(shape))")
        }
        guard Dialect(rawValue: dialect) != nil else {
            throw ValidationError("--dialect takes \(Dialect.allCases.map(\.rawValue).joined(separator: ", ")) (got \(dialect))")
        }
    }

    mutating func run() throws {
        let started = Self.now()
        let catalogue = try Catalogue.load(directory: reference, year: year)
        let rewrite = try Dialect(rawValue: dialect).flatMap { $0 == .plain ? nil : try DialectOutput(dialect: $0, out: out) }
        defer { rewrite?.removeStaging() }
        let directory = rewrite?.staging ?? out
        try Self.makeDirectories(directory)
        var settings = Settings(seed: seed, scale: scale, clean: clean || plain, directory: directory,
                                exportDay: Day(year: year + 1, month: 1, day: 8)!)
        settings.plain = plain
        settings.shape = ExportShape(rawValue: shape) ?? .standard
        let log = InjectionLog()
        let jobs = Set(self.jobs)
        if jobs.contains("coal") {
            let campaign = CoalCampaign(catalogue: catalogue, settings: settings)
            let deliveries = CoalDeliveries(campaign: campaign)
            deliveries.generate()
            let stoves = StoveInstalls(campaign: campaign)
            stoves.generate()
            try deliveries.write(log: log)
            try stoves.write(log: log)
            try CoalQuality(campaign: campaign).write(log: log)
        }
        if jobs.contains("food") {
            let food = FoodInspections(catalogue: catalogue, settings: settings)
            food.generate()
            try food.write(log: log)
        }
        if jobs.contains("service") {
            try ServiceTickets(catalogue: catalogue, settings: settings).write(log: log)
        }
        var command = "generate-sample --seed \(seed) --scale \(Format.decimal(scale)) --out \(out) --reference \(reference)"
        if year != 2018 { command += " --year \(year)" }
        if let only { command += " --only \(only)" }
        if clean { command += " --clean" }
        if plain { command += " --plain" }
        if settings.shape != .standard { command += " --shape \(shape)" }
        if rewrite != nil { command += " --dialect \(dialect)" }
        try ReadmeWriter(log: log, command: command, settings: settings).write()
        try rewrite?.finish(log: log)

        let seconds = Self.now() - started
        for f in log.files {
            let rejects = log.entries.filter { $0.file == f.name && $0.kind.expect == .reject }.count
            Self.report("\(f.name): \(f.records) records, \(f.bytes) bytes, \(rejects) to reject")
        }
        Self.report("wrote \(log.files.count) files and README.md to \(out) in \(Format.decimal(seconds)) s")
    }

    static func report(_ line: String) {
        var text = Array((line + "\n").utf8)
        _ = text.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// `mkdir -p`.
    static func makeDirectories(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part + "/"
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw GeneratorError("cannot create \(prefix): \(String(cString: strerror(errno)))")
            }
        }
    }
}

extension Substring {
    func trimmingCharacters() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

extension Format {
    /// A short decimal for messages: 1 → `1`, 0.25 → `0.25`, 2.3456 → `2.35`.
    static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return fixed(hundredths, scale: 2, trim: true)
    }
}
