import OfficeDocuments

/// Notices the tests render: a small one with hostile text, and a realistic 通报.
enum SampleNotice {
    /// The 10 townships of Boshan with a coal ranking: 名次, 镇街, 完成率(%), 得分, 名次变化.
    static let coalRanking = NoticeTable(
        caption: "表1  清洁煤炭推广进度排名",
        columns: ["名次", "镇街", "完成率(%)", "得分", "名次变化"],
        rightAligned: [0, 2, 3],
        rows: [
            ["1", "源泉镇", "98.6", "99.2", "↑2"],
            ["2", "博山镇", "97.3", "98.1", "—"],
            ["3", "池上镇", "95.8", "96.5", "↓2"],
            ["4", "石马镇", "93.1", "94.0", "↑1"],
            ["5", "域城镇", "91.4", "92.7", "↓1"],
            ["6", "白塔镇", "88.9", "90.3", "—"],
            ["7", "八陡镇", "87.5", "89.6", "↑3"],
            ["8", "山头街道", "84.2", "86.1", "—"],
            ["9", "城东街道", "80.7", "83.4", "↓2"],
            ["10", "城西街道", "76.3", "79.8", "↓1"],
        ])

    /// A 通报 as the December 2018 run would draft it.
    static let realistic = OfficialNotice(
        issuer: "博山区人民政府办公室文件",
        documentNumber: "博政办字〔    〕    号",
        signer: "",
        title: "关于2018年12月全区清洁煤炭推广、食品安全和政务服务工作情况的通报",
        recipients: "各镇人民政府、街道办事处，区政府有关部门：",
        body: [
            .paragraph("为深入推进大气污染防治、食品安全监管和“放管服”改革，区政府对2018年12月各镇（街道）清洁煤炭推广、"
                + "食品安全监督抽检和政务服务事项办理情况进行了调度统计。现将有关情况通报如下："),
            .heading1("一、清洁煤炭推广"),
            .paragraph("截至2018年12月31日，全区累计推广清洁煤炭4.86万吨、节能环保炉具1.27万台，完成年度任务的91.3%。"
                + "源泉镇、博山镇、池上镇进度较快，城东街道、城西街道进度相对滞后，个别村居存在台账不全、配送不及时等问题。"),
            .table(coalRanking),
            .heading2("（一）存在的问题"),
            .paragraph("部分镇（街道）对清洁煤炭质量抽检重视不够，抽检批次未达到每月不少于两批的要求；"
                + "少数村居补贴资金公示不规范，群众知晓率不高，需要进一步加强宣传引导和监督检查。"),
            .heading1("二、食品安全"),
            .paragraph("12月份全区共完成食品安全监督抽检1126批次，合格率97.9%，较上月提高0.6个百分点。"
                + "各镇（街道）按期完成日常巡查任务，对抽检不合格食品均已依法处置，未发生较大食品安全事件。"),
            .heading1("三、政务服务"),
            .paragraph("12月份区便民服务中心和各镇（街道）便民服务中心共受理政务服务事项38642件，按时办结率99.2%，"
                + "平均办理时限压缩至法定时限的32.5%。超期办件主要集中在不动产登记和社会保障领域，请相关部门抓紧整改。"),
            .paragraph("请各镇（街道）、各有关部门对照通报情况，认真查找差距，制定整改措施，确保各项工作任务按时完成。"),
        ],
        signature: "博山区人民政府办公室",
        date: "2019年  月  日")

    /// A small notice whose texts carry XML metacharacters, a signer and a tiny table.
    static let hostile = OfficialNotice(
        issuer: "博山区<测试>&办公室文件",
        documentNumber: "博政办字〔    〕    号",
        signer: "签发人：张三",
        title: "关于\"源泉镇<&>\"的通报",
        recipients: "各镇人民政府、街道办事处：",
        body: [
            .heading1("一、<概况>"),
            .heading2("（一）A&B"),
            .paragraph("源泉镇<&>'引号'\t制表\n换行"),
            .table(NoticeTable(caption: "表1  <排名>", columns: ["镇街", "得分"], rightAligned: [1],
                               rows: [["源泉镇<&>", "99.5"], ["博山镇"]])),
        ],
        signature: "博山区人民政府办公室",
        date: "2019年  月  日")
}
