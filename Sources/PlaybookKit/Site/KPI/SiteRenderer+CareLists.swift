/// The six care lists as named, linked rows: each customer links to its row on its rep's
/// page, each deal to the rep's open deals, each task to its customer.
extension SiteRenderer {
    static let careListLimit = 100

    func careLists(_ kpi: KPIContext, _ lists: CareLists, url: SiteURL, showOwner: Bool, keys: [String]? = nil) -> [CareListView] {
        lists.named.filter { keys?.contains($0.key) ?? true }.map { key, ids in
            let shown = ids.prefix(Self.careListLimit)
            return CareListView(
                key: key,
                title: input.strings["care_\(key)"],
                explanation: input.strings["care_\(key)_text"].replacingOccurrences(of: "{days}", with: String(threshold(of: key))),
                count: kpi.numbers.count(ids.count),
                items: shown.compactMap { careItem(kpi, list: key, id: $0, url: url, showOwner: showOwner) },
                more: ids.count > shown.count
                    ? input.strings["care_more"].replacingOccurrences(of: "{count}", with: kpi.numbers.count(ids.count - shown.count))
                    : nil)
        }
    }

    /// The `care:` setting a list's definition uses, as its explanation states it.
    func threshold(of list: String) -> Int {
        let care = input.config.care
        switch list {
        case "repeat_due": return care.repeatWindowDays
        case "neglected": return care.neglectDays
        default: return care.staleDays
        }
    }

    private func careItem(_ kpi: KPIContext, list: String, id: String, url: SiteURL, showOwner: Bool) -> CareItemView? {
        let snapshot = kpi.snapshot
        switch list {
        case "overdue_tasks":
            guard let index = kpi.listedActivities[id] else { return nil }
            let task = snapshot.activities[index]
            let due = (task.due ?? task.date).vietnamese
            var detail = input.strings["care_due"].replacingOccurrences(of: "{date}", with: due)
            if let customer = task.customer { detail += " · " + snapshot.customers[customer].name }
            return CareItemView(
                name: task.subject ?? input.strings["activity_task"],
                href: task.customer.map { customerHref(kpi, $0, url: url) },
                detail: detail, owner: showOwner ? snapshot.reps[task.rep].name : nil,
                ownerHref: showOwner ? url.page(kpi.paths.repPages[task.rep]) : nil)
        case "stale_deals":
            guard let index = kpi.dealIndex[id] else { return nil }
            let deal = snapshot.deals[index]
            var detail = snapshot.customers[deal.customer].name + " · " + kpi.numbers.money(deal.amount)
            if let close = deal.expectedClose {
                detail += " · " + input.strings["care_expected_close"].replacingOccurrences(of: "{date}", with: close.vietnamese)
            }
            return CareItemView(
                name: deal.name, href: url.page(kpi.paths.repPages[deal.rep], fragment: kpi.dealAnchors[index]),
                detail: detail, owner: showOwner ? snapshot.reps[deal.rep].name : nil,
                ownerHref: showOwner ? url.page(kpi.paths.repPages[deal.rep]) : nil)
        default:
            guard let index = kpi.customerIndex[id] else { return nil }
            let customer = snapshot.customers[index]
            return CareItemView(
                name: customer.name, href: customerHref(kpi, index, url: url),
                detail: list == "neglected" ? lastCareText(kpi, index) : purchaseText(kpi, index),
                owner: showOwner ? snapshot.reps[customer.rep].name : nil,
                ownerHref: showOwner ? url.page(kpi.paths.repPages[customer.rep]) : nil)
        }
    }

    func customerHref(_ kpi: KPIContext, _ customer: Int, url: SiteURL) -> String {
        url.page(kpi.paths.repPages[kpi.snapshot.customers[customer].rep], fragment: kpi.customerAnchors[customer])
    }

    /// `Mua gần nhất 02/10/2026 · chu kỳ 30 ngày · hẹn mua lại 01/11/2026`.
    func purchaseText(_ kpi: KPIContext, _ customer: Int) -> String? {
        guard let last = kpi.purchases.lastPurchase(of: customer) else { return nil }
        var parts = [input.strings["care_last_purchase"].replacingOccurrences(of: "{date}", with: last.vietnamese)]
        if let cycle = kpi.purchases.cycle(of: customer, customer: kpi.snapshot.customers[customer]) {
            parts.append(input.strings["care_cycle"].replacingOccurrences(of: "{days}", with: String(cycle)))
            parts.append(input.strings["care_next_purchase"].replacingOccurrences(of: "{date}", with: last.adding(days: cycle).vietnamese))
        }
        return parts.joined(separator: " · ")
    }

    func lastCareText(_ kpi: KPIContext, _ customer: Int) -> String {
        guard let day = kpi.lastCare[customer] else { return input.strings["care_never"] }
        return input.strings["care_last_care"].replacingOccurrences(of: "{date}", with: day.vietnamese)
    }
}
