import ArgumentParser

/// Where the inputs are: flags shared by `run` and `validate`.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: "Folder holding the five exports.")
    var dataDirectory = "datasets/sample"

    @Option(name: .customLong("reference"), help: "Folder holding the reference files.")
    var referenceDirectory = "datasets/reference"

    @Option(name: .customLong("policy"),
            help: "Policy file (YAML). Default: <reference>/policy.yaml, else the built-in gazette values.")
    var policyPath: String?
}
