import Testing
import ReportCore
@testable import FoodReport
@testable import ReportInputs

@Suite struct LatestGradesTests {
    @Test func laterDateWinsWhateverTheFileOrder() {
        var grades = LatestGrades()
        grades.record(.c, entityID: "X", at: DateTime(day: FoodFixture.day("2018-11-05")), sequence: 1)
        grades.record(.a, entityID: "X", at: DateTime(day: FoodFixture.day("2018-10-01")), sequence: 2)   // older, later in file
        #expect(grades.grade(of: "X") == .c)
    }

    @Test func sameDateTheLaterRowInTheFileWins() {
        var grades = LatestGrades()
        grades.record(.a, entityID: "X", at: DateTime(day: FoodFixture.day("2018-11-05")), sequence: 1)
        grades.record(.c, entityID: "X", at: DateTime(day: FoodFixture.day("2018-11-05")), sequence: 2)
        #expect(grades.grade(of: "X") == .c)
        #expect(grades.grade(of: "Y") == nil)
    }

    @Test func sameDateTheLaterTimeWinsWhateverTheFileOrder() {
        // 15:00 grade B, then a row for 09:00 the same day with C: B is the latest grade.
        var grades = LatestGrades()
        let day = FoodFixture.day("2018-12-31")
        grades.record(.b, entityID: "X", at: DateTime(day: day, secondOfDay: 15 * 3600), sequence: 1)
        grades.record(.c, entityID: "X", at: DateTime(day: day, secondOfDay: 9 * 3600), sequence: 2)
        #expect(grades.grade(of: "X") == .b)
    }
}
