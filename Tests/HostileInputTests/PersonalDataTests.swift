import CSVReader
import Foundation
import Testing

/// No personal data in anything a run writes unless `--unmasked` is given: every file
/// under the reports folder (reports, charts, rejects, data_quality.csv, manifest.json,
/// a failed run's `.failed/` folder), the cron log, and what the tool prints, are scanned
/// for every phone number, 户号 and full name of the sample's coal and stove exports.
///
/// The scan looks for the values themselves (11-digit phones and 13-digit 户号 inside any
/// run of digits; names of two or more characters inside any run of Chinese characters),
/// so a masked `张*明` or `138****5678` does not match and an unmasked one anywhere does.
///
/// The food inspectors' names (food_inspections.csv's 检查人员, which no report uses but
/// which a rejects file copies, like every column of a rejected row) are scanned for too:
/// the schema declares the column personal, so rejects files mask it.
@Suite(.serialized) struct PersonalDataTests {
    /// The personal values of the sample: phone numbers, 户号 and names, and the inspectors.
    struct PersonalValues {
        var phones = Set<String>()
        var households = Set<String>()
        var names = Set<String>()
        var inspectors = Set<String>()
    }

    static func sampleValues() throws -> PersonalValues {
        var values = PersonalValues()
        typealias Column = (header: String, keyPath: WritableKeyPath<PersonalValues, Set<String>>)
        let files: [String: [Column]] = [
            "coal_deliveries.csv": [("户号", \.households), ("联系电话", \.phones), ("购买人", \.names), ("配送人", \.names)],
            "stove_installs.csv": [("户号", \.households), ("联系电话", \.phones), ("购买人", \.names), ("安装人", \.names)],
            "food_inspections.csv": [("检查人员", \.inspectors)],
        ]
        for (file, columns) in files {
            var wanted: [(index: Int, keyPath: WritableKeyPath<PersonalValues, Set<String>>)]?
            try CSVReader(path: Tool.repository + "/datasets/sample/" + file).forEachRecord { record in
                guard let wanted else {
                    let header = record.strings
                    wanted = columns.map { (header.firstIndex(of: $0.header)!, $0.keyPath) }
                    return
                }
                for (index, keyPath) in wanted {
                    // 检查人员 lists two names: 李淑珍、郭娟.
                    for part in record.string(index).split(separator: "、") {
                        let text = part.trimmingCharacters(in: .whitespaces)
                        let isName = keyPath == \.names || keyPath == \.inspectors
                        if !text.isEmpty && (!isName || text.count >= 2) { values[keyPath: keyPath].insert(text) }
                    }
                }
            }
        }
        return values
    }

    /// Finds the values in text.
    struct Scanner {
        let digits: [Int: Set<String>]
        /// Names packed as up to three 21-bit scalars.
        let names: Set<UInt64>
        let nameLengths: [Int]
        let nameText: [UInt64: String]

        init(_ values: PersonalValues) {
            var digits: [Int: Set<String>] = [:]
            for value in values.phones.union(values.households) { digits[value.utf8.count, default: []].insert(value) }
            self.digits = digits
            var packed = Set<UInt64>(), text: [UInt64: String] = [:], lengths = Set<Int>()
            for name in values.names.union(values.inspectors) {
                let scalars = Array(name.unicodeScalars)
                precondition(scalars.count <= 3, "a key holds three scalars; the sample has no longer name")
                let key = Self.pack(scalars[...])
                packed.insert(key)
                text[key] = name
                lengths.insert(scalars.count)
            }
            names = packed
            nameText = text
            nameLengths = lengths.sorted()
        }

        static func pack(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
            scalars.reduce(UInt64(scalars.count)) { $0 << 21 | UInt64($1.value) }
        }

