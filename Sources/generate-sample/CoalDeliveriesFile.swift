import ReportCore

/// Writing `coal_deliveries.csv`: GB18030 without BOM, CRLF, Chinese headers with
/// full-width brackets on two of them — the export as WPS on a township's PC saves it.
extension CoalDeliveries {
    static let headers = ["登记编号", "镇街", "村居", "户号", "购买人", "联系电话", "煤炭品种", "批号",
                          "购买数量（吨）", "购买单价（元）", "总金额(元)", "配送企业", "配送人", "配送日期"]
    enum Column: Int {
        case record, township, village, household, buyer, phone, type, batch, tons, price, amount, company, courier, date
        var header: String { CoalDeliveries.headers[rawValue] }
    }

    func write(log: InjectionLog) throws {
        let s = campaign.settings
        let townships = campaign.catalogue.townships
        var rng = s.rng("coal-deliveries-file")
        let w = try CSVWriter(directory: s.directory, name: Self.fileName, encoding: .gb18030, lineEnding: .crlf)
        w.header(Self.headers)
        let marked = Set(deliveries.indices.filter { deliveries[$0].mark != nil })
        let dirt = RowPlan(rows: deliveries.count, counts: [
            (.missingField, s.dirty(3)), (.badNumber, s.dirty(2)), (.badDate, s.dirty(1)), (.impossibleDate, s.dirty(2)),
            (.unknownTownship, s.dirty(2)), (.negativeQuantity, s.dirty(2)),
            (.duplicateIdentical, s.dirty(2)), (.duplicateConflict, s.dirty(1)),
        ], excluding: marked, rng: &rng)
        let variety = RowPlan(rows: deliveries.count, counts: [
            (.thousandsSeparator, s.variety(40)), (.fullWidthDigits, s.variety(8)), (.dateSlash, s.variety(8)),
            (.dateDot, s.variety(8)), (.dateChinese, s.variety(8)), (.surroundingSpaces, s.variety(15)),
            (.townshipAlias, s.variety(25)),
        ], excluding: marked.union(dirt.rows), eligible: { row, kind in
            kind != .thousandsSeparator || self.deliveries[row].amountFen >= 100_000
        }, rng: &rng)

        var seen = [Kind: Int]()
        var later: [(kind: Kind, fields: [String], line: Int, delivery: Delivery)] = []
        var households = [Set<String>](repeating: [], count: townships.count)
        var kilograms = [Int](repeating: 0, count: townships.count)
        var rows = [Int](repeating: 0, count: townships.count)

        for (i, d) in deliveries.enumerated() {
            let hid = campaign.householdID(d.household)
            fill(w, d, householdID: hid)
            rows[d.township] += 1
            var rejected = false
            if let kind = dirt[i] {
                let n = seen[kind, default: 0]
                seen[kind] = n + 1
                var column = Column.tons, value = ""
                switch kind {
                case .duplicateIdentical, .duplicateConflict:
                    let fields = w.fields
                    let line = w.commit()
                    if kind == .duplicateIdentical && n == 0 {
                        let copy = w.write(fields)
                        rows[d.township] += 1
                        log.add(Self.fileName, line: copy, .duplicateIdentical, key: d.recordID,
                                "identical re-export of line \(line), right after it")
                    } else {
                        later.append((kind, fields, line, d))
                    }
                default:
                    switch kind {
                    case .missingField: column = n % 3 == 1 ? .tons : .household
                    case .badNumber:
                        column = n % 2 == 0 ? .tons : .price
                        value = n % 2 == 0 ? "两吨" : "八百五"
                    case .badDate: column = .date; value = "\(campaign.year)-1O-\(Format.padded(d.day.day, width: 2))"
                    case .impossibleDate: column = .date; value = n % 2 == 0 ? "\(campaign.year)-11-31" : "\(campaign.year)-09-31"
                    case .unknownTownship: column = .township; value = Names.unknownTownships[n % Names.unknownTownships.count]
                    case .negativeQuantity: value = "-" + w.field(Column.tons.rawValue)
                    default: break
                    }
                    w.setField(column.rawValue, value)
                    let line = w.commit()
                    log.add(Self.fileName, line: line, kind, column: column.header, key: d.recordID,
                            value.isEmpty ? "empty" : "“\(value)”")
                    rejected = true
                }
            } else {
                if let kind = variety[i] {
                    let n = seen[kind, default: 0]
                    seen[kind] = n + 1
                    var column = Column.date, value = ""
                    switch kind {
                    case .thousandsSeparator where d.amountFen >= 100_000:
                        column = .amount; value = Format.grouped(d.amountFen, scale: 2)
                    case .fullWidthDigits: column = .price; value = Format.fullWidth(String(d.price))
                    case .dateSlash: value = Format.date(d.day, .slash)
                    case .dateDot: value = Format.date(d.day, .dot)
                    case .dateChinese: value = Format.date(d.day, .chinese)
                    case .surroundingSpaces:
                        column = n % 2 == 0 ? .township : .tons
                        value = " " + w.field(column.rawValue) + " "
                    case .townshipAlias where !townships[d.township].aliases.isEmpty:
                        column = .township; value = rng.pick(townships[d.township].aliases)
                    default: break
                    }
                    if !value.isEmpty {
                        w.setField(column.rawValue, value)
                        log.add(Self.fileName, line: w.nextLine, kind, column: column.header, key: d.recordID, "“\(value)”")
                    }
                }
                let line = w.commit()
                if let kind = d.mark {
                    log.add(Self.fileName, line: line, kind, column: d.markColumn, key: "\(d.recordID) 户号 \(hid)", d.markDetail)
                }
            }
            if !rejected && campaign.inCampaign(d.day) {
                households[d.township].insert(hid)
                kilograms[d.township] += d.kg
            }
        }
        // Re-exports appended at the end, as when two exports are concatenated.
        for (kind, fields, original, d) in later {
            var copy = fields
            var detail = "identical re-export of line \(original)"
            if kind == .duplicateConflict {
                let kg = d.kg == 2000 ? 1500 : 2000
                copy[Column.tons.rawValue] = Format.fixed(kg, scale: 3, trim: true)
                copy[Column.amount.rawValue] = Format.fixed(kg * d.price / 10, scale: 2)
                detail = "same 登记编号 as line \(original) but 购买数量 \(copy[Column.tons.rawValue]) / 总金额 "
                    + "\(copy[Column.amount.rawValue]) instead of \(fields[Column.tons.rawValue]) / \(fields[Column.amount.rawValue]); the first counts"
            }
            let line = w.write(copy)
            rows[d.township] += 1
            log.add(Self.fileName, line: line, kind, column: kind == .duplicateConflict ? "登记编号" : "",
                    key: d.recordID, detail)
        }
        log.add(try w.close(headerStyle: "Chinese; full-width brackets in 购买数量（吨）, 购买单价（元）"))

        var table = ["| 镇街 | rows written | valid deliveries in campaign: distinct 户号 | tons |", "|---|---:|---:|---:|"]
        for (t, township) in townships.enumerated() {
            table.append("| \(township.name) | \(rows[t]) | \(households[t].count) | \(Format.fixed(kilograms[t], scale: 3)) |")
        }
        table.append("| total | \(rows.reduce(0, +)) | \(households.reduce(0) { $0 + $1.count }) | \(Format.fixed(kilograms.reduce(0, +), scale: 3)) |")
        log.note(Self.fileName, "Expected coal figures as of \(campaign.year)-12-31, counting rows that are not rejected, "
                 + "not identical re-exports and dated within the campaign (1 Sep – 31 Dec); a household counts in "
                 + "each township where it has a delivery:\n\n" + table.joined(separator: "\n"))
    }

    private func fill(_ w: CSVWriter, _ d: Delivery, householdID: String) {
        let h = campaign.households[d.household]
        w.text(d.recordID)
        w.text(campaign.catalogue.townships[d.township].name)
        w.text(campaign.villages[d.township][d.village])
        w.text(householdID)
        w.text(h.buyer)
        w.text(h.phone)
        w.text(Names.coalTypes[d.type])
        w.text(campaign.batches[d.batch].id)
        w.fixed(d.kg, scale: 3, trim: true)
        w.int(d.price)
        w.fixed(d.amountFen, scale: 2)
        w.text(campaign.companies[d.company].name)
        w.text(campaign.couriers[d.company][d.courier])
        w.day(d.day)
    }
}
