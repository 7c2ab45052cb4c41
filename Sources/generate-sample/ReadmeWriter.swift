import Glibc

/// Writes `README.md` beside the exports: files, encodings, row counts, and every injected
/// row by kind with its line number — the note analysts and tests cross-check against.
struct ReadmeWriter {
    let log: InjectionLog
    let command: String
    let settings: Settings

    static let meaning: [Kind: String] = [
        .missingField: "a required field is empty",
        .badNumber: "a number that does not parse",
        .badDate: "a date that does not parse",
        .impossibleDate: "a date that does not exist (2018-02-30, 2018-09-31, …)",
        .unknownTownship: "a township name that is neither a township nor an alias",
        .negativeQuantity: "a negative quantity, count or minutes",
        .unknownItemCode: "an 事项编码 not in service_items.csv",
        .completionBeforeReceipt: "办结时间 before 受理时间",
        .unknownEntity: "a 主体编号 not in food_entities.csv",
        .duplicateConflict: "a repeated 登记编号 with different content (the first in file order counts, this one is rejected)",
        .duplicateIdentical: "a repeated 登记编号 identical to an earlier row (one re-export: counted once)",
        .householdMultiArea: "the same 户号 registered in two townships or two villages",
        .overCap: "a household over the 2 t coal or 1 stove subsidy cap",
        .amountMismatch: "总金额 ≠ quantity × unit price",
        .sharedPhone: "one phone number shared by 5 or more households",
        .outsideCampaign: "delivered or installed outside 1 September – 31 December",
        .qualityFail: "a batch failing one limit of 109号 §三(一)",
        .qualityBoundary: "a figure exactly at a limit (passes)",
        .neverSampled: "a batch delivered but absent from coal_quality.csv",
        .relatedProductFail: "a failed 食品相关产品 sample",
        .disposedAfterQuarterEnd: "a failure disposed the day after a quarter end",
        .disposedNextMonth: "a failure disposed in a later month than it was found",
        .notDisposed: "a failure 未处置",
        .disposalInProgress: "a failure still 处置中 at export",
        .gradeBThenC: "a school canteen graded B, later C",
        .gradeCThenB: "a school canteen graded C, later B",
        .openOverdue: "a ticket still open at export (empty 办结时间) and past its committed limit at year end",
        .spansHoliday: "a ticket received before the National Day or New Year holidays and completed after them",
        .weekendReceipt: "a counter or kiosk ticket received on a rest day (weekend shift)",
        .thousandsSeparator: "an amount with thousands separators (quoted)",
        .fullWidthDigits: "digits typed full-width (８５０)",
        .dateSlash: "a date written 2018/9/28",
        .dateDot: "a date written 2018.9.28",
        .dateChinese: "a date written 2018年9月28日",
        .dateTimeSeconds: "a time written with seconds (09:30:00)",
        .surroundingSpaces: "a value with spaces around it (unquoted)",
        .townshipAlias: "a township written with an alias from townships.csv",
        .quotedComma: "a quoted field containing a comma",
        .embeddedQuote: "a quoted field containing quotes",
        .lineBreakInField: "a quoted field containing a line break",
        .emptyTownship: "镇街 left empty (taken from the register)",
    ]

