/// The complete content of one report folder, built in memory and handed to
/// ``Publisher``: relative path (`summary.md`, `coal/township_ranking.csv`,
/// `rejects/coal_deliveries.csv`) → bytes.
///
/// Paths are checked when added, so a bundle can never write outside its folder:
/// a path must be relative, non-empty, made of non-empty components other than `.`
/// and `..`, and free of NUL; `/` separates folders. A path cannot be added twice,
/// and cannot be a file and a folder at once (`coal` and `coal/a.csv`).
public struct ReportBundle: Sendable, Equatable {
    /// The files, by relative path.
    public private(set) var files: [String: [UInt8]] = [:]
    private var folders: Set<String> = []

    /// An empty bundle.
    public init() {}

    /// The relative paths in byte order of their UTF-8 (the order files are written in).
    public var paths: [String] {
        files.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// The bytes of the file at `path`, if the bundle has it.
    public subscript(path: String) -> [UInt8]? {
        files[path]
    }

    /// Adds a file. Throws ``PublishError/invalidRelativePath(_:)`` or
    /// ``PublishError/conflictingPath(_:)``.
    public mutating func add(_ path: String, bytes: [UInt8]) throws {
        let components = try Self.validate(relativePath: path)
        guard files[path] == nil, !folders.contains(path) else {
            throw PublishError.conflictingPath(path)
        }
        var parents: [String] = []
        var prefix = ""
        for component in components.dropLast() {
            prefix += prefix.isEmpty ? component : "/" + component
            guard files[prefix] == nil else { throw PublishError.conflictingPath(path) }
            parents.append(prefix)
        }
        folders.formUnion(parents)
        files[path] = bytes
    }

    /// Adds a text file, encoded as UTF-8 without BOM (Markdown, SVG, JSON).
    public mutating func add(_ path: String, text: String) throws {
        try add(path, bytes: Array(text.utf8))
    }

    /// Checks a relative path and returns its components; throws
    /// ``PublishError/invalidRelativePath(_:)`` when it is absolute, empty, has an
    /// empty, `.` or `..` component, or contains NUL.
    @discardableResult
    public static func validate(relativePath path: String) throws -> [String] {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.utf8.contains(0) else {
            throw PublishError.invalidRelativePath(path)
        }
        let components = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for component in components where component.isEmpty || component == "." || component == ".." {
            throw PublishError.invalidRelativePath(path)
        }
        return components
    }
}
