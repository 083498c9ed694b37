struct SampleDeal {
    let rep: Int
    let customer: Int
    let product: Int
    let name: String
    let stage: String
    let amount: Int
    let probability: Int
    let status: Deal.Status
    /// A repeat purchase on the customer's cycle, rather than a sale that had a lead behind it.
    let isRenewal: Bool
    let created: LocalDay
    let expectedClose: LocalDay?
    /// The close date as written: mostly a date, now and then a date-time.
    let closed: (day: LocalDay, text: String)?

    func isOpen(on day: LocalDay) -> Bool {
        created <= day && (closed.map { day <= $0.day } ?? true)
    }

    func json(id: String, repID: String, customerID: String) -> String {
        var members = [
            ("id", JSONText.quoted(id)), ("rep", JSONText.quoted(repID)), ("customer", JSONText.quoted(customerID)),
            ("name", JSONText.quoted(name)), ("product", JSONText.quoted(SampleCatalog.productID(product))),
            ("stage", JSONText.quoted(stage)), ("amount", String(amount)), ("probability", String(probability)),
            ("status", JSONText.quoted(status.rawValue)), ("created", JSONText.quoted(created.description)),
        ]
        if let expectedClose { members.append(("expected_close", JSONText.quoted(expectedClose.description))) }
        if let closed { members.append(("closed", JSONText.quoted(closed.text))) }
        return JSONText.object(members)
    }
}

/// Every customer's deals over the year: repeat purchases on its cycle, one-off sales, open
/// and lost deals; in the order they were created.
struct SampleDeals {
    let deals: [SampleDeal]
    let ids: [String]
    /// Deal indexes by customer index, oldest first.
    let dealsOfCustomer: [[Int]]

    init(team: SampleTeam, calendar: SampleCalendar, seed: UInt64) {
        var maker = SampleDealMaker(calendar: calendar, random: SampleRandom(seed: seed, stream: 2))
        var made: [SampleDeal] = []
        for (index, customer) in team.customers.enumerated() {
            maker.addDeals(of: customer, index: index, rep: team.reps[customer.rep], to: &made)
        }
        let order = made.indices.sorted { (made[$0].created, $0) < (made[$1].created, $1) }
        let deals = order.map { made[$0] }
        var dealsOfCustomer = Array(repeating: [Int](), count: team.customers.count)
        for (index, deal) in deals.enumerated() {
            dealsOfCustomer[deal.customer].append(index)
        }
        self.deals = deals
        ids = deals.indices.map { "deal-" + String($0 + 1).leftPadded(to: max(5, String(deals.count).count)) }
        self.dealsOfCustomer = dealsOfCustomer
    }
}
