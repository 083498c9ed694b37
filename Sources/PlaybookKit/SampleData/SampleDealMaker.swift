/// Makes one customer's deals of the year from its buying habit; every draw comes from `random`.
struct SampleDealMaker {
    let calendar: SampleCalendar
    var random: SampleRandom

    /// What each tier buys, as indexes into `SampleCatalog.products`: key accounts a call
    /// center, a voicebot or a CRM integration; small shops a virtual switchboard and minutes.
    private static let newSaleProducts: [SampleCustomer.Tier: WeightedChoice<Int>] = [
        .key: WeightedChoice([(1, 30), (2, 20), (4, 25), (5, 15), (3, 10)]),
        .regular: WeightedChoice([(0, 30), (1, 15), (4, 20), (5, 15), (6, 10), (3, 10)]),
        .small: WeightedChoice([(0, 45), (3, 15), (7, 25), (8, 15)]),
    ]
    private static let renewalMillions: [SampleCustomer.Tier: ClosedRange<Int>] = [.key: 30...60, .regular: 10...30, .small: 5...15]
    private static let openStages = WeightedChoice(zip(SampleCatalog.openStages, [15, 25, 25, 20, 15]).map { ($0, $1) })

    mutating func addDeals(of customer: SampleCustomer, index: Int, rep: SampleRep, to deals: inout [SampleDeal]) {
        let lastAllowed = rep.lastDay ?? calendar.today
        switch customer.habit {
        case .repeating(let cycle):
            let (days, joinedThisYear) = purchaseDays(cycle: cycle, lastAllowed: lastAllowed)
            let renewalProduct = random.pick(SampleCatalog.renewalProducts)
            let renewalAmount = random.int(in: Self.renewalMillions[customer.tier]!) * 1_000_000
            for (number, day) in days.enumerated() {
                if number == 0 && joinedThisYear {
                    deals.append(newSale(customer, index, closed: day))
                } else {
                    deals.append(renewal(customer, index, product: renewalProduct, amount: renewalAmount, closed: day))
                }
            }
        case .once:
            deals.append(newSale(customer, index, closed: SampleCalendar.day(from: calendar.firstDay.adding(days: 20), to: lastAllowed, &random)))
        case .prospect:
            if rep.lastDay == nil && random.chance(percent: 40) {
                deals.append(open(customer, index))
            } else {
                deals.append(lost(customer, index, lastAllowed: lastAllowed))
            }
            return
        }
        guard rep.lastDay == nil else { return }
        if random.chance(percent: 12) { deals.append(open(customer, index)) }
        if random.chance(percent: 30) { deals.append(lost(customer, index, lastAllowed: lastAllowed)) }
    }

    /// The days a repeating customer bought on, oldest first, placed so that as of today it
    /// is on track, due again within two weeks, overdue or stopped (the site's care lists),
    /// and whether its first purchase of the year was its very first.
    private mutating func purchaseDays(cycle: Int, lastAllowed: LocalDay) -> ([LocalDay], Bool) {
        let today = calendar.today
        let roll = random.below(100)
        var last: LocalDay
        if roll < 40 {
            last = today.adding(days: 15 - cycle + random.int(in: 0...(cycle - 15)))
        } else if roll < 62 {
            last = today.adding(days: -cycle + random.int(in: 0...14))
        } else if roll < 84 {
            last = today.adding(days: -cycle - random.int(in: 1...(cycle - 1)))
        } else {
            let historyLeft = SampleCalendar.historyDays - 1 - 3 * cycle
            last = today.adding(days: -2 * cycle - random.int(in: 1...max(1, min(60, historyLeft))))
        }
        while last > lastAllowed { last = last.adding(days: -cycle) }
        let joinedThisYear = random.chance(percent: 45)
        let since = joinedThisYear ? SampleCalendar.day(from: calendar.firstDay, to: last.adding(days: -cycle), &random) : calendar.firstDay
        var days = [last]
        var planned = last.adding(days: -cycle)
        while planned >= since {
            days.append(max(calendar.firstDay, planned.adding(days: random.int(in: -3...3))))
            planned = planned.adding(days: -cycle)
        }
        return (days.reversed(), joinedThisYear)
    }

