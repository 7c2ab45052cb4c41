import Testing
@testable import ReportInputs
@testable import ServiceReport

@Suite struct TimeLimitRuleTests {
    let rule = TimeLimitRule(maxPercentOfStatutory: fixturePolicy.service.committedMaxPercentOfStatutory)

    func item(statutory: Int, committed: Int, complex: Bool = false) -> ServiceItem {
        ServiceItem(code: "X", name: "X", department: "X", statutoryDays: statutory, committedDays: committed,
                    isImmediate: false, isComplex: complex)
    }

    @Test func policyDefaultIsThirtyPercent() {
        #expect(rule.maxPercentOfStatutory == 30)
    }

    @Test func exactBoundary() {
        // 6 × 100 = 600 ≤ 20 × 30 = 600: complies.
        #expect(rule.status(of: item(statutory: 20, committed: 6)) == .compliant)
        // 7 × 100 = 700 > 600: does not.
        #expect(rule.status(of: item(statutory: 20, committed: 7)) == .nonCompliant)
        // 3 × 100 = 300 ≤ 10 × 30 = 300; 4 → 400 > 300.
        #expect(rule.status(of: item(statutory: 10, committed: 3)) == .compliant)
        #expect(rule.status(of: item(statutory: 10, committed: 4)) == .nonCompliant)
        // 15 days: 4 × 100 = 400 ≤ 450, 5 × 100 = 500 > 450.
        #expect(rule.status(of: item(statutory: 15, committed: 4)) == .compliant)
        #expect(rule.status(of: item(statutory: 15, committed: 5)) == .nonCompliant)
    }

    @Test func statutoryZeroCompliesOnlyWithCommittedZero() {
        #expect(rule.status(of: item(statutory: 0, committed: 0)) == .compliant)
        #expect(rule.status(of: item(statutory: 0, committed: 1)) == .nonCompliant)
    }

    @Test func complexItemsAreExempt() {
        // 30 of 60 would break the rule (3000 > 1800), but 复杂事项 are exempt.
        #expect(rule.status(of: item(statutory: 60, committed: 30, complex: true)) == .exempt)
        #expect(!TimeLimitStatus.exempt.isAssessed)
        #expect(TimeLimitStatus.nonCompliant.isAssessed)
    }

    @Test func shareComesFromThePolicy() {
        // At 50%: 10 × 100 = 1000 ≤ 20 × 50 = 1000.
        let lenient = TimeLimitRule(maxPercentOfStatutory: 50)
        #expect(lenient.status(of: item(statutory: 20, committed: 10)) == .compliant)
        #expect(lenient.status(of: item(statutory: 20, committed: 11)) == .nonCompliant)
    }

    @Test func catalogueIndexAppliesTheRuleOncePerItem() {
        let index = CatalogueIndex(fixtureReference.catalogue, rule: rule)
        #expect(index.departments == ["甲局", "乙局", "丙局"])
        #expect(index.departmentOfItem == [0, 0, 1, 1, 2])
        #expect(index.status == [.compliant, .nonCompliant, .compliant, .exempt, .exempt])
        #expect(index.position(of: "T-004") == 3)
        #expect(index.position(of: "T-999") == nil)
    }
}
