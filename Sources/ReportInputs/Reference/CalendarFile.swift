import ReportCore

/// `calendar.csv`: 日期/date, 类型/kind (`休` holiday, `班` make-up workday), 名称/name.
public enum CalendarFile: InputSchema {
    public enum Column: Int, ColumnKey {
        case date, kind, name
        public var spec: ColumnSpec {
            switch self {
            case .date: ColumnSpec("日期", "date", required: true)
            case .kind: ColumnSpec("类型", "kind", required: true)
            case .name: ColumnSpec("名称", "name")
            }
        }
    }

    public static let fileName = "calendar.csv"
    public static let title = "节假日安排"

    static let kinds: ChoiceTable<WorkingDayCalendar.Kind> = [
        "休": .holiday, "假": .holiday, "holiday": .holiday, "off": .holiday,
        "班": .makeUpWorkday, "workday": .makeUpWorkday, "work": .makeUpWorkday,
    ]

    public static func parse(_ fields: FieldReader<Column>, context: Void) throws(RowReject) -> (day: Day, kind: WorkingDayCalendar.Kind) {
        (try fields.requiredDay(.date), try fields.requiredChoice(.kind, kinds))
    }
}
