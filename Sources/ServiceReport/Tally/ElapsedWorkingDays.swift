import ReportCore

/// The elapsed working days of a ticket (SPEC §3): the working days after the day of
/// receipt up to and including `end` (the day of completion, or the period's last day for a
/// ticket still open), less the suspended days (特殊环节, 行政许可法 art. 45), never below 0.
///
/// Make-up workdays (班) count, holidays (休) and ordinary weekends do not: a ticket received
/// on Friday 28 September 2018 and completed on Monday 8 October 2018 took 3 working days
/// (Saturday 29 and Sunday 30 September were make-up workdays, 1–7 October the National Day
/// holiday). A ticket finished the day it was received took 0.
public enum ElapsedWorkingDays {
    /// The elapsed working days from `received` through `end`, less `suspendedDays`.
    /// Throws when a day involved lies outside the calendar's years.
    public static func count(received: Day, through end: Day, suspendedDays: Int?,
                             calendar: WorkingDayCalendar) throws(CalendarError) -> Int {
        let working = try calendar.workingDays(after: received, through: end)
        return max(0, working - (suspendedDays ?? 0))
    }
}