    private mutating func newSale(_ customer: SampleCustomer, _ index: Int, closed: LocalDay) -> SampleDeal {
        let product = random.pick(Self.newSaleProducts[customer.tier]!)
        return won(customer, index, product: product, name: dealName(product, customer), amount: amount(of: product, tier: customer.tier),
                   created: closed.adding(days: -random.int(in: 10...45)), closed: closed)
    }

    private mutating func renewal(_ customer: SampleCustomer, _ index: Int, product: Int, amount: Int, closed: LocalDay) -> SampleDeal {
        won(customer, index, product: product, name: "Gia hạn " + dealName(product, customer), amount: amount, isRenewal: true,
            created: closed.adding(days: -random.int(in: 2...10)), closed: closed)
    }

    private mutating func won(
        _ customer: SampleCustomer, _ index: Int, product: Int, name: String, amount: Int, isRenewal: Bool = false,
        created: LocalDay, closed: LocalDay
    ) -> SampleDeal {
        let closedText = random.chance(percent: 6) ? SampleCalendar.officeTime(on: closed, &random) : closed.description
        return SampleDeal(
            rep: customer.rep, customer: index, product: product, name: name, stage: SampleCatalog.wonStage, amount: amount,
            probability: 100, status: .won, isRenewal: isRenewal, created: max(calendar.firstDay, created), expectedClose: nil, closed: (closed, closedText))
    }

    /// Created in the last three months; expected to close in the coming weeks, or already
    /// past its expected close (a stale deal), or with no date yet.
    private mutating func open(_ customer: SampleCustomer, _ index: Int) -> SampleDeal {
        let today = calendar.today
        let created = SampleCalendar.day(from: max(calendar.firstDay, today.adding(days: -90)), to: today, &random)
        let age = today - created
        let roll = random.below(100)
        let expectedClose: LocalDay?
        if roll >= 65 && roll < 90 && age >= 10 {
            expectedClose = today.adding(days: -random.int(in: 1...min(20, age - 7)))
        } else if roll >= 90 {
            expectedClose = nil
        } else {
            expectedClose = today.adding(days: random.int(in: 1...SampleCalendar.expectedCloseDays))
        }
        let stage = random.pick(Self.openStages)
        let product = random.pick(Self.newSaleProducts[customer.tier]!)
        return SampleDeal(
            rep: customer.rep, customer: index, product: product, name: dealName(product, customer), stage: stage.name,
            amount: amount(of: product, tier: customer.tier), probability: stage.probability, status: .open, isRenewal: false, created: created,
            expectedClose: expectedClose, closed: nil)
    }

    private mutating func lost(_ customer: SampleCustomer, _ index: Int, lastAllowed: LocalDay) -> SampleDeal {
        let created = SampleCalendar.day(from: calendar.firstDay, to: lastAllowed.adding(days: -10), &random)
        let closed = SampleCalendar.day(from: created.adding(days: 5), to: min(created.adding(days: 60), lastAllowed), &random)
        let product = random.pick(Self.newSaleProducts[customer.tier]!)
        return SampleDeal(
            rep: customer.rep, customer: index, product: product, name: dealName(product, customer), stage: SampleCatalog.lostStage,
            amount: amount(of: product, tier: customer.tier), probability: 0, status: .lost, isRenewal: false, created: created,
            expectedClose: nil, closed: (closed, closed.description))
    }

    private func dealName(_ product: Int, _ customer: SampleCustomer) -> String {
        "\(SampleCatalog.products[product].name) – \(customer.brand)"
    }

    /// A round price in the product's range: key accounts buy at its top half, small ones at
    /// its bottom half; above 50 million, prices go in steps of 5 million.
    private mutating func amount(of product: Int, tier: SampleCustomer.Tier) -> Int {
        let range = SampleCatalog.products[product].millions
        let half = (range.upperBound - range.lowerBound) / 2
        let low = range.lowerBound + (tier == .key ? half : tier == .regular ? half / 2 : 0)
        let millions = random.int(in: low...(low + half))
        return (millions > 50 ? millions / 5 * 5 : millions) * 1_000_000
    }
}
