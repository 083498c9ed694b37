struct SampleRep {
    let id: String
    let name: String
    let role: Role
    let email: String?
    /// The last day the rep worked; nil for a rep still on the team.
    let lastDay: LocalDay?

    func works(on day: LocalDay) -> Bool {
        lastDay.map { day <= $0 } ?? true
    }

    var json: String {
        var members = [("id", JSONText.quoted(id)), ("name", JSONText.quoted(name)), ("role", JSONText.quoted(role.rawValue))]
        if let email { members.append(("email", JSONText.quoted(email))) }
        if lastDay != nil { members.append(("active", "false")) }
        return JSONText.object(members)
    }
}

struct SampleCustomer {
    enum Tier: Int {
        case key, regular, small
    }

    /// How the customer buys over the year.
    enum Habit {
        case repeating(cycleDays: Int)
        case once
        case prospect
    }

    let id: String
    let name: String
    /// The short name deals are named after.
    let brand: String
    let rep: Int
    let tier: Tier
    let habit: Habit
    let segment: String?
    let region: String?
    let group: String?
    /// 1 = Monday … 5 = Friday.
    let careDay: Int?
    /// The cycle written into the snapshot; a repeating customer without one is left for the
    /// site to infer from its purchase dates.
    let writtenCycleDays: Int?
    /// The last day anyone looks after the customer; nil when it is looked after throughout.
    let lastCared: LocalDay?

    private static let weekdays = ["mon", "tue", "wed", "thu", "fri"]

    func json(repID: String) -> String {
        var members = [("id", JSONText.quoted(id)), ("name", JSONText.quoted(name)), ("rep", JSONText.quoted(repID))]
        if let segment { members.append(("segment", JSONText.quoted(segment))) }
        if let region { members.append(("region", JSONText.quoted(region))) }
        if let group { members.append(("group", JSONText.quoted(group))) }
        if let careDay { members.append(("care_day", JSONText.quoted(Self.weekdays[careDay - 1]))) }
        if let writtenCycleDays { members.append(("purchase_cycle_days", String(writtenCycleDays))) }
        return JSONText.object(members)
    }
}

/// The reps and their customers. Every eighth rep is a BD manager and every eighth, from the
/// eighth on, has left the team; the others are half inbound, half outbound.
struct SampleTeam {
    static let customersPerEightReps = 300

    let reps: [SampleRep]
    let customers: [SampleCustomer]
    /// Customer indexes by rep index.
    let customersOfRep: [[Int]]
    /// The customers of each rep that are looked after to the end (`lastCared` nil).
    let caredCustomersOfRep: [[Int]]

    init(repCount: Int, calendar: SampleCalendar, seed: UInt64) {
        var random = SampleRandom(seed: seed, stream: 1)
        let reps = (0..<repCount).map { Self.rep($0, of: repCount, calendar: calendar, &random) }
        let owners = WeightedChoice(reps.indices.map { index in (index, Self.customerWeight(of: reps[index])) })
        let customerCount = max(1, repCount * Self.customersPerEightReps / 8)
        var customers: [SampleCustomer] = []
        var customersOfRep = Array(repeating: [Int](), count: repCount)
        customers.reserveCapacity(customerCount)
        for number in 0..<customerCount {
            let rep = random.pick(owners)
            let careDay = customersOfRep[rep].count % 5 + 1
            customersOfRep[rep].append(number)
            customers.append(Self.customer(number, of: customerCount, rep: reps[rep], repIndex: rep, careDay: careDay, calendar: calendar, &random))
        }
        self.reps = reps
        self.customers = customers
        self.customersOfRep = customersOfRep
        caredCustomersOfRep = customersOfRep.map { $0.filter { customers[$0].lastCared == nil } }
    }

    private static func rep(_ index: Int, of count: Int, calendar: SampleCalendar, _ random: inout SampleRandom) -> SampleRep {
        let slot = index % 8
        let role: Role = slot == 0 ? .bdManager : slot <= 3 ? .inbound : .outbound
        let hasLeft = slot == 7
        let person = VietnameseNames.person(index)
        return SampleRep(
            id: "rep-" + String(index + 1).leftPadded(to: max(2, String(count).count)),
            name: person.name,
            role: role,
            email: hasLeft ? nil : person.emailName + "@gcalls.example",
            lastDay: hasLeft ? calendar.today.adding(days: -random.int(in: 75...135)) : nil)
    }

    /// Managers keep fewer, larger accounts; a rep who left keeps the few not yet handed over.
    private static func customerWeight(of rep: SampleRep) -> Int {
        if rep.lastDay != nil { return 1 }
        return rep.role == .bdManager ? 2 : 4
    }

    private static let tiers = WeightedChoice([(SampleCustomer.Tier.key, 15), (.regular, 35), (.small, 50)])
    private static let cycles = WeightedChoice([(30, 30), (60, 40), (90, 30)])
    private static let regions = WeightedChoice(VietnameseNames.regions)

    private static func customer(
        _ number: Int, of count: Int, rep: SampleRep, repIndex: Int, careDay: Int, calendar: SampleCalendar,
        _ random: inout SampleRandom
    ) -> SampleCustomer {
        let company = VietnameseNames.company(number)
        let tier = random.pick(tiers)
        let roll = random.below(100)
        let habit: SampleCustomer.Habit = roll < 40 ? .repeating(cycleDays: random.pick(cycles)) : roll < 65 ? .once : .prospect
        var writtenCycle: Int?
        if case .repeating(let days) = habit, random.chance(percent: 75) { writtenCycle = days }
        let lastCareIfNeglected = calendar.today.adding(days: -random.int(in: 31...180))
        return SampleCustomer(
            id: "cus-" + String(number + 1).leftPadded(to: max(4, String(count).count)),
            name: company.name,
            brand: company.brand,
            rep: repIndex,
            tier: tier,
            habit: habit,
            segment: random.chance(percent: 96) ? company.segment : nil,
            region: random.chance(percent: 95) ? random.pick(regions) : nil,
            group: random.chance(percent: 92) ? ["Nhóm A", "Nhóm B", "Nhóm C"][tier.rawValue] : nil,
            careDay: random.chance(percent: 90) ? careDay : nil,
            writtenCycleDays: writtenCycle,
            lastCared: rep.lastDay ?? (random.chance(percent: 8) ? lastCareIfNeglected : nil))
    }
}
