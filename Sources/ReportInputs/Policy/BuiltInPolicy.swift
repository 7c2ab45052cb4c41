/// The gazette defaults, used when neither `--policy` nor `<reference>/policy.yaml` is
/// given. It is the shipped `datasets/reference/policy.yaml` word for word (a test
/// checks this), so the numbers still live in the policy file, not in code.
public enum BuiltInPolicy {
    /// How manifests and messages name this source.
    public static let source = "built-in (datasets/reference/policy.yaml)"

    /// The built-in policy, parsed exactly as a policy file would be.
    public static func load() throws(PolicyError) -> Policy {
        try PolicyFile.parse(text, source: source)
    }

    public static let text = #"""
# 博山区镇街报表 — 政策参数 (policy values)
#
# Every number the reports apply lives here. The defaults are the values of the 2018
# gazette: 博政办字〔2018〕109号 (coal), 115号 (food safety), 116号 (service halls).
# Percentages are written as percent (94.5 means 94.5%). Edit a copy and pass it with
# `--policy FILE`; the manifest of every run records the values used.

coal:
  # 推广工作于9月份启动，12月底前完成 (109号 四(三)): month-day within the quota year.
  campaign_start: "09-01"
  campaign_end: "12-31"
  subsidy:
    # 市级财政按照居民每户不超过2吨、120元/吨的标准进行补贴 (109号 四(二)1)
    coal_yuan_per_ton: 120
    coal_max_tons_per_household: 2
    # 按居民每户不超过1台，150元/台的标准进行补贴 (109号 四(二)2)
    stove_yuan_each: 150
    stove_max_per_household: 1
  # 民用清洁煤炭质量标准 (109号 三(一)); a batch exactly at a limit passes.
  quality:
    sulfur_max_percent: 0.5        # 全硫 St,d ≤ 0.5%
    ash_max_percent: 16            # 灰分 Ad ≤ 16%
    volatile_max_percent: 12       # 挥发分 Vdaf ≤ 12%
    heat_min_mj_per_kg: 24         # 发热量 Qnet,ar ≥ 24 MJ/kg (5740 大卡)
    lantan_moisture_max_percent: 12   # 兰炭全水分 Mt ≤ 12%
    lantan_types: [兰炭]
  anomalies:
    shared_phone_min_households: 5   # one phone number for this many households or more
    amount_tolerance_yuan: 0.01      # |金额 − 数量 × 单价| above this is flagged
  ranking_weights:
    coal: 0.5
    stove: 0.5

food:
  # 115号 targets, in percent.
  targets:
    related_products_pass_rate: 94.5     # 食品相关产品质量监督抽查合格率 ≥ 94.5% (十)
    failure_disposal_rate: 100           # 不合格（问题）食品核查处置率 100% (十二)
    publication_rate: 100                # 抽检信息公布率 100% (十二)
    school_canteen_grade_b_rate: 95      # 学校食堂量化分级B级以上 95% (八)
    open_kitchen_rate: 80                # 中央厨房、集体用餐配送单位明厨亮灶率 80% (八)
    small_business_registration_rate: 95 # 三小登记备案率 95% (十四)
    small_business_coverage_rate: 95     # 三小监管覆盖率 95% (十四)

service:
  # 承诺时限统一控制在法定时限的30%以内 (116号 三(三)3)
  committed_max_percent_of_statutory: 30
  # 一般项目政务流程不超过3个环节 (116号 三(二)2)
  max_steps: 3
  ranking_weights:
    item_compliance: 1     # 时限达标事项率
    on_time: 1             # 按时办结率
    one_visit: 1           # 一次办好率
    online: 1              # 网办率
    satisfaction: 1        # 满意率

run:
  max_reject_rate_percent: 5   # a file rejecting more rows than this fails the run
  stale_export_days: 7         # an export whose latest date is older than period end minus this is flagged
  read_stall_seconds: 600      # a read of an input with no progress this long stops the run (exit 74)

"""#
}
