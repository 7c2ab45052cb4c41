import ReportCore

/// `coal_quality.csv` (逐批抽检): one row per sampled batch. UTF-8 without BOM, LF, and the
/// English header aliases of SPEC §2.2 — the laboratory's system exports them that way.
///
/// Limits of 博政办字〔2018〕109号 §三(一): St,d ≤ 0.5 %, Ad ≤ 16 %, Vdaf ≤ 12 %,
/// Qnet,ar ≥ 24 MJ/kg, and for 兰炭 Mt ≤ 12 %. Figures are written with two decimals.
struct CoalQuality {
    static let fileName = "coal_quality.csv"
    static let headers = ["batch", "supplier", "coal_type", "date", "sulfur", "ash", "volatile", "heat", "moisture"]
    enum Column: Int { case batch, supplier, type, date, sulfur, ash, volatile, heat, moisture }
    let campaign: CoalCampaign

    /// Normal ranges (hundredths) per coal type: St,d, Ad, Vdaf, Qnet,ar, Mt.
    static let ranges: [[ClosedRange<Int>]] = [
        [22...46, 850...1520, 600...1120, 2460...2760, 0...0],      // 洁净型煤
        [18...40, 550...1200, 500...1050, 2500...2840, 600...1120],  // 兰炭
        [25...47, 900...1550, 550...950, 2450...2850, 0...0],        // 无烟块煤
    ]
    /// Failing values and the exact limits, per measured column.
    static let failing: [Column: ClosedRange<Int>] = [.sulfur: 55...80, .ash: 1650...1950, .volatile: 1250...1500,
                                                      .heat: 2150...2380, .moisture: 1250...1500]
    static let limits: [Column: Int] = [.sulfur: 50, .ash: 1600, .volatile: 1200, .heat: 2400, .moisture: 1200]

    func write(log: InjectionLog) throws {
        let s = campaign.settings
        var rng = s.rng("coal-quality")
        let batches = campaign.batches
        let used = batches.indices.filter { batches[$0].deliveries > 0 }
        // A few delivered batches were never sampled.
        let heavy = used.filter { batches[$0].deliveries >= 3 }
        let unsampled = Set(rng.sample(min(s.dirty(3), heavy.count), of: heavy))
        for b in unsampled.sorted() {
            log.add(Self.fileName, line: 0, .neverSampled, key: batches[b].id,
                    "delivered (\(batches[b].deliveries) deliveries, \(Format.fixed(batches[b].usedKg, scale: 3)) t) but no row here")
        }
        var rows = used.filter { !unsampled.contains($0) }.map { (batch: $0, day: batches[$0].day.adding(days: rng.below(3))) }
        rows.sort { ($0.day, batches[$0.batch].id) < ($1.day, batches[$1.batch].id) }

        // Failures (half of them from one supplier) and values exactly at each limit.
        var special: [Int: (Column, Kind)] = [:]
        let badSupplier = campaign.companies.firstIndex { $0.code == "WT" } ?? 0
        let plan: [(Column, Kind, Int)] = [
            (.sulfur, .qualityFail, 2), (.ash, .qualityFail, 2), (.volatile, .qualityFail, 1), (.heat, .qualityFail, 2),
            (.moisture, .qualityFail, 1), (.sulfur, .qualityBoundary, 1), (.ash, .qualityBoundary, 1),
            (.volatile, .qualityBoundary, 1), (.heat, .qualityBoundary, 1), (.moisture, .qualityBoundary, 1),
        ]
        for (column, kind, base) in plan {
            let count = kind == .qualityFail ? s.dirty(base) : s.scaled(base)
            for n in 0..<count {
                let candidates = rows.indices.filter { r in
                    special[r] == nil && (column != .moisture || batches[rows[r].batch].type == 1)
                        && (kind != .qualityFail || n % 2 == 1 || batches[rows[r].batch].company == badSupplier
                            || column == .moisture)
                }
                guard !candidates.isEmpty else { break }
                special[rng.pick(candidates)] = (column, kind)
            }
        }
        let dirt = RowPlan(rows: rows.count, counts: [
            (.missingField, s.dirty(1)), (.badNumber, s.dirty(1)), (.impossibleDate, s.dirty(1)), (.negativeQuantity, s.dirty(1)),
        ], excluding: Set(special.keys), rng: &rng)
        let variety = RowPlan(rows: rows.count, counts: [
            (.dateSlash, s.scaled(2)), (.surroundingSpaces, s.scaled(2)), (.fullWidthDigits, s.scaled(1)),
        ], excluding: Set(special.keys).union(dirt.rows), rng: &rng)

        let w = try CSVWriter(directory: s.directory, name: Self.fileName, encoding: .utf8, lineEnding: .lf)
        w.header(Self.headers)
        for (r, row) in rows.enumerated() {
            let batch = batches[row.batch]
            var values = Self.ranges[batch.type].map { $0.lowerBound + rng.below($0.count) }
            let measured: [Column] = [.sulfur, .ash, .volatile, .heat, .moisture]
            if let (column, kind) = special[r], let k = measured.firstIndex(of: column) {
                values[k] = kind == .qualityBoundary ? Self.limits[column]! : Self.failing[column].map { $0.lowerBound + rng.below($0.count) }!
            }
            w.text(batch.id)
            w.text(campaign.companies[batch.company].name)
            w.text(Names.coalTypes[batch.type])
            w.day(row.day)
            for k in 0..<4 { w.fixed(values[k], scale: 2) }
            if batch.type == 1 { w.fixed(values[4], scale: 2) } else { w.empty() }

            if let (column, kind) = special[r] {
                let value = w.field(column.rawValue)
                let line = w.commit()
                log.add(Self.fileName, line: line, kind, column: Self.headers[column.rawValue], key: batch.id,
                        (kind == .qualityFail ? "fails: " : "exactly at the limit (passes): ") + "\(Self.headers[column.rawValue]) = \(value); "
                        + "\(batch.deliveries) deliveries, \(Format.fixed(batch.usedKg, scale: 3)) t delivered")
                continue
            }
            if let kind = dirt[r] {
                var column = Column.date, value = ""
                switch kind {
                case .missingField: break
                case .badNumber: column = .sulfur; value = w.field(column.rawValue).replacingZero()
                case .impossibleDate: value = "\(campaign.year)-11-31"
                case .negativeQuantity: column = .ash; value = "-" + w.field(column.rawValue)
                default: break
                }
                w.setField(column.rawValue, value)
                let line = w.commit()
                log.add(Self.fileName, line: line, kind, column: Self.headers[column.rawValue], key: batch.id,
                        (value.isEmpty ? "empty" : "“\(value)”") + "; the batch then counts as never sampled")
                continue
            }
            if let kind = variety[r] {
                var column = Column.date, value = ""
                switch kind {
                case .dateSlash: value = Format.date(row.day, .slash)
                case .surroundingSpaces: column = .heat; value = " " + w.field(column.rawValue) + " "
                case .fullWidthDigits: column = .sulfur; value = Format.fullWidth(w.field(column.rawValue))
                default: break
                }
                w.setField(column.rawValue, value)
                log.add(Self.fileName, line: w.nextLine, kind, column: Self.headers[column.rawValue], key: batch.id, "“\(value)”")
            }
            w.commit()
        }
        log.add(try w.close(headerStyle: "English aliases (batch, supplier, coal_type, date, sulfur, ash, volatile, heat, moisture)"))
    }
}

private extension String {
    /// `0.42` → `0.4O`-style typo: the last digit replaced by the letter O.
    func replacingZero() -> String { String(dropLast()) + "O" }
}
