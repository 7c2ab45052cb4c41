import ReportCore

extension ServiceTickets {
    /// Per department counters for the README's expected figures (year = campaign year).
    private struct Figures {
        var received = 0, completed = 0, onTime = 0, overdueOpen = 0
    }

    func write(log: InjectionLog) throws {
        let s = settings
        let cal = catalogue.calendar
        let items = model.items
        var outcomes = s.rng("service-outcomes")
        var rng = s.rng("service-file")
        let plan = months
        let total = plan.reduce(0) { $0 + $1.count }
        let dirt = RowPlan(rows: total, counts: [
            (.missingField, s.dirty(3)), (.badNumber, s.dirty(3)), (.impossibleDate, s.dirty(3)), (.badDate, s.dirty(1)),
            (.unknownTownship, s.dirty(3)), (.negativeQuantity, s.dirty(2)), (.unknownItemCode, s.dirty(4)),
            (.completionBeforeReceipt, s.dirty(3)),
        ], rng: &rng)
        let variety = RowPlan(rows: total, counts: [
            (.townshipAlias, s.variety(20)), (.fullWidthDigits, s.variety(5)), (.dateSlash, s.variety(10)),
            (.dateTimeSeconds, s.variety(10)), (.surroundingSpaces, s.variety(10)),
        ], excluding: dirt.rows, rng: &rng)
        let codes = Set(items.map(\.code))
        let unknownCodes = ["SJ-SCJG-099", "SJ-XXX-001", "SJ-GA-010", "SJ-ZJ-001"].map { codes.contains($0) ? $0 + "9" : $0 }

        func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }
        let hallBytes = model.halls.map(bytes)
        let townshipBytes = catalogue.townships.map { bytes($0.name) }
        let departmentBytes = items.map { bytes($0.department) }
        let codeBytes = items.map { bytes($0.code) }
        let channelBytes = ServiceModel.channels.map(bytes)
        let ratingBytes = Self.ratings.map(bytes)
        let prefix = bytes("BS")
        let departments = Array(Set(items.map(\.department))).sorted { a, b in
            items.firstIndex { $0.department == a }! < items.firstIndex { $0.department == b }!
        }
        let departmentIndex = Dictionary(uniqueKeysWithValues: departments.enumerated().map { ($1, $0) })
        let itemDepartment = items.map { departmentIndex[$0.department]! }
        var figures = [Figures](repeating: Figures(), count: departments.count)
        let yearStart = Day(year: year, month: 1, day: 1)!, yearEnd = Day(year: year, month: 12, day: 31)!
        let holidayStart = Day(year: year, month: 9, day: 20)!, holidayEnd = Day(year: year, month: 10, day: 8)!
        let newYearStart = Day(year: year, month: 12, day: 24)!, newYearEnd = Day(year: year + 1, month: 1, day: 2)!

