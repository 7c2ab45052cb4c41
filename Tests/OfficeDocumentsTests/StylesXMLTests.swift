import Testing
@testable import OfficeDocuments

/// styles.xml read back: each style's fonts, size and paragraph settings.
@Suite struct StylesXMLTests {
    /// What a style sets, with what it inherits from Normal filled in.
    struct Look: Equatable {
        var eastAsia: String?
        var ascii: String?
        var halfPoints: Int?
        var alignment: String?
        var firstLineChars: Int?
        var color: String?
    }

    private static func looks(_ notice: OfficialNotice = SampleNotice.realistic) throws -> [String: Look] {
        let root = try XMLNode.parse(try RenderedPackage.part("word/styles.xml", of: notice))
        var own: [String: (Look, String?)] = [:]
        for style in root.descendants("w:style") {
            let fonts = style.at("w:rPr", "w:rFonts")?.attributes
            let look = Look(
                eastAsia: fonts?["w:eastAsia"], ascii: fonts?["w:ascii"],
                halfPoints: style.at("w:rPr", "w:sz")?.attributes["w:val"].flatMap { Int($0) },
                alignment: style.at("w:pPr", "w:jc")?.attributes["w:val"],
                firstLineChars: style.at("w:pPr", "w:ind")?.attributes["w:firstLineChars"].flatMap { Int($0) },
                color: style.at("w:rPr", "w:color")?.attributes["w:val"])
            own[style.attributes["w:styleId"] ?? ""] = (look, style.child("w:basedOn")?.attributes["w:val"])
        }
        var result: [String: Look] = [:]
        for (id, (look, basedOn)) in own {
            var merged = look
            if let basedOn, let parent = own[basedOn]?.0 {
                merged.eastAsia = merged.eastAsia ?? parent.eastAsia
                merged.ascii = merged.ascii ?? parent.ascii
                merged.halfPoints = merged.halfPoints ?? parent.halfPoints
                merged.alignment = merged.alignment ?? parent.alignment
            }
            result[id] = merged
        }
        return result
    }

    @Test func stylesHaveTheStandardsFontsAndSizes() throws {
        let looks = try Self.looks()
        #expect(looks["Normal"] == Look(eastAsia: "仿宋_GB2312", ascii: "Times New Roman", halfPoints: 32,
                                        alignment: "both"))
        #expect(looks["BodyText"] == Look(eastAsia: "仿宋_GB2312", ascii: "Times New Roman", halfPoints: 32,
                                          alignment: "both", firstLineChars: 200))
        #expect(looks["Title"] == Look(eastAsia: "方正小标宋简体", ascii: "方正小标宋简体", halfPoints: 44,
                                       alignment: "center"))
        #expect(looks["Heading1"] == Look(eastAsia: "黑体", ascii: "Times New Roman", halfPoints: 32,
                                          alignment: "both", firstLineChars: 200))
        #expect(looks["Heading2"] == Look(eastAsia: "楷体_GB2312", ascii: "Times New Roman", halfPoints: 32,
                                          alignment: "both", firstLineChars: 200))
        #expect(looks["Issuer"] == Look(eastAsia: "方正小标宋简体", ascii: "方正小标宋简体", halfPoints: 72,
                                        alignment: "center", color: "FF0000"))
        #expect(looks["TableText"]?.halfPoints == 28)
        #expect(looks["TableText"]?.eastAsia == "仿宋_GB2312")
        #expect(looks["TableCaption"]?.eastAsia == "黑体")
        #expect(looks["TableCaption"]?.alignment == "center")
        #expect(looks["Footer"] == Look(eastAsia: "宋体", ascii: "宋体", halfPoints: 28, alignment: "both"))
    }

    @Test func normalSetsExactLinesAndCondensedCharacters() throws {
        let root = try XMLNode.parse(try RenderedPackage.part("word/styles.xml", of: SampleNotice.realistic))
        let normal = try #require(root.descendants("w:style").first { $0.attributes["w:styleId"] == "Normal" })
        #expect(normal.attributes["w:default"] == "1")
        #expect(normal.at("w:pPr", "w:spacing")?.attributes["w:line"] == "579")
        #expect(normal.at("w:pPr", "w:spacing")?.attributes["w:lineRule"] == "exact")
        #expect(normal.at("w:pPr", "w:snapToGrid")?.attributes["w:val"] == "0")
        #expect(normal.at("w:rPr", "w:spacing")?.attributes["w:val"] == "-6")
        let separator = try #require(root.descendants("w:style").first { $0.attributes["w:styleId"] == "SeparatorLine" })
        #expect(separator.at("w:pPr", "w:pBdr", "w:bottom")?.attributes["w:color"] == "FF0000")
        #expect(separator.at("w:pPr", "w:spacing")?.attributes["w:line"] == "227")
        // Built-in names, so Word's navigation pane and the PDF outline know the headings.
        let names = Dictionary(uniqueKeysWithValues: root.descendants("w:style").map {
            ($0.attributes["w:styleId"] ?? "", $0.child("w:name")?.attributes["w:val"] ?? "")
        })
        #expect(names["Heading1"] == "heading 1" && names["Title"] == "Title" && names["Footer"] == "footer")
    }

    @Test func issuerSizeFollowsItsLength() throws {
        var notice = SampleNotice.realistic
        notice.issuer = "博山区人民政府文件"   // 9 × 42 pt = 378 ≤ 442.25: 初号
        #expect(try Self.looks(notice)["Issuer"]?.halfPoints == 84)
    }
}
