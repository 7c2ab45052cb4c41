// swift-tools-version:6.0
import Foundation
import PackageDescription

// libFuzzer harnesses: the CSV reader and the value parsers (fuzz-reader), whole-file row
// parsing and the jobs' compute (fuzz-rows). A separate package, so that
// `swift build` / `swift test` of the main package never see it; see README.md here and
// RELIABILITY.md. Build and run with `./run.sh [seconds] [target]`.

// SwiftPM names a path dependency after its folder, so take the folder's real name
// (the repository may be cloned under any name).
let mainPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "township-reports-fuzz",
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        // The entry point SwiftPM expects, handing over to libFuzzer (see driver.c).
        .target(name: "CFuzzDriver"),
        .executableTarget(
            name: "fuzz-reader",
            dependencies: [
                "CFuzzDriver",
                .product(name: "CSVReader", package: mainPackage),
                .product(name: "ReportCore", package: mainPackage),
            ]
        ),
        // Whole-file row parsing and the service and coal jobs' compute (see README.md).
        .executableTarget(
            name: "fuzz-rows",
            dependencies: [
                "CFuzzDriver",
                .product(name: "ReportCore", package: mainPackage),
                .product(name: "ReportInputs", package: mainPackage),
                .product(name: "ReportPublish", package: mainPackage),
                .product(name: "ServiceReport", package: mainPackage),
                .product(name: "CoalReport", package: mainPackage),
            ]
        ),
    ]
)
