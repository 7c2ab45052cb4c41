import ReportCore

extension StoveInstalls {
    func write(log: InjectionLog) throws {
        let s = campaign.settings
        let townships = campaign.catalogue.townships
        var rng = s.rng("stove-installs-file")
        let w = try CSVWriter(directory: s.directory, name: Self.fileName, encoding: .utf8BOM, lineEnding: .crlf)
        w.header(Self.headers)
        let marked = Set(installs.indices.filter { installs[$0].mark != nil })
        let dirt = RowPlan(rows: installs.count, counts: [
            (.missingField, s.dirty(1)), (.badNumber, s.dirty(1)), (.impossibleDate, s.dirty(1)),
            (.unknownTownship, s.dirty(1)), (.negativeQuantity, s.dirty(1)),
            (.duplicateIdentical, s.dirty(1)), (.duplicateConflict, s.dirty(1)),
        ], excluding: marked, rng: &rng)
        let variety = RowPlan(rows: installs.count, counts: [
            (.thousandsSeparator, s.variety(10)), (.fullWidthDigits, s.variety(3)), (.dateSlash, s.variety(3)),
            (.dateDot, s.variety(3)), (.dateChinese, s.variety(3)), (.townshipAlias, s.variety(10)),
            (.surroundingSpaces, s.variety(5)), (.quotedComma, s.variety(2)),
        ], excluding: marked.union(dirt.rows), rng: &rng)

        var seen = [Kind: Int]()
        var conflicts: [(fields: [String], line: Int, install: Install)] = []
        var households = [Set<String>](repeating: [], count: townships.count)
        var stoves = [Int](repeating: 0, count: townships.count)
        for (i, a) in installs.enumerated() {
            let hid = campaign.householdID(a.household)
            fill(w, a, householdID: hid)
            var rejected = false
            if let kind = dirt[i] {
                let n = seen[kind, default: 0]
                seen[kind] = n + 1
                switch kind {
                case .duplicateIdentical, .duplicateConflict:
                    let fields = w.fields
                    let line = w.commit()
                    if kind == .duplicateIdentical {
                        let copy = w.write(fields)
                        log.add(Self.fileName, line: copy, kind, key: a.recordID, "identical re-export of line \(line), right after it")
                    } else {
                        conflicts.append((fields, line, a))
                    }
                default:
                    var column = Column.count, value = ""
                    switch kind {
                    case .missingField: column = .household
                    case .badNumber: value = "一台"
                    case .impossibleDate: column = .date; value = "\(campaign.year)-09-31"
                    case .unknownTownship: column = .township; value = Names.unknownTownships[n % Names.unknownTownships.count]
                    case .negativeQuantity: value = "-1"
                    default: break
                    }
                    w.setField(column.rawValue, value)
                    let line = w.commit()
                    log.add(Self.fileName, line: line, kind, column: column.header, key: a.recordID,
                            value.isEmpty ? "empty" : "“\(value)”")
                    rejected = true
                }
            } else {
                if let kind = variety[i] {
                    var column = Column.date, value = ""
                    switch kind {
                    case .thousandsSeparator: column = .amount; value = Format.grouped(a.amountFen, scale: 2)
                    case .fullWidthDigits: column = .count; value = Format.fullWidth(String(a.count))
                    case .dateSlash: value = Format.date(a.day, .slash)
                    case .dateDot: value = Format.date(a.day, .dot)
                    case .dateChinese: value = Format.date(a.day, .chinese)
                    case .townshipAlias where !townships[a.township].aliases.isEmpty:
                        column = .township; value = rng.pick(townships[a.township].aliases)
                    case .surroundingSpaces: column = .price; value = " \(a.price) "
                    case .quotedComma: column = .remark; value = "含烟道, 弯头安装"
                    default: break
                    }
                    if !value.isEmpty {
                        w.setField(column.rawValue, value)
                        log.add(Self.fileName, line: w.nextLine, kind, column: column.header, key: a.recordID, "“\(value)”")
                    }
                }
                let line = w.commit()
                if let kind = a.mark {
                    log.add(Self.fileName, line: line, kind, column: a.markColumn, key: "\(a.recordID) 户号 \(hid)", a.markDetail)
                }
            }
            if !rejected && campaign.inCampaign(a.day) {
                households[a.township].insert(hid)
                stoves[a.township] += a.count
            }
        }
        for (fields, original, a) in conflicts {
            var copy = fields
            copy[Column.model.rawValue] = Names.stoveCompanies[a.company].models.map(\.model).first { $0 != fields[Column.model.rawValue] }
                ?? "HX-JN200 型"
            let line = w.write(copy)
            log.add(Self.fileName, line: line, .duplicateConflict, column: "登记编号", key: a.recordID,
                    "same 登记编号 as line \(original) but 炉具型号 “\(copy[Column.model.rawValue])”; the first counts")
        }
        log.add(try w.close(headerStyle: "Chinese; half-width brackets after a space (购买数量 (台)); extra column 备注"))

        var table = ["| 镇街 | valid installs in campaign: distinct 户号 | stoves |", "|---|---:|---:|"]
        for (t, township) in townships.enumerated() {
            table.append("| \(township.name) | \(households[t].count) | \(stoves[t]) |")
        }
        table.append("| total | \(households.reduce(0) { $0 + $1.count }) | \(stoves.reduce(0, +)) |")
        log.note(Self.fileName, "Expected stove figures as of \(campaign.year)-12-31 (rows not rejected, not re-exports, "
                 + "within the campaign):\n\n" + table.joined(separator: "\n"))
    }

    private func fill(_ w: CSVWriter, _ a: Install, householdID: String) {
        let h = campaign.households[a.household]
        let company = Names.stoveCompanies[a.company]
        w.text(a.recordID)
        w.text(campaign.catalogue.townships[a.township].name)
        w.text(campaign.villages[a.township][a.village])
        w.text(householdID)
        w.text(h.buyer)
        w.text(h.phone)
        w.text(company.models[a.model].model)
        w.int(a.count)
        w.int(a.price)
        w.fixed(a.amountFen, scale: 2)
        w.text(company.name)
        w.text(installers[a.company][a.installer])
        w.day(a.day)
        w.text(a.remark)
    }
}
