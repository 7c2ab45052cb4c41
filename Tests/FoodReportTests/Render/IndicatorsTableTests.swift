import Testing
@testable import FoodReport

@Suite struct IndicatorsTableTests {
    let lines = csvLines(IndicatorsTable.render(FoodFixture.result("2018-Q4")))

    @Test func longFormatOneRowPerTownshipAndIndicatorThenTheDistrict() {
        #expect(lines[0] == "镇街,指标,分子,分母,实际值(%),目标值(%),差距(百分点),是否达标")
        // 3 townships + 全区, 10 indicators each, plus the header.
        #expect(lines.count == 1 + 4 * 10)
        #expect(lines[1].hasPrefix("博山镇,检查户次,"))
        #expect(lines[11].hasPrefix("池上镇,检查户次,"))
        #expect(lines[31].hasPrefix("全区,检查户次,"))
    }

    @Test func rowsByKind() {
        // A count: no denominator, no rate, no target.
        #expect(lines[1] == "博山镇,检查户次,4,,,,,无目标")
        // A rate without a target: 3 of 6 entities.
        #expect(lines[2] == "博山镇,检查覆盖率,3,6,50.0,,,无目标")
        // Missed: 1/2 = 50.0 against 95.0 → −45.0.
        #expect(lines[7] == "博山镇,学校食堂B级以上率,1,2,50.0,95.0,-45.0,未达标")
        // Met: 1/1 against 80.0 → +20.0.
        #expect(lines[8] == "博山镇,明厨亮灶率,1,1,100.0,80.0,20.0,达标")
        // No 食品相关产品 results in 池上镇: empty rate and gap, 无数据.
        #expect(lines[14] == "池上镇,食品相关产品抽检合格率,0,0,,94.5,,无数据")
        // District: (1+0+0)/(1+1+1) = 33.3 against 100.0 → −66.7.
        #expect(lines[35] == "全区,不合格核查处置率,1,3,33.3,100.0,-66.7,未达标")
    }
}
