import Testing
@testable import ReportInputs

@Suite struct ReferenceDataTests {
    @Test func shippedReferenceLoads() throws {
        let reference = try ReferenceData.load(directory: shippedReference)
        #expect(reference.townships.all.map(\.name) == [
            "博山镇", "源泉镇", "石马镇", "开发区域城镇", "开发区八陡镇", "开发区白塔镇", "池上镇", "城东街道", "城西街道", "山头街道",
        ])
        #expect(reference.townships.resolve("域城镇")?.name == "开发区域城镇")
        #expect(reference.townships.resolve(" 八陡 ")?.name == "开发区八陡镇")
        // 附件2: 34000 t and 2000 stoves in all, 城西街道 0.
        let quotas2018 = reference.quotas.filter { $0.year == 2018 }
        #expect(quotas2018.reduce(0) { $0 + $1.coalKilograms } == 34_000_000)
        #expect(quotas2018.reduce(0) { $0 + $1.stoves } == 2000)
        #expect(reference.quota(township: "城西街道", year: 2018)?.coalKilograms == 0)
        #expect(reference.quota(township: "石马镇", year: 2018)?.stoves == 330)
        #expect(reference.calendar.coveredYears == [2017, 2018, 2019])
    }

    @Test func everyProblemOfTheReferenceFolderIsListed() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        folder.write("townships.csv", "镇街,别名,排序\n源泉镇,源泉,1\n源泉镇,,2\n")
        folder.write("quotas.csv", "年度,镇街,清洁煤炭任务(吨),节能炉具任务(台)\n2018,火星镇,1,1\n")
        folder.write("calendar.csv", "日期,类型,名称\n2018-10-01,休,国庆节\n2018-10-02,放假,国庆节\n")
        folder.write("service_items.csv", "事项编码,事项名称,部门,法定时限,承诺时限\nA,甲,部门,20,6\n")
        // food_entities.csv missing
        let error = #expect(throws: ReferenceError.self) { _ = try ReferenceData.load(directory: folder.path) }
        #expect(error?.problems == [
            "townships.csv: 镇街“源泉镇”重复出现",
            "quotas.csv:2: “镇街”列：“火星镇”不在镇街名录中（如是别名，请加入参考数据 townships.csv 的“别名”列）",
            "calendar.csv:3: “类型”列：“放假”不是 holiday/off/work/workday/休/假/班 之一",
            "food_entities.csv: 无法打开文件：在文件夹 \(folder.path)/ 中找不到 food_entities.csv",
        ])
    }

    @Test func aSpellingThatNamesTwoTownshipsIsRefused() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        // 博山镇's alias "源 泉" is 源泉镇's alias once spaces are ignored: a delivery
        // spelled 源泉 could belong to either.
        folder.write("townships.csv", "镇街,别名,排序\n源泉镇,源泉,1\n博山镇,博山|源 泉,2\n")
        folder.write("quotas.csv", "年度,镇街,清洁煤炭任务(吨),节能炉具任务(台)\n2018,源泉镇,1,1\n")
        folder.write("calendar.csv", "日期,类型,名称\n2018-10-01,休,国庆节\n")
        folder.write("service_items.csv", "事项编码,事项名称,部门,法定时限,承诺时限\nA,甲,部门,20,6\n")
        folder.write("food_entities.csv", "主体编号,主体名称,镇街,主体类型\nF1,甲店,源泉镇,餐饮服务\n")
        let error = #expect(throws: ReferenceError.self) { _ = try ReferenceData.load(directory: folder.path) }
        #expect(error?.problems == ["townships.csv: 镇街名称或别名“源泉”重复出现"])
    }
}