    func write() throws {
        var md: [String] = []
        md.append("# Sample exports (generated)")
        md.append("")
        md.append("Written by `\(command)` from the reference data. Do not edit by hand: rerun the generator "
                  + "(the same seed, scale and reference data give byte-identical files). Every name, phone number, "
                  + "户号 and company here is invented.")
        md.append("")
        md.append("The exports are taken as of \(settings.exportDay) (completions and disposals known up to that day). "
                  + "Line numbers are physical lines of the file, the header being line 1, on which a record starts "
                  + "(a quoted line break makes a record span two lines). `expect` says what the reader should do: "
                  + "`reject` (not counted, listed in rejects), `duplicate` (an identical re-export, counted once), "
                  + "`anomaly` (counted and flagged), `accept` (counted normally). “rows to reject” includes the "
                  + "conflicting re-exports (`duplicate_conflict`), which only the job that sees the whole file can reject; "
                  + "row-level validation rejects the others.")
        md.append("")
        md.append("## Files")
        md.append("")
        md.append("| file | encoding | line ends | headers | records | physical lines | bytes | rows to reject |")
        md.append("|---|---|---|---|---:|---:|---:|---:|")
        for f in log.files {
            let rejects = log.entries.filter { $0.file == f.name && $0.kind.expect == .reject }.count
            md.append("| `\(f.name)` | \(f.encoding.rawValue) | \(f.lineEnding.rawValue) | \(f.headerStyle) | \(f.records) | "
                      + "\(f.lines) | \(f.bytes) | \(rejects) (\(percent(rejects, f.records))) |")
        }
        md.append("")
        md.append("## Kinds")
        md.append("")
        md.append("| kind | expect | meaning | rows per file |")
        md.append("|---|---|---|---|")
        for kind in Kind.allCases {
            let rows = log.entries.filter { $0.kind == kind }
            guard !rows.isEmpty else { continue }
            let perFile = log.files.map(\.name).compactMap { name -> String? in
                let n = rows.filter { $0.file == name }.count
                return n == 0 ? nil : "\(name): \(n)"
            }
            let reason = kind.reason.isEmpty ? "" : " (reason: \(kind.reason))"
            md.append("| `\(kind.rawValue)` | \(kind.expect.rawValue) | \(Self.meaning[kind] ?? "")\(reason) | \(perFile.joined(separator: "; ")) |")
        }
        for f in log.files {
            md.append("")
            md.append("## \(f.name)")
            md.append("")
            md.append("Headers: `\(f.headers.joined(separator: ","))`")
            for note in log.notes[f.name] ?? [] {
                md.append("")
                md.append(note)
            }
            let entries = log.entries.filter { $0.file == f.name }
            let detailed = entries.filter { $0.kind.isDetailed }.sorted { ($0.line, $0.kind.rawValue) < ($1.line, $1.kind.rawValue) }
            if !detailed.isEmpty {
                md.append("")
                md.append("| line | kind | expect | column | key | detail |")
                md.append("|---:|---|---|---|---|---|")
                for e in detailed {
                    md.append("| \(e.line == 0 ? "—" : String(e.line)) | `\(e.kind.rawValue)` | \(e.kind.expect.rawValue) | "
                              + "\(cell(e.column)) | \(cell(e.key)) | \(cell(e.detail)) |")
                }
            }
            let compact = Kind.allCases.filter { kind in !kind.isDetailed && entries.contains { $0.kind == kind } }
            if !compact.isEmpty {
                md.append("")
                for kind in compact {
                    let rows = entries.filter { $0.kind == kind }
                    let columns = Set(rows.map(\.column)).filter { !$0.isEmpty }.sorted()
                    let lines = rows.sorted { $0.line < $1.line }
                        .map { columns.count > 1 ? "\($0.line) (\($0.column))" : String($0.line) }.joined(separator: ", ")
                    md.append("- `\(kind.rawValue)` (\(kind.expect.rawValue)\(columns.isEmpty ? "" : "; " + columns.joined(separator: ", "))), "
                              + "\(rows.count) rows, lines: \(lines)")
                }
            }
        }
        md.append("")
        try writeText(settings.directory + "/README.md", md.joined(separator: "\n"))
    }

    private func percent(_ n: Int, _ d: Int) -> String {
        guard d > 0 else { return "—" }
        let tenThousandths = (n * 100_000 / d + 5) / 10
        return Format.fixed(tenThousandths, scale: 2) + "%"
    }

    /// A Markdown table cell: `|` escaped, line breaks shown as ⏎.
    private func cell(_ s: String) -> String {
        s.replacingAll("|", with: "\\|").replacingAll("\n", with: "⏎")
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}

func writeText(_ path: String, _ text: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw GeneratorError("cannot create \(path): \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    var bytes = Array(text.utf8)
    if bytes.last != 0x0A { bytes.append(0x0A) }
    try writeAll(fd, bytes, path: path)
}

/// Writes every byte to `fd`, retrying after signals.
func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
    var offset = 0
    while offset < bytes.count {
        let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        if n < 0 {
            if errno == EINTR { continue }
            throw GeneratorError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        offset += n
    }
}
