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
    }

    private enum CodingKeys: String, CodingKey {
        case file, path, sha256, encoding, bytes, rowsRead, rowsAccepted, rowsRejected
        case rejectsByReason, latestDate
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
    }
}
