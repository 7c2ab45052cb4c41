import Foundation
import Testing
import ReportCore
@testable import ReportInputs

/// A run loads only the reference files its jobs use.
@Suite struct ReferenceScopeTests {
    /// The shipped reference folder without `food_entities.csv` and `quotas.csv`, and with a
    /// broken `food_entities.csv` when asked.
    func folder(brokenRegister: Bool) throws -> TemporaryFolder {
        let folder = TemporaryFolder()
        for name in ["townships.csv", "calendar.csv", "service_items.csv"] {
            try FileManager.default.copyItem(atPath: shippedReference + "/" + name, toPath: folder.path + "/" + name)
        }
        if brokenRegister { folder.write("food_entities.csv", "主体编号,主体名称\nSP1,某店\n") }
        return folder
    }

    @Test func theServiceJobNeedsNoRegisterAndNoQuotas() throws {
        let folder = try folder(brokenRegister: false)
        defer { folder.cleanUp() }
        let reference = try ReferenceData.load(directory: folder.path, scope: .service)
        #expect(reference.catalogue.items.count == 78)
        #expect(reference.register.entities.isEmpty && reference.quotas.isEmpty)
        #expect(reference.files.map(\.file) == ["townships.csv", "calendar.csv", "service_items.csv"])
        // Everything (what validate checks) fails: two files are missing.
        #expect(throws: ReferenceError.self) { try ReferenceData.load(directory: folder.path) }
    }

    @Test func aBrokenFileBlocksOnlyTheJobsThatUseIt() throws {
        let folder = try folder(brokenRegister: true)
        defer { folder.cleanUp() }
        _ = try ReferenceData.load(directory: folder.path, scope: .service)
        do {
            _ = try ReferenceData.load(directory: folder.path, scope: .food)
            Issue.record("the food job must refuse a register without its required columns")
        } catch {
            #expect(error.problems == ["food_entities.csv:1: 缺少必需的列：镇街/township、主体类型/entity_type"])
        }
    }

    @Test func theCoalJobRunsWithoutCalendarOrCatalogue() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        for name in ["townships.csv", "quotas.csv"] {
            try FileManager.default.copyItem(atPath: shippedReference + "/" + name, toPath: folder.path + "/" + name)
        }
        let reference = try ReferenceData.load(directory: folder.path, scope: .coal)
        #expect(reference.quotas.count == 10)
        #expect(reference.calendar.coveredYears.isEmpty)
        #expect(!reference.calendar.covers(Day(year: 2018, month: 10, day: 8)!))
    }
}

@Suite struct OpenEntityTypeTests {
    @Test func aTypeOutsideTheGroupsIsAValidEntityInNoGroup() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.write("food_entities.csv", """
            主体编号,主体名称,镇街,主体类型,登记备案,明厨亮灶
            SP1,博山农贸市场,源泉镇,农贸市场,是,否
            SP2,源泉小吃,源泉,小餐饮店,√,否
            SP3,某超市,源泉镇,商超,Y,N
            SP4,某学校,源泉镇,学校食堂,是,否

            """)
        let townships = smallContext().reference.townships
        var entities: [FoodEntity] = []
        let report = try InputTable<FoodEntityFile>.read(path: path, context: (townships, Vocabularies.builtIn)) { row, _ in
            entities.append(row)
            return nil
        }
        #expect(entities.map(\.type) == [.other, .other, .schoolCanteen])
        #expect(entities.map(\.typeName) == ["农贸市场", "商超", "学校食堂"])
        // `√` is no shipped 是否 spelling: the row is rejected, naming the vocabulary to extend.
        #expect(report.rejects.map(\.line) == [3])
        #expect(report.rejects[0].reject.detail.hasSuffix("请在参考数据 vocabularies.csv 的“是否”词表中添加"))
        #expect(entities.count == 3)
        #expect(report.accepted["主体类型“农贸市场”不属于任何考核分组（计入检查户次与覆盖率，不计入分组指标）"]?.lines == [2])
        #expect(report.accepted["主体类型“商超”不属于任何考核分组（计入检查户次与覆盖率，不计入分组指标）"]?.count == 1)
    }
}
