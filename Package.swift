// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "township-reports",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "township-reports", targets: ["township-reports"]),
        .executable(name: "generate-sample", targets: ["generate-sample"]),
        .executable(name: "csv-count", targets: ["csv-count"]),
        // For the fuzzing package in Fuzz/ (a separate package depending on this one by path).
        .library(name: "CSVReader", targets: ["CSVReader"]),
        .library(name: "ReportCore", targets: ["ReportCore"]),
        // For Fuzz/'s fuzz-rows target: whole-file row parsing and the jobs' compute.
        .library(name: "ReportInputs", targets: ["ReportInputs"]),
        .library(name: "ReportPublish", targets: ["ReportPublish"]),
        .library(name: "ServiceReport", targets: ["ServiceReport"]),
        .library(name: "CoalReport", targets: ["CoalReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "5.0.1"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // libcsv from Debian's libcsv-dev; only CSVReader imports it.
        .systemLibrary(
            name: "CLibCSV",
            providers: [.apt(["libcsv-dev"])]
        ),
        // renameat2(RENAME_EXCHANGE), which Swift's Glibc module does not expose.
        .target(name: "CAtomicRename"),
        // mallopt(M_MMAP_THRESHOLD), which Swift's Glibc module does not expose either.
        .target(name: "CMallocTuning"),
        // UTF-8 validation 64 bytes at a time (AVX2), the reader's fast path.
        .target(name: "CUTF8Blocks"),
        // libcsv's end-of-field callback: runs for every field, so it is C.
        .target(name: "CFieldSink"),
        .target(
            name: "CSVReader",
            dependencies: ["CLibCSV", "CUTF8Blocks", "CFieldSink"]
        ),
        // Values, days, periods and the working-day calendar: pure logic, no I/O.
        .target(name: "ReportCore"),
        // Reading and validating the inputs: schemas, reference data, policy.
        .target(
            name: "ReportInputs",
            dependencies: [
                "CSVReader",
                "ReportCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: [.unsafeFlags(["-cross-module-optimization"])]
        ),
        // Writing reports: CSV and Markdown writers, masking, charts, atomic publishing.
        .target(
            name: "ReportPublish",
            dependencies: ["ReportCore", "CAtomicRename"]
        ),
        // The 通报 draft as a .docx in the GB/T 9704-2012 layout: WordprocessingML by hand, zipped.
        .target(
            name: "OfficeDocuments",
            dependencies: ["CDeflate"]
        ),
        // zlib's deflate for the workbook's large parts, in pieces on several cores.
        .target(name: "CDeflate", linkerSettings: [.linkedLibrary("z")]),
        // The jobs of SPEC §4: each computes from validated rows and renders its files.
        .target(name: "CoalReport", dependencies: ["ReportInputs", "ReportPublish"]),
        .target(name: "FoodReport", dependencies: ["ReportInputs", "ReportPublish"]),
        .target(name: "ServiceReport", dependencies: ["ReportInputs", "ReportPublish"]),
        // One run: read → validate → compute → render → publish, and its exit code.
        .target(
            name: "ReportPipeline",
            dependencies: ["ReportInputs", "ReportPublish", "OfficeDocuments", "CoalReport", "FoodReport", "ServiceReport"]
        ),
        .executableTarget(
            name: "township-reports",
            dependencies: [
                "ReportPipeline",
                "CSVReader",
                "CMallocTuning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["BuildCommit"]
        ),
        // Records the git commit of each build for `--version`.
        .plugin(name: "BuildCommit", capability: .buildTool()),
        // Rewrites exports into the dialects of SPEC §2 "Real exports vary" (metamorphic tests).
        .target(name: "ExportDialects"),
        .executableTarget(
            name: "generate-sample",
            dependencies: [
                "ExportDialects",
                "ReportInputs",
                "ReportCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The reader alone, for the benchmark (bench/run.sh).
        .executableTarget(name: "csv-count", dependencies: ["CSVReader"]),
        .testTarget(name: "CSVReaderTests", dependencies: ["CSVReader", "SharedTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ExportDialectsTests", dependencies: ["ExportDialects", "SharedTestSupport"]),
        .testTarget(name: "ReportCoreTests", dependencies: ["ReportCore", "SharedTestSupport"]),
        .testTarget(name: "ReportInputsTests", dependencies: ["ReportInputs"]),
        .testTarget(name: "ReportPublishTests", dependencies: ["ReportPublish", "SharedTestSupport"]),
        // ZIPFoundation too, to read the written package back as a consumer would.
        .testTarget(
            name: "OfficeDocumentsTests",
            dependencies: ["OfficeDocuments", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "CoalReportTests", dependencies: ["CoalReport"]),
        .testTarget(name: "FoodReportTests", dependencies: ["FoodReport"]),
        .testTarget(name: "ServiceReportTests", dependencies: ["ServiceReport"]),
        // Helpers shared by several test targets: the built tool, folder snapshots, SplitMix64, GB18030 text.
        .target(name: "SharedTestSupport", dependencies: ["ExportDialects"], path: "Tests/SharedTestSupport"),
        .testTarget(name: "ReportPipelineTests", dependencies: ["ReportPipeline", "SharedTestSupport", "ExportDialects"], exclude: ["Fixtures"]),
        // Runs the built `township-reports` and `cron/monthly-run.sh` as an operator would.
        .testTarget(name: "CommandLineTests", dependencies: ["SharedTestSupport"]),
        // Hostile inputs, faults and personal-data leaks (RELIABILITY.md); also runs the built tool.
        .testTarget(name: "HostileInputTests", dependencies: ["ReportPipeline", "CSVReader", "ReportInputs", "ReportCore",
                                                            "ReportPublish", "SharedTestSupport"]),
    ]
)