        static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
            default: return false
            }
        }

        /// Every value found in `text`.
        func find(in text: String) -> Set<String> {
            var found = Set<String>()
            var run: [UInt8] = []
            func digitRun() {
                defer { run.removeAll(keepingCapacity: true) }
                for (length, values) in digits where run.count >= length {
                    for start in 0...(run.count - length) {
                        let window = String(decoding: run[start..<(start + length)], as: UTF8.self)
                        if values.contains(window) { found.insert(window) }
                    }
                }
            }
            for byte in text.utf8 {
                if byte >= 0x30 && byte <= 0x39 { run.append(byte) } else if !run.isEmpty { digitRun() }
            }
            digitRun()

            var chinese: [Unicode.Scalar] = []
            func chineseRun() {
                defer { chinese.removeAll(keepingCapacity: true) }
                for length in nameLengths where chinese.count >= length {
                    for start in 0...(chinese.count - length) {
                        let key = Self.pack(chinese[start..<(start + length)])
                        if names.contains(key), let name = nameText[key] { found.insert(name) }
                    }
                }
            }
            for scalar in text.unicodeScalars {
                if Self.isChinese(scalar) { chinese.append(scalar) } else if !chinese.isEmpty { chineseRun() }
            }
            chineseRun()
            return found
        }
    }

    /// Buyers whose names are also food inspectors' (the sample's generator draws both
    /// from one list of names).
    static let buyersNamedLikeInspectors: Set<String> = [
        "何宝山", "孙德海", "李家宝", "李淑珍", "杨秀珍", "毕忠良", "王军", "王德海", "范芳", "郭娟", "马桂芳", "高学文",
    ]

    /// Values found in every file under `folder` and in `extra` texts, by file.
    static func leaks(_ scanner: Scanner, folder: String, extra: [String: String] = [:]) -> [String: Set<String>] {
        var texts = extra
        for (path, bytes) in snapshot(folder) { texts[path] = String(decoding: bytes, as: UTF8.self) }
        var leaks: [String: Set<String>] = [:]
        for (path, text) in texts {
            let found = scanner.find(in: text)
            if !found.isEmpty { leaks[path] = found }
        }
        return leaks
    }

    @Test func noRunWritesPersonalDataUnlessUnmasked() throws {
        let values = try Self.sampleValues()
        #expect(values.phones.count == 19_188)
        #expect(values.households.count == 19_192)
        #expect(values.names.count == 3_430)
        #expect(values.names.intersection(values.inspectors) == Self.buyersNamedLikeInspectors)
        let scanner = Scanner(values)

        let scratch = try Scratch(.sample)
        defer { scratch.cleanUp() }
        // 1. The run the README shows, all jobs.
        let run = try scratch.run()
        #expect(run.status == 0, "\(run.stderr)")
        // 2. What cron does on 1 December: 2018-11, with its log line in <out>/cron.log.
        let cron = try Tool.run(Tool.repository + "/cron/monthly-run.sh", [], environment: [
            "TOWNSHIP_REPORTS_TODAY": "2018-12-01", "TOWNSHIP_REPORTS_BIN": Tool.executable,
            "TOWNSHIP_REPORTS_DATA": scratch.data, "TOWNSHIP_REPORTS_REFERENCE": scratch.reference,
            "TOWNSHIP_REPORTS_OUT": scratch.out,
        ])
        #expect(cron.status == 0, "\(cron.stderr)")
        #expect(FileManager.default.fileExists(atPath: scratch.out + "/cron.log"))
        // 3. A run refused for its reject rate: its rejects go to .failed/2018-10/.
        let failed = try scratch.run(["--max-reject-rate", "0"], period: "2018-10")
        #expect(failed.status == 65)
        #expect(FileManager.default.fileExists(atPath: scratch.out + "/.failed/2018-10/rejects/coal_deliveries.csv"))
        #expect(FileManager.default.fileExists(atPath: scratch.out + "/2018-12/rejects/stove_installs.csv"))

        let printed = ["run stdout": run.stdout, "run stderr": run.stderr, "cron stdout": cron.stdout,
                       "cron stderr": cron.stderr, "failed stdout": failed.stdout, "failed stderr": failed.stderr]
        let leaks = Self.leaks(scanner, folder: scratch.out, extra: printed)
        #expect(leaks.isEmpty, "\(leaks.mapValues { $0.sorted().prefix(5) })")

        // The scan does find them when the run is unmasked (so a leak would fail this test).
        let unmasked = try Scratch(.sample)
        defer { unmasked.cleanUp() }
        let open = try unmasked.run(["--unmasked"])
        #expect(open.status == 0, "\(open.stderr)")
        let found = Self.leaks(scanner, folder: unmasked.out + "/2018-12")
        let all = found.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        #expect(!all.isDisjoint(with: values.phones))
        #expect(!all.isDisjoint(with: values.households))
        #expect(!all.isDisjoint(with: values.names))
        #expect(found["coal/anomalies.csv"]?.contains("15736348706") == true)  // the phone shared by 6 households
        #expect(found["rejects/coal_deliveries.csv"] != nil)
        #expect(found["rejects/stove_installs.csv"] != nil)
        let manifest = try String(contentsOfFile: unmasked.out + "/2018-12/manifest.json", encoding: .utf8)
        #expect(manifest.contains("\"unmasked\" : true"))
    }

    /// A row with an unquoted comma in its village has every later field one column to the
    /// right, so masking by column misses: the phone lands under 煤炭品种 and the courier in
    /// the extra column, both unmasked, in `rejects/coal_deliveries.csv`.
    ///
    /// A row with more fields than the header (an unquoted comma): `RejectsFile` masks
    /// every field from the first personal column on, so the shifted phone and courier
    /// name do not leak.
    @Test func shiftedRowIsMaskedInTheRejectsFile() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.append("data/coal_deliveries.csv", bytes: Array(
            "MJ-0002,博山镇,北域城村,二组,3703040101034,李四明,13812345678,洁净型煤,LT-20181201-01,1,820,820.00,淄博鲁泰洁净煤有限公司,崔洪亮,2018-12-28\n".utf8))
        let result = try scratch.run(["--max-reject-rate", "100%"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try csvRows(scratch.out + "/2018-12/rejects/coal_deliveries.csv")
        #expect(rows.count == 2)
        #expect(rows[1][0...4] == ["coal_deliveries.csv", "3", "", "字段数多于表头",
                                   "有 15 个字段，表头只有 14 列（字段中的逗号是否漏加引号？）"])
        let cells = rows[1].joined(separator: "\n")
        #expect(!cells.contains("3703040101034"))
        #expect(!cells.contains("李四明"))
        #expect(!cells.contains("13812345678"))
        #expect(!cells.contains("崔洪亮"))
    }

    /// A row missing a field in the middle: everything after the gap moved left, so the
    /// 户号 sits under 村居 and the courier under 配送企业 — masked all the same.
    @Test func rowMissingAFieldIsMaskedInTheRejectsFile() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try scratch.append("data/coal_deliveries.csv", bytes: Array(
            "MJ-0003,博山镇,3703040101777,李四明,13812345678,洁净型煤,LT-20181201-01,1,820,820.00,淄博鲁泰洁净煤有限公司,赵大刚,2018-12-28\n".utf8))
        let result = try scratch.run(["--max-reject-rate", "100%"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try csvRows(scratch.out + "/2018-12/rejects/coal_deliveries.csv")
        let cells = rows.last!.joined(separator: "\n")
        for secret in ["3703040101777", "李四明", "13812345678", "赵大刚"] {
            #expect(!cells.contains(secret), "\(secret)")
        }
        // The reason no longer quotes the shifted value.
        #expect(rows.last![4] == "该行有 13 个字段，表头 14 列，各列可能错位；原因中的取值已略去")
    }
}
