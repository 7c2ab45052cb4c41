import Testing
@testable import FoodReport
@testable import ReportInputs

@Suite struct LatestGradesTests {
    @Test func laterDateWinsWhateverTheFileOrder() {
        var grades = LatestGrades()
        grades.record(.c, entityID: "X", day: FoodFixture.day("2018-11-05"), sequence: 1)
        grades.record(.a, entityID: "X", day: FoodFixture.day("2018-10-01"), sequence: 2)   // older, later in file
        #expect(grades.grade(of: "X") == .c)
    }

    @Test func sameDateTheLaterRowInTheFileWins() {
        var grades = LatestGrades()
        grades.record(.a, entityID: "X", day: FoodFixture.day("2018-11-05"), sequence: 1)
        grades.record(.c, entityID: "X", day: FoodFixture.day("2018-11-05"), sequence: 2)
        #expect(grades.grade(of: "X") == .c)
        #expect(grades.grade(of: "Y") == nil)
    }
}
