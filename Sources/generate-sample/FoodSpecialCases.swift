import ReportCore

extension FoodInspections {
    static let headers = ["检查编号", "检查日期", "主体编号", "主体名称", "镇街", "检查方式", "抽检结果", "不合格项目",
                          "处置状态", "处置日期", "信息公布", "量化等级", "检查人员"]
    enum Column: Int {
        case id, date, entity, name, township, method, result, items, disposal, disposalDate, published, grade, inspectors
        var header: String { FoodInspections.headers[rawValue] }
    }

    /// Cases the food figures must get right, whatever the seed.
    func specialCases() {
        let entities = catalogue.entities
        func pick(_ predicate: (Inspection) -> Bool) -> Int? {
            let list = rows.indices.filter { rows[$0].mark == nil && predicate(rows[$0]) }
            return list.isEmpty ? nil : rng.pick(list)
        }
        func sampling(_ r: Inspection) -> Bool { r.method == .sampling && r.result == .pass && entities[r.entity].kind != .relatedProducts }
        // 食品相关产品 failures, all in one township (its rate falls below 94.5 %).
        let related = catalogue.townships.indices.max { a, b in
            entities.filter { $0.township == a && $0.kind == .relatedProducts }.count
                < entities.filter { $0.township == b && $0.kind == .relatedProducts }.count
        }!
        for _ in 0..<settings.scaled(2) {
            guard let i = pick({ $0.method == .sampling && entities[$0.entity].township == related
                                 && entities[$0.entity].kind == .relatedProducts }) else { break }
            fail(&rows[i], kind: .relatedProducts)
            rows[i].mark = .relatedProductFail
            rows[i].markDetail = "食品相关产品 sample failed (\(rows[i].failedItems))"
        }
        // Disposed the day after the end of Q2; a failure never disposed; one still in progress.
        if let i = pick({ sampling($0) && $0.day.month == 6 && $0.day.day >= 10 }) ?? pick(sampling) {
            rows[i].day = Day(year: year, month: 6, day: max(10, min(28, rows[i].day.day)))!
            fail(&rows[i], kind: entities[rows[i].entity].kind)
            rows[i].disposal = .disposed
            rows[i].disposalDay = Day(year: year, month: 7, day: 1)!
            rows[i].mark = .disposedAfterQuarterEnd
            rows[i].markDetail = "failed \(rows[i].day), disposed \(year)-07-01: not disposed as of \(year)-Q2/H1, disposed as of \(year)-07 and Q3"
        }
        if let i = pick({ sampling($0) && $0.day.month == 10 }) {
            fail(&rows[i], kind: entities[rows[i].entity].kind)
            rows[i].disposal = .notDisposed
            rows[i].disposalDay = nil
            rows[i].mark = .notDisposed
            rows[i].markDetail = "failed \(rows[i].day), 未处置 with no date (an open failure)"
        }
        if let i = pick({ sampling($0) && $0.day.month == 11 && $0.day.day <= 15 }) {
            fail(&rows[i], kind: entities[rows[i].entity].kind)
            rows[i].disposal = .inProgress
            rows[i].disposalDay = nil
            rows[i].mark = .disposalInProgress
            rows[i].markDetail = "failed \(rows[i].day), still 处置中 at export"
        }
        // Awkward text: quotes inside a field, a line break inside a field.
        if let i = pick({ sampling($0) && entities[$0.entity].kind == .seller }) ?? pick(sampling) {
            fail(&rows[i], kind: .seller)
            rows[i].failedItems = "检出\"瘦肉精\"(克伦特罗)"
            rows[i].mark = .embeddedQuote
            rows[i].markDetail = "不合格项目 with quotes inside"
        }
        if let i = pick(sampling) {
            fail(&rows[i], kind: entities[rows[i].entity].kind)
            rows[i].failedItems = "菌落总数超标\n霉菌超标"
            rows[i].mark = .lineBreakInField
            rows[i].markDetail = "不合格项目 with a line break inside (the record spans two lines)"
        }
        gradeCanteens()
    }

    /// 量化等级 on school canteens' routine checks: mostly steady A or B; one canteen B then
    /// later C (its latest grade fails the target), one C then later B.
    private func gradeCanteens() {
        let entities = catalogue.entities
        var routine: [Int: [Int]] = [:]
        for (i, r) in rows.enumerated() where r.method == .routine && entities[r.entity].kind == .schoolCanteen {
            routine[r.entity, default: []].append(i)
        }
        for (e, list) in routine.sorted(by: { $0.key < $1.key }) {
            let base = rng.chance(0.6) ? "A" : "B"
            for i in list { rows[i].grade = rng.chance(0.12) ? (base == "A" ? "B" : "A") : base }
            _ = e
        }
        let ordered = routine.mapValues { $0.sorted { rows[$0].day < rows[$1].day } }
        let twice = ordered.filter { $0.value.count >= 2 }.keys.sorted()
        func canteen(in name: String, excluding: Int? = nil) -> Int? {
            twice.first { entities[$0].township == catalogue.township(named: name) && $0 != excluding }
                ?? twice.first { $0 != excluding }
        }
        if let e = canteen(in: "石马镇"), let list = ordered[e] {
            for i in list { rows[i].grade = "B" }
            rows[list[list.count - 1]].grade = "C"
            for i in list { rows[i].mark = .gradeBThenC; rows[i].markDetail = "canteen graded B, latest C" }
        }
        if let e = canteen(in: "城东街道", excluding: ordered.first { $0.value.contains { rows[$0].mark == .gradeBThenC } }?.key),
           let list = ordered[e] {
            for i in list { rows[i].grade = "B" }
            rows[list[0]].grade = "C"
            for i in list { rows[i].mark = .gradeCThenB; rows[i].markDetail = "canteen graded C first, latest B" }
        }
    }
}
