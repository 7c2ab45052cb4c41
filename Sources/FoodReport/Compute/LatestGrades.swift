import ReportCore
import ReportInputs

/// The latest 量化等级 of each school canteen as rows stream in: latest by inspection
/// date and time (when the export gives one), and among rows of the same moment the one
/// later in the file. A later downgrade therefore replaces an earlier good grade.
struct LatestGrades: Sendable {
    private struct Entry: Sendable {
        let at: DateTime
        let sequence: Int
        let grade: HygieneGrade
    }

    private var entries: [String: Entry] = [:]

    /// Records `grade` given to `entityID` at `at`; `sequence` is the row's position in
    /// the file (rows arrive in file order, so a later row of the same moment wins).
    mutating func record(_ grade: HygieneGrade, entityID: String, at: DateTime, sequence: Int) {
        if let current = entries[entityID], (current.at, current.sequence) > (at, sequence) { return }
        entries[entityID] = Entry(at: at, sequence: sequence, grade: grade)
    }

    /// The latest grade of `entityID`, nil when it was never graded.
    func grade(of entityID: String) -> HygieneGrade? {
        entries[entityID]?.grade
    }
}
