import ExportDialects
import Glibc

/// `--dialect`: the plain exports are written to a temporary folder, then rewritten into
/// `--out` by `ExportDialects` (SPEC §2 "Real exports vary"), for metamorphic tests.
struct DialectOutput {
    let dialect: Dialect
    let out: String
    /// Where the plain files are written first.
    let staging: String

    /// Checks that `out` is new or empty (a rewrite never mixes with older exports) and makes
    /// the staging folder.
    init(dialect: Dialect, out: String) throws {
        self.dialect = dialect
        self.out = out
        if let dir = opendir(out) {
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name != "." && name != ".." {
                    throw GeneratorError("--dialect \(dialect.rawValue) needs a new or empty --out; \(out) holds \(name)")
                }
            }
        }
        let base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array((base + "/generate-sample-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw GeneratorError("cannot create a temporary folder in \(base): \(String(cString: strerror(errno)))")
        }
        staging = String(cString: made)
    }

    /// Rewrites the staged files into `out`, appends to its README.md where each injected row
    /// now lives, and removes the staging folder.
    func finish(log: InjectionLog) throws {
        defer { removeStaging() }
        let map: LineMap
        do {
            map = try ExportRewrite.rewrite(source: staging, destination: out, dialect: dialect)
        } catch {
            throw GeneratorError("cannot rewrite into \(dialect.rawValue): \(error)")
        }
        var md = ["", "## Dialect `\(dialect.rawValue)`", "",
                  "The files above were written plain, then rewritten by `ExportDialects` into the "
                  + "`\(dialect.rawValue)` dialect (\(dialect.summary)); every record keeps its meaning. "
                  + "Lines in the tables above are those of the plain files; here is where each listed row now is:",
                  "", "| file | line | kind | now at | line |", "|---|---:|---|---|---:|"]
        for entry in log.entries.sorted(by: { ($0.file, $0.line) < ($1.file, $1.line) }) {
            guard let now = map[entry.file, entry.line] else { continue }
            md.append("| `\(entry.file)` | \(entry.line) | `\(entry.kind.rawValue)` | `\(now.file)` | \(now.line) |")
        }
        try appendText(out + "/README.md", md.joined(separator: "\n") + "\n")
        GenerateSample.report("rewrote \(map.count) records into the \(dialect.rawValue) dialect in \(out)")
    }

    /// Deletes the staged plain files (a no-op once done).
    func removeStaging() {
        if let dir = opendir(staging) {
            var names: [String] = []
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(dir)
            for name in names { unlink(staging + "/" + name) }
        }
        rmdir(staging)
    }

    private func appendText(_ path: String, _ text: String) throws {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw GeneratorError("cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        try writeAll(fd, Array(text.utf8), path: path)
    }
}
