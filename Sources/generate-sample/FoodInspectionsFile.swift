import ReportCore

extension FoodInspections {
    func write(log: InjectionLog) throws {
        let s = settings
        let entities = catalogue.entities
        let townships = catalogue.townships
        var rng = s.rng("food-inspections-file")
        let marked = Set(rows.indices.filter { rows[$0].mark != nil || rows[$0].result == .fail })
        let dirt = RowPlan(rows: rows.count, counts: [
            (.unknownEntity, s.dirty(3)), (.missingField, s.dirty(2)), (.impossibleDate, s.dirty(2)),
            (.badDate, s.dirty(1)), (.unknownTownship, s.dirty(2)),
        ], excluding: marked, rng: &rng)
        let variety = RowPlan(rows: rows.count, counts: [
            (.emptyTownship, rows.count * 8 / 100), (.townshipAlias, rows.count * 4 / 100),
            (.dateSlash, s.variety(10)), (.dateDot, s.variety(10)), (.dateChinese, s.variety(10)), (.surroundingSpaces, s.variety(10)),
        ], excluding: dirt.rows, rng: &rng)

        let w = try CSVWriter(directory: s.directory, name: Self.fileName, encoding: .utf8, lineEnding: .lf)
        w.header(Self.headers)
        var accepted: [Inspection] = []
        var seen = [Kind: Int]()
        for (i, r) in rows.enumerated() {
            let entity = entities[r.entity]
            w.text(r.id)
            w.day(r.day)
            w.text(entity.id)
            w.text(entity.name)
            w.text(townships[entity.township].name)
            w.text(r.method.rawValue)
            w.text(r.result.rawValue)
            w.text(r.failedItems)
            w.text(r.disposal.rawValue)
            if let d = r.disposalDay { w.day(d) } else { w.empty() }
            w.text(r.published.map { $0 ? "是" : "否" } ?? "")
            w.text(r.grade)
            w.text(r.inspectors)
            if let kind = dirt[i] {
                let n = seen[kind, default: 0]
                seen[kind] = n + 1
                var column = Column.date, value = ""
                switch kind {
                case .unknownEntity: column = .entity; value = "SP37030499" + Format.padded(n + 1, width: 2)
                case .missingField: column = n % 2 == 0 ? .date : .entity
                case .impossibleDate: value = n % 2 == 0 ? "\(year)-02-30" : "\(year)-04-31"
                case .badDate: value = "\(year)-1O-12"
                case .unknownTownship: column = .township; value = Names.unknownTownships[n % Names.unknownTownships.count]
                default: break
                }
                w.setField(column.rawValue, value)
                let line = w.commit()
                log.add(Self.fileName, line: line, kind, column: column.header, key: r.id, value.isEmpty ? "empty" : "“\(value)”")
                continue
            }
            if let kind = variety[i] {
                var column = Column.date, value = ""
                switch kind {
                case .emptyTownship: column = .township
                case .townshipAlias where !townships[entity.township].aliases.isEmpty:
                    column = .township; value = rng.pick(townships[entity.township].aliases)
                case .dateSlash: value = Format.date(r.day, .slash)
                case .dateDot: value = Format.date(r.day, .dot)
                case .dateChinese: value = Format.date(r.day, .chinese)
                case .surroundingSpaces: column = .method; value = " \(r.method.rawValue) "
                default: column = .id; value = r.id
                }
                w.setField(column.rawValue, value)
                log.add(Self.fileName, line: w.nextLine, kind, column: column.header, key: r.id, value.isEmpty ? "empty" : "“\(value)”")
            }
            let line = w.commit()
            if let kind = r.mark { log.add(Self.fileName, line: line, kind, column: "", key: "\(r.id) \(entity.id)", r.markDetail) }
            if r.failedItems.contains(",") {
                log.add(Self.fileName, line: line, .quotedComma, column: Column.items.header, key: r.id, "“\(r.failedItems)”")
            }
            if let d = r.disposalDay, d.month != r.day.month || d.year != r.day.year {
                log.add(Self.fileName, line: line, .disposedNextMonth, column: Column.disposalDate.header, key: r.id, "\(r.day) → \(d)")
            }
            accepted.append(r)
        }
        log.add(try w.close(headerStyle: "Chinese; own column order; extra columns 主体名称 and 检查人员"))
        log.note(Self.fileName, figures(accepted))
    }

    /// Expected year figures per township from the accepted rows, as fractions.
    private func figures(_ accepted: [Inspection]) -> String {
        let entities = catalogue.entities
        let end = Day(year: year, month: 12, day: 31)!
        var table = ["| 镇街 | 检查户次 | 抽检合格 | 食品相关产品合格 | 不合格已处置(≤\(year)-12-31) | 信息公布 | 学校食堂B级以上(最新) | 三小监管覆盖 |",
                     "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for (t, township) in catalogue.townships.enumerated() {
            let rows = accepted.filter { entities[$0.entity].township == t && $0.day <= end }
            let results = rows.filter { $0.result != .none }
            let related = results.filter { entities[$0.entity].kind == .relatedProducts }
            let fails = results.filter { $0.result == .fail }
            let disposed = fails.filter { $0.disposal == .disposed && ($0.disposalDay ?? end.adding(days: 1)) <= end }
            var latest: [Int: (Day, String)] = [:]
            for r in rows where !r.grade.isEmpty && entities[r.entity].kind == .schoolCanteen {
                if let l = latest[r.entity], l.0 > r.day { continue }
                latest[r.entity] = (r.day, r.grade)
            }
            let small = entities.indices.filter { entities[$0].township == t && entities[$0].kind.isSmallBusiness }
            let covered = Set(rows.map(\.entity)).intersection(small)
            func frac(_ a: Int, _ b: Int) -> String { "\(a)/\(b)" }
            table.append("| \(township.name) | \(rows.count) | \(frac(results.filter { $0.result == .pass }.count, results.count)) | "
                + "\(frac(related.filter { $0.result == .pass }.count, related.count)) | \(frac(disposed.count, fails.count)) | "
                + "\(frac(results.filter { $0.published == true }.count, results.count)) | "
                + "\(frac(latest.values.filter { $0.1 != "C" }.count, latest.count)) | \(frac(covered.count, small.count)) |")
        }
        return "Expected food figures for the period \(year) (accepted rows dated in \(year); fractions are numerator/denominator; "
            + "三小登记备案 and 明厨亮灶 come from the register, not from this file):\n\n" + table.joined(separator: "\n")
    }
}
