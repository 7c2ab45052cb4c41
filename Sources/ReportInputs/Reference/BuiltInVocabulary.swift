/// The vocabularies used when the reference folder has no `vocabularies.csv`. It is the
/// shipped `datasets/reference/vocabularies.csv` word for word (a test checks this), so
/// the spellings still live in reference data, not in code.
public enum BuiltInVocabulary {
    /// How manifests and messages name this source.
    public static let source = "built-in (datasets/reference/vocabularies.csv)"

    public static let text = #"""
词表,标准值,同义词
主体类型,食品生产企业,食品生产者
主体类型,食品相关产品生产企业,食品相关产品生产|食品相关产品
主体类型,食品销售者,食品经营者|食品销售
主体类型,餐饮服务单位,餐饮服务|餐饮服务提供者
主体类型,学校食堂,学校（含托幼机构）食堂|学校及托幼机构食堂
主体类型,中央厨房,
主体类型,集体用餐配送单位,集体用餐配送
主体类型,食品小作坊,小作坊
主体类型,小餐饮,小餐饮店
主体类型,食品摊点,食品摊贩|摊点
检查方式,日常检查,日常监督检查
检查方式,飞行检查,
检查方式,体系检查,
检查方式,监督抽检,抽检|监督抽查
检查方式,快速检测,快检
抽检结果,合格,
抽检结果,不合格,
处置状态,已处置,处置完毕|已完成处置
处置状态,处置中,正在处置
处置状态,未处置,
量化等级,A,A级|优秀
量化等级,B,B级|良好
量化等级,C,C级|一般
办理渠道,窗口,窗口办理|现场窗口
办理渠道,网上,网上办理|网办|网上办事大厅
办理渠道,自助终端,自助机|自助服务终端
办理渠道,手机APP,手机App|移动端APP
评价,非常满意,
评价,满意,
评价,基本满意,
评价,不满意,
评价,非常不满意,
煤炭品种,兰炭,
煤炭品种,无烟块煤,
煤炭品种,洁净型煤,
是否,是,Y|yes|true|1
是否,否,N|no|false|0
"""#
}
