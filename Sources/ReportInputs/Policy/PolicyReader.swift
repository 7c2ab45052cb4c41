/// Builds a `Policy` from a `PolicyDocument`, checking each value's range.
enum PolicyReader {
    static func read(_ d: inout PolicyDocument, source: String) -> Policy? {
        let coal = Policy.Coal(
            campaignStart: d.monthDay("coal.campaign_start"),
            campaignEnd: d.monthDay("coal.campaign_end"),
            subsidyFenPerTon: d.fixed("coal.subsidy.coal_yuan_per_ton", scale: 2, 0...100_000_000),
            subsidyMaxKilogramsPerHousehold: d.fixed("coal.subsidy.coal_max_tons_per_household", scale: 3, 0...1_000_000),
            stoveSubsidyFen: d.fixed("coal.subsidy.stove_yuan_each", scale: 2, 0...100_000_000),
            stoveMaxPerHousehold: d.int("coal.subsidy.stove_max_per_household", 0...100),
            quality: Policy.QualityLimits(
                sulfurMax: d.fixed("coal.quality.sulfur_max_percent", scale: 3, 0...100_000),
                ashMax: d.fixed("coal.quality.ash_max_percent", scale: 3, 0...100_000),
                volatileMax: d.fixed("coal.quality.volatile_max_percent", scale: 3, 0...100_000),
                heatMin: d.fixed("coal.quality.heat_min_mj_per_kg", scale: 3, 0...100_000),
                lantanMoistureMax: d.fixed("coal.quality.lantan_moisture_max_percent", scale: 3, 0...100_000),
                lantanTypes: d.strings("coal.quality.lantan_types")),
            sharedPhoneMinHouseholds: d.int("coal.anomalies.shared_phone_min_households", 2...100_000),
            amountToleranceFen: d.fixed("coal.anomalies.amount_tolerance_yuan", scale: 2, 0...100_000_000),
            weightCoal: d.weight("coal.ranking_weights.coal"),
            weightStove: d.weight("coal.ranking_weights.stove"))
        if coal.weightCoal + coal.weightStove <= 0 { d.problem("coal.ranking_weights 的权重之和必须大于 0") }
        if coal.campaign(year: 2018) == nil { d.problem("coal.campaign_start 必须不晚于 coal.campaign_end") }

        let food = Policy.Food(
            relatedProductsPassRate: d.percent("food.targets.related_products_pass_rate"),
            failureDisposalRate: d.percent("food.targets.failure_disposal_rate"),
            publicationRate: d.percent("food.targets.publication_rate"),
            schoolCanteenGradeBRate: d.percent("food.targets.school_canteen_grade_b_rate"),
            openKitchenRate: d.percent("food.targets.open_kitchen_rate"),
            smallBusinessRegistrationRate: d.percent("food.targets.small_business_registration_rate"),
            smallBusinessCoverageRate: d.percent("food.targets.small_business_coverage_rate"))

        let service = Policy.Service(
            committedMaxPercentOfStatutory: d.int("service.committed_max_percent_of_statutory", 0...100),
            maxSteps: d.int("service.max_steps", 0...100),
            weightItemCompliance: d.weight("service.ranking_weights.item_compliance"),
            weightOnTime: d.weight("service.ranking_weights.on_time"),
            weightOneVisit: d.weight("service.ranking_weights.one_visit"),
            weightOnline: d.weight("service.ranking_weights.online"),
            weightSatisfaction: d.weight("service.ranking_weights.satisfaction"))
        if service.weightItemCompliance + service.weightOnTime + service.weightOneVisit
            + service.weightOnline + service.weightSatisfaction <= 0 {
            d.problem("service.ranking_weights 的权重之和必须大于 0")
        }

        let run = Policy.Run(maxRejectRate: d.percent("run.max_reject_rate_percent"),
                             staleExportDays: d.int("run.stale_export_days", 0...3660),
                             readStallSeconds: d.optionalInt("run.read_stall_seconds", 1...86_400, fallback: 600))
        guard d.problems.isEmpty else { return nil }
        return Policy(coal: coal, food: food, service: service, run: run, values: d.values, source: source)
    }
}
