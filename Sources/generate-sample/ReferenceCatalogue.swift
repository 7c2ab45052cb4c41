import ReportCore
import ReportInputs

/// The reference data the generator needs, in its own small model.
///
/// This is the only file that knows how the reference folder is read: it goes through
/// `ReportInputs.ReferenceData.load(directory:)`, so the generator and the report tool
/// agree on names, aliases, quotas and the calendar by construction.
struct Catalogue {
    struct Township {
        let name: String
        let aliases: [String]
        /// 1-based position in display order: the two digits after 370304 in 户号.
        let code: Int
        let coalQuotaKg: Int
        let stoveQuota: Int
    }

    struct Item {
        let code: String
        let name: String
        let department: String
        let statutory: Int
        let committed: Int
        let immediate: Bool
        let complex: Bool
    }

    struct Entity {
        let id: String
        let name: String
        /// Index into `townships`.
        let township: Int
        let kind: EntityKind
    }

    enum EntityKind: String, CaseIterable {
        case producer = "食品生产企业"
        case relatedProducts = "食品相关产品生产企业"
        case seller = "食品销售者"
        case caterer = "餐饮服务单位"
        case schoolCanteen = "学校食堂"
        case centralKitchen = "中央厨房"
        case groupMeal = "集体用餐配送单位"
        case smallWorkshop = "食品小作坊"
        case smallEatery = "小餐饮"
        case foodStall = "食品摊点"

        var isSmallBusiness: Bool { self == .smallWorkshop || self == .smallEatery || self == .foodStall }
    }

    let townships: [Township]
    let calendar: WorkCalendar
    let items: [Item]
    let entities: [Entity]
    let campaignYear: Int

    func township(named name: String) -> Int? { townships.firstIndex { $0.name == name } }

    static func load(directory: String, year: Int) throws -> Catalogue {
        let data: ReferenceData
        do {
            data = try ReferenceData.load(directory: directory)
        } catch {
            throw GeneratorError(error.description)
        }
        let townships = data.townships.all.enumerated().map { index, t in
            let quota = data.quota(township: t.name, year: year)
            return Township(name: t.name, aliases: t.aliases, code: index + 1,
                            coalQuotaKg: Int(quota?.coalKilograms ?? 0), stoveQuota: quota?.stoves ?? 0)
        }
        guard !townships.isEmpty else { throw GeneratorError("\(directory)/townships.csv lists no township") }
        guard townships.contains(where: { $0.coalQuotaKg > 0 }) else {
            throw GeneratorError("\(directory)/quotas.csv has no coal quota for \(year)")
        }
        let years = data.calendar.coveredYears
        guard years.contains(year), years.contains(year + 1) else {
            throw GeneratorError("\(directory)/calendar.csv must cover \(year) and \(year + 1) (covers \(years))")
        }
        let calendar = WorkCalendar(firstYear: years[0], lastYear: years[years.count - 1]) { day in
            (try? data.calendar.isWorkingDay(day)) ?? !day.isWeekend
        }
        let items = data.catalogue.items.map {
            Item(code: $0.code, name: $0.name, department: $0.department, statutory: $0.statutoryDays,
                 committed: $0.committedDays, immediate: $0.isImmediate, complex: $0.isComplex)
        }
        guard !items.isEmpty else { throw GeneratorError("\(directory)/service_items.csv lists no item") }
        let index = Dictionary(uniqueKeysWithValues: townships.enumerated().map { ($1.name, $0) })
        let entities = data.register.entities.compactMap { e -> Entity? in
            guard let t = index[e.township], let kind = EntityKind(rawValue: e.type.rawValue) else { return nil }
            return Entity(id: e.id, name: e.name, township: t, kind: kind)
        }
        guard !entities.isEmpty else { throw GeneratorError("\(directory)/food_entities.csv lists no entity") }
        return Catalogue(townships: townships, calendar: calendar, items: items, entities: entities, campaignYear: year)
    }
}
