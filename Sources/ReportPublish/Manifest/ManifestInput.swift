/// What the manifest records about one input file, so that every figure can be traced
/// to the exact bytes it came from.
public struct ManifestInput: Codable, Sendable, Equatable {
    /// The file name, e.g. `coal_deliveries.csv`.
    public var file: String
    /// The path as given on the command line (relative paths stay relative, so the
    /// manifest does not depend on where the tool was started from).
    public var path: String
    /// The SHA-256 of the file's bytes, lowercase hex.
    public var sha256: String
    /// The detected encoding: `UTF-8 with BOM`, `UTF-8` or `GB18030`.
    public var encoding: String
    /// The file size in bytes.
    public var bytes: Int64
    /// Records read, the header not counted.
    public var rowsRead: Int
    /// Records used in the reports.
    public var rowsAccepted: Int
    /// Records written to the rejects file.
    public var rowsRejected: Int
    /// Rejected records per reason (Chinese reason text → count).
    public var rejectsByReason: [String: Int]
    /// The latest date found in the file (`yyyy-MM-dd`), nil when it has no dates.
    public var latestDate: String?
    /// The export the file belongs to (`coal_deliveries.csv` for `coal_deliveries/01.csv`).
    public var export: String = ""
    /// The physical line of the header (after any title rows of an Excel form).
    public var headerLine = 1
    /// What was read rather than rejected, by description: how often, and the first lines.
    public var accepted: [String: AcceptedLines] = [:]
    /// 合计/小计 rows whose sums do not match the rows above them.
    public var warnings: [String] = []

    /// Occurrences of one accepted variant.
    public struct AcceptedLines: Codable, Sendable, Equatable {
        public var count: Int
        public var lines: [Int]
        public init(count: Int, lines: [Int]) {
            self.count = count
            self.lines = lines
        }
    }

    /// Creates the record of one input file.
    public init(file: String, path: String, sha256: String, encoding: String, bytes: Int64,
                rowsRead: Int, rowsAccepted: Int, rowsRejected: Int,
                rejectsByReason: [String: Int], latestDate: String?) {
        self.file = file
        self.path = path
        self.sha256 = sha256
        self.encoding = encoding
        self.bytes = bytes
        self.rowsRead = rowsRead
        self.rowsAccepted = rowsAccepted
        self.rowsRejected = rowsRejected
        self.rejectsByReason = rejectsByReason
        self.latestDate = latestDate
        export = file
    }

    private enum CodingKeys: String, CodingKey {
        case file, path, sha256, encoding, bytes, rowsRead, rowsAccepted, rowsRejected
        case rejectsByReason, latestDate, export, headerLine, accepted, warnings
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        file = try container.decode(String.self, forKey: .file)
        path = try container.decode(String.self, forKey: .path)
        sha256 = try container.decode(String.self, forKey: .sha256)
        encoding = try container.decode(String.self, forKey: .encoding)
        bytes = try container.decode(Int64.self, forKey: .bytes)
        rowsRead = try container.decode(Int.self, forKey: .rowsRead)
        rowsAccepted = try container.decode(Int.self, forKey: .rowsAccepted)
        rowsRejected = try container.decode(Int.self, forKey: .rowsRejected)
        rejectsByReason = try container.decode([String: Int].self, forKey: .rejectsByReason)
        latestDate = try container.decodeIfPresent(String.self, forKey: .latestDate)
        export = try container.decodeIfPresent(String.self, forKey: .export) ?? file
        headerLine = try container.decodeIfPresent(Int.self, forKey: .headerLine) ?? 1
        accepted = try container.decodeIfPresent([String: AcceptedLines].self, forKey: .accepted) ?? [:]
        warnings = try container.decodeIfPresent([String].self, forKey: .warnings) ?? []
    }

    /// Encodes every key, writing `null` for a missing `latestDate` so that all
    /// manifests have the same keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(path, forKey: .path)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(encoding, forKey: .encoding)
        try container.encode(bytes, forKey: .bytes)
        try container.encode(rowsRead, forKey: .rowsRead)
        try container.encode(rowsAccepted, forKey: .rowsAccepted)
        try container.encode(rowsRejected, forKey: .rowsRejected)
        try container.encode(rejectsByReason, forKey: .rejectsByReason)
        try container.encode(latestDate, forKey: .latestDate)
        try container.encode(export.isEmpty ? file : export, forKey: .export)
        try container.encode(headerLine, forKey: .headerLine)
        try container.encode(accepted, forKey: .accepted)
        try container.encode(warnings, forKey: .warnings)
    }
}
