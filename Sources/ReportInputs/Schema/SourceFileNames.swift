/// Names the files of export folders in line references, so that a line is never
/// ambiguous when one export comes in several files.
///
/// A row's *position*, as jobs receive it with the row (`ExportReading.read`'s `onRow`),
/// is its physical line for an export read from one file, and
/// `ordinal × SourceFileNames.stride + line` for the `ordinal`-th file of an export folder
/// (ordinals from 1, shared by all exports of a run). Positions therefore sort in reading
/// order, fit the `Int32` that jobs keep per row, and turn back into a file and a line
/// here, where messages and reports are written.
public final class SourceFileNames: @unchecked Sendable {
    /// Lines per file in a position: a folder file has fewer than ten million lines.
    public static let stride = 10_000_000
    /// At most this many folder files per run (`Int32.max / stride`).
    public static let maximumFiles = 213

    private var names: [String] = [""]

    public init() {}

    /// The ordinal for the folder file `name` (`coal_deliveries/01.csv`); nil past
    /// `maximumFiles`.
    public func register(_ name: String) -> Int? {
        guard names.count <= Self.maximumFiles else { return nil }
        names.append(name)
        return names.count - 1
    }

    /// The position of `line` in the file with `ordinal` (0: a single-file export).
    public static func position(ordinal: Int, line: Int) -> Int {
        ordinal == 0 ? line : ordinal * stride + min(line, stride - 1)
    }

    /// The physical line of a position.
    public static func line(of position: Int) -> Int {
        position >= stride ? position % stride : position
    }

    /// The folder file of a position, nil for a single-file export.
    public func file(of position: Int) -> String? {
        let ordinal = position / Self.stride
        return ordinal > 0 && ordinal < names.count ? names[ordinal] : nil
    }

    /// `1282`, or `coal_deliveries/01.csv:1282` for a folder file.
    public func lineText(_ position: Int) -> String {
        file(of: position).map { "\($0):\(Self.line(of: position))" } ?? String(Self.line(of: position))
    }

    /// `第 1282 行`, or `coal_deliveries/01.csv 第 1282 行`.
    public func lineReference(_ position: Int) -> String {
        file(of: position).map { "\($0) 第 \(Self.line(of: position)) 行" } ?? "第 \(Self.line(of: position)) 行"
    }
}
