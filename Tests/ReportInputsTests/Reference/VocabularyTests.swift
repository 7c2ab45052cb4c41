import Foundation
import Testing
@testable import ReportInputs

@Suite struct VocabularyTests {
    @Test func builtInCopyIsTheShippedFileWordForWord() throws {
        let shipped = try String(contentsOfFile: shippedReference + "/vocabularies.csv", encoding: .utf8)
        #expect(BuiltInVocabulary.text + "\n" == shipped)
        // And the shipped file, read as reference data, gives the built-in entries.
        var entries: [VocabularyEntry] = []
        _ = try InputTable<VocabularyFile>.read(path: shippedReference + "/vocabularies.csv", context: ()) { row, _ in
            entries.append(row)
            return nil
        }
        #expect(entries == BuiltInVocabulary.entries)
        #expect(entries.count == 37)
    }

    @Test func anUnknownChannelIsRejectedNamingTheValueAndTheFileToExtend() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.write("service_tickets.csv", """
            办件编号,受理大厅,事项编码,办理渠道,受理时间,办结时间,办理环节数,跑动次数
            T1,区政务服务中心,SJ-001,微信小程序,2018-09-28 09:00,,3,1
            T2,区政务服务中心,SJ-001,网办,2018-09-28 09:00,,3,1
            T3,区政务服务中心,SJ-001,手机 app,2018-09-28 09:00,,3,1

            """)
        var channels: [ServiceChannel] = []
        let report = try InputTable<ServiceTicketFile>.read(path: path, context: smallContext()) { row, _ in
            channels.append(row.channel)
            return nil
        }
        #expect(report.rejects.map(\.line) == [2])
        #expect(report.rejects[0].reject.column == "办理渠道")
        #expect(report.rejects[0].reject.detail == "“微信小程序”不是“办理渠道”的取值（窗口/网上/自助终端/手机APP）；"
                + "如是同义词，请在参考数据 vocabularies.csv 的“办理渠道”词表中添加")
        // 网办 is a shipped synonym of 网上; `手机 app` folds onto 手机APP and is reported.
        #expect(channels == [.online, .mobileApp])
        #expect(report.accepted["“办理渠道”的写法“手机 app”按“手机APP”读取（忽略空格、全角与大小写）"]?.lines == [4])
    }

    @Test func aSynonymIsAddedAsDataNotCode() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        for name in ["townships.csv", "calendar.csv", "service_items.csv"] {
            try FileManager.default.copyItem(atPath: shippedReference + "/" + name, toPath: folder.path + "/" + name)
        }
        folder.write("vocabularies.csv", "词表,标准值,同义词\n办理渠道,手机APP,微信小程序|爱山东APP\n评价,满意,好评\n")
        let reference = try ReferenceData.load(directory: folder.path, scope: .service)
        let vocabularies = reference.vocabularies
        #expect(vocabularies.channels.value(for: "微信小程序") == .mobileApp)
        #expect(vocabularies.channels.value(for: "爱山东APP") == .mobileApp)
        #expect(vocabularies.channels.value(for: "窗口") == .counter)  // standard values spell themselves
        #expect(vocabularies.ratings.value(for: "好评") == .satisfied)
        #expect(vocabularies.channels.value(for: "网办") == nil)      // the file replaces the built-in synonyms
        #expect(vocabularies.source == folder.path + "/vocabularies.csv")
    }

    @Test func aClosedVocabularyTakesNoNewStandardValueAndAmbiguousSpellingsAreProblems() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanUp() }
        try FileManager.default.copyItem(atPath: shippedReference + "/townships.csv", toPath: folder.path + "/townships.csv")
        folder.write("vocabularies.csv", """
            词表,标准值,同义词
            评价,好评,
            是否,是,有
            是否,否,有
            主体类型,农贸市场,集贸市场

            """)
        let scope = ReferenceScope(files: [], vocabularies: [.rating, .yesNo, .entityType])
        #expect(throws: ReferenceError.self) { try ReferenceData.load(directory: folder.path, scope: scope) }
        do {
            _ = try ReferenceData.load(directory: folder.path, scope: scope)
        } catch {
            #expect(error.problems == [
                "vocabularies.csv:2: “标准值”列：“好评”不是“评价”的标准值（非常满意/满意/基本满意/不满意/非常不满意）；新的写法请作为已有标准值的同义词填写",
                "vocabularies.csv: “是否”中的“有”同时是“是”和“否”的写法",
            ])
        }
        // The same file does not block a run that uses none of those vocabularies: the coal
        // job needs only 煤炭品种 (and an open 主体类型 value is fine for anyone).
        let coal = try ReferenceData.load(directory: folder.path, scope: ReferenceScope(files: [], vocabularies: [.coalType, .entityType]))
        #expect(coal.vocabularies.entityTypes.value(for: "集贸市场") == "农贸市场")
    }

    @Test func foldingFindsWidthCaseAndSpaceVariantsButNotAmbiguousOnes() {
        let table = ChoiceTable(["手机APP": 1, "网上": 2, "A": 3, "a": 4])
        #expect(ChoiceTable<Int>.fold("手机 ａｐｐ") == "手机app")
        #expect(ChoiceTable<Int>.fold("网　上") == "网上")
        // `A` and `a` are two values: their shared fold `a` is left out rather than guessed.
        #expect(table.value(for: "A") == 3)
        let bytes = Array("Ａ".utf8)
        let found = bytes.withUnsafeBufferPointer { table.lookup($0) }
        #expect(found == nil)
        let app = Array("手机 App".utf8).withUnsafeBufferPointer { table.lookup($0) }
        #expect(app?.value == 1 && app?.exact == false)
    }
}