        // hidden-like draws its extras from a stream of its own: the standard shape's files
        // stay byte for byte what they were.
        let hiddenLike = s.shape == .hiddenLike
        var shapeRng = s.rng("service-shape")
        let w = try CSVWriter(directory: s.directory, name: Self.fileName, encoding: hiddenLike ? .utf8 : .utf8BOM,
                              lineEnding: .lf)
        w.header(Self.headers)
        var index = 0
        var seen = [Kind: Int]()
        for month in plan {
            let tickets = receive(year: month.year, month: month.month, count: month.count, firstDay: month.firstDay)
            var serialDay = Day(ordinal: 0), serial = 0
            for t in tickets {
                defer { index += 1 }
                if t.day != serialDay { serialDay = t.day; serial = 0 }
                serial += 1
                let item = items[Int(t.item)]
                let hall = Int(t.hall)
                // Outcome: elapsed working days, suspension, completion.
                let late = outcomes.chance(model.late[Int(t.item)] * model.hallLateFactor[hall])
                var stuck = outcomes.chance(0.004)
                if hiddenLike && shapeRng.chance(0.03) { stuck = true }
                var elapsed: Int
                if item.committed == 0 {
                    elapsed = late ? 1 + outcomes.below(2) : 0
                } else if late {
                    elapsed = item.committed + 1 + outcomes.below(max(1, min(6, item.committed / 2 + 1)))
                } else {
                    elapsed = outcomes.chance(0.08) ? 0 : 1 + outcomes.below(item.committed)
                }
                let p = model.suspension[Int(t.item)]
                let suspended = p > 0 && outcomes.chance(p) ? (item.complex ? 5 + outcomes.below(21) : 2 + outcomes.below(7)) : 0
                var completion = cal.adding(workingDays: elapsed + suspended, to: t.day)
                if stuck || (completion.map { $0 > s.exportDay } ?? true) { completion = nil }
                let completionMinute = elapsed + suspended == 0 ? min(1439, Int(t.minute) + 3 + outcomes.below(58)) : 510 + outcomes.below(526)
                let channel = Int(t.channel)
                let steps = item.immediate ? 1 + (outcomes.chance(0.3) ? 1 : 0)
                    : item.complex ? 4 + outcomes.below(3) : [2, 3, 3, 3, 3, 3, 3, 4, 3, 2][outcomes.below(10)]
                let visits: Int
                switch channel {
                case 1, 3: visits = outcomes.chance(0.85) ? 0 : 1
                case 2: visits = 1
                default: visits = item.immediate ? (outcomes.chance(0.95) ? 1 : 2)
                    : item.complex ? 2 + outcomes.below(2) : [1, 1, 1, 1, 1, 1, 2, 2, 2, 3][outcomes.below(10)]
                }
                let queued = channel == 0 ? outcomes.exponential(mean: model.hallWait[hall]) : channel == 2 ? Double(outcomes.below(6)) : 0
                let wait = min(90, Int(queued))
                // hidden-like: the queue system's tenths of a minute (`27.6`).
                let waitTenths = channel == 0 ? min(900, Int(queued * 10)) : channel == 2 ? wait * 10 + shapeRng.below(10) : 0
                var rating = -1
                if completion != nil && !outcomes.chance(0.3) {
                    let x = outcomes.unit()
                    let dist: [Double] = late ? [0.35, 0.25, 0.15, 0.15, 0.10] : wait > 45 ? [0.50, 0.25, 0.10, 0.10, 0.05]
                        : [0.72 + model.hallMood[hall], 0.17, 0.06, 0.03 - model.hallMood[hall] / 2, 0.02 - model.hallMood[hall] / 2]
                    var acc = 0.0
                    rating = 4
                    for (k, q) in dist.enumerated() { acc += q; if x < acc { rating = k; break } }
                }

                w.dayID(prefix: prefix, day: t.day, serial: serial, width: 5)
                w.bytes(hallBytes[hall])
                if t.township >= 0 { w.bytes(townshipBytes[Int(t.township)]) } else { w.empty() }
                w.bytes(departmentBytes[Int(t.item)])
                w.bytes(codeBytes[Int(t.item)])
                w.bytes(channelBytes[channel])
                if hiddenLike {
                    let second = shapeRng.below(60)
                    w.dateTime(t.day, minute: Int(t.minute), second: second)
                    if let completion {
                        // Never before the receipt within its minute (a ticket finished at 23:59).
                        let sameMinute = completion == t.day && completionMinute == Int(t.minute)
                        w.dateTime(completion, minute: completionMinute, second: sameMinute ? 59 : shapeRng.below(60))
                    } else { w.empty() }
                } else {
                    w.dateTime(t.day, minute: Int(t.minute))
                    if let completion { w.dateTime(completion, minute: completionMinute) } else { w.empty() }
                }
                w.int(steps)
                w.int(visits)
                if rating >= 0 { w.bytes(ratingBytes[rating]) } else { w.empty() }
                if hiddenLike { w.fixed(waitTenths, scale: 1) } else { w.int(wait) }
                if suspended > 0 && completion != nil { w.int(suspended) } else { w.empty() }

                if let kind = dirt[index] {
                    let n = seen[kind, default: 0]
                    seen[kind] = n + 1
                    let y = t.day.year
                    let time = Format.time(Int(t.minute))
                    var column = Column.received, value = ""
                    switch kind {
                    case .missingField: column = n % 3 == 2 ? .item : .received
                    case .badNumber:
                        column = n % 3 == 2 ? .steps : .visits
                        value = n % 3 == 2 ? "\(steps)步" : "两次"
                    case .impossibleDate: value = (n % 2 == 0 ? "\(y)-02-30 " : "\(y)-09-31 ") + time
                    case .badDate: value = "\(y)-1O-08 " + time
                    case .unknownTownship: column = .township; value = Names.unknownTownships[n % Names.unknownTownships.count]
                    case .negativeQuantity: column = .wait; value = "-5"
                    case .unknownItemCode: column = .item; value = unknownCodes[n % unknownCodes.count]
                    case .completionBeforeReceipt:
                        column = .completed
                        value = n % 3 == 2 && t.minute >= 540 ? Format.date(t.day, .iso) + " " + Format.time(Int(t.minute) - 25)
                            : Format.date(t.day.adding(days: -1), .iso) + " 16:00"
                    default: break
                    }
                    let id = w.field(Column.id.rawValue)
                    w.setField(column.rawValue, value)
                    let line = w.commit()
                    log.add(Self.fileName, line: line, kind, column: column.header, key: id,
                            (value.isEmpty ? "empty" : "“\(value)”") + (kind == .completionBeforeReceipt ? " (received \(Format.date(t.day, .iso)) \(time))" : ""))
                    continue
                }
                if let kind = variety[index] {
                    var column = Column.received, value = ""
                    switch kind {
                    case .townshipAlias where t.township >= 0 && !catalogue.townships[Int(t.township)].aliases.isEmpty:
                        column = .township; value = rng.pick(catalogue.townships[Int(t.township)].aliases)
                    case .fullWidthDigits: column = .steps; value = Format.fullWidth(String(steps))
                    case .dateSlash: value = Format.date(t.day, .slash) + " " + Format.time(Int(t.minute))
                    case .dateTimeSeconds: value = Format.date(t.day, .iso) + " " + Format.time(Int(t.minute), seconds: true)
                    case .surroundingSpaces: column = .wait; value = " \(wait) "
                    default: break
                    }
                    if !value.isEmpty {
                        w.setField(column.rawValue, value)
                        log.add(Self.fileName, line: w.nextLine, kind, column: column.header, key: w.field(0), "“\(value)”")
                    }
                }
                let line = w.commit()

                // Figures and notable rows (accepted rows only).
                let d = itemDepartment[Int(t.item)]
                if t.day >= yearStart && t.day <= yearEnd { figures[d].received += 1 }
                if let c = completion, c >= yearStart, c <= yearEnd {
                    figures[d].completed += 1
                    if max(0, cal.workingDays(after: t.day, through: c) - suspended) <= item.committed { figures[d].onTime += 1 }
                }
                if t.day <= yearEnd && (completion.map { $0 > yearEnd } ?? true)
                    && cal.workingDays(after: t.day, through: yearEnd) > item.committed {
                    figures[d].overdueOpen += 1
                    if completion == nil { log.add(Self.fileName, line: line, .openOverdue, key: "", "") }
                }
                if let c = completion, (t.day >= holidayStart && t.day <= holidayEnd.adding(days: -8) && c >= holidayEnd)
                    || (t.day >= newYearStart && t.day <= yearEnd && c >= newYearEnd) {
                    log.add(Self.fileName, line: line, .spansHoliday, key: "", "")
                }
                if channel == 0 || channel == 2, !cal.isWorking(t.day) {
                    log.add(Self.fileName, line: line, .weekendReceipt, key: "", "")
                }
            }
        }
        log.add(try w.close(headerStyle: "Chinese, SPEC order, half-width brackets"))

        var table = ["| 部门 | 受理量 (received in \(year)) | 办结量 (completed in \(year)) | 按时办结 | 超期在办 (as of \(year)-12-31) |",
                     "|---|---:|---:|---:|---:|"]
        for (k, name) in departments.enumerated() {
            let f = figures[k]
            table.append("| \(name) | \(f.received) | \(f.completed) | \(f.onTime) | \(f.overdueOpen) |")
        }
        log.note(Self.fileName, "Expected figures for the period \(year), per department, from accepted rows (on time: "
                 + "elapsed working days after the day of receipt, minus 特殊环节, ≤ 承诺时限; completions are known up to the "
                 + "export day \(s.exportDay)):\n\n" + table.joined(separator: "\n"))
    }
}
