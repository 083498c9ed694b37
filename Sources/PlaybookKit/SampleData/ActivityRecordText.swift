/// The values activities repeat, each quoted once: quoting is most of the work of writing a
/// million records.
struct QuotedActivityValues {
    let reps: [String]
    let customers: [String]
    let deals: [String]
    let kinds: [Activity.Kind: String]
    let subjects: [Activity.Kind: [String]]
    private let firstDay: LocalDay
    private let days: [String]

    init(team: SampleTeam, deals: SampleDeals, from firstDay: LocalDay, through lastDay: LocalDay) {
        reps = team.reps.map { JSONText.quoted($0.id) }
        customers = team.customers.map { JSONText.quoted($0.id) }
        self.deals = deals.ids.map(JSONText.quoted)
        kinds = Dictionary(uniqueKeysWithValues: Activity.Kind.allCases.map { ($0, JSONText.quoted($0.rawValue)) })
        subjects = SampleCatalog.subjects.mapValues { $0.map(JSONText.quoted) }
        self.firstDay = firstDay
        days = (0...(lastDay - firstDay)).map { JSONText.quoted(firstDay.adding(days: $0).description) }
    }

    func day(_ day: LocalDay) -> String {
        days[day - firstDay]
    }
}

/// An activity's JSON in the layout of `JSONText.object`, built by appending members whose
/// keys were quoted once rather than once per record.
struct ActivityRecordText {
    static let id = key("id"), rep = key("rep"), type = key("type"), customer = key("customer"), deal = key("deal")
    static let date = key("date"), due = key("due"), done = key("done"), subject = key("subject")

    private static func key(_ name: String) -> String {
        JSONText.quoted(name) + ": "
    }

    private var text = "{"

    mutating func add(_ key: String, _ value: String) {
        if text.utf8.count > 1 { text += ", " }
        text += key
        text += value
    }

    var closed: String { text + "}" }
}
