import Foundation

/// A made-up but lifelike CRM snapshot (schema version 1) for trying the site and for
/// benchmarks. Every draw comes from seeded generators and every date from integer
/// arithmetic, so the same options give the same bytes on any machine, locale or time zone.
public struct SampleSnapshot {
    public struct Counts: Sendable, Equatable {
        public var reps, customers, leads, deals, activities: Int
    }

    public let options: SampleOptions
    private let team: SampleTeam
    private let deals: SampleDeals
    private let leads: SampleLeads
    private let targets: [String]
    private let activities: SampleActivities
    private let calendar: SampleCalendar

    public init(options: SampleOptions) throws(InvalidSampleOptions) {
        try options.validate()
        var zone = ZoneCalendar(zone: TimeZone(identifier: SampleCalendar.timezone)!)
        let calendar = SampleCalendar(today: zone.localDay(of: try options.asOfInstant()))
        let team = SampleTeam(repCount: options.repCount, calendar: calendar, seed: options.seed)
        let deals = SampleDeals(team: team, calendar: calendar, seed: options.seed)
        self.options = options
        self.calendar = calendar
        self.team = team
        self.deals = deals
        leads = SampleLeads(team: team, deals: deals, calendar: calendar, seed: options.seed)
        targets = SampleTargets.records(team: team, deals: deals, calendar: calendar, seed: options.seed)
        activities = SampleActivities(
            count: options.activities ?? options.repCount * SampleActivities.activitiesPerRep,
            team: team, deals: deals, calendar: calendar, seed: options.seed)
    }

    public var counts: Counts {
        Counts(reps: team.reps.count, customers: team.customers.count, leads: leads.leads.count, deals: deals.deals.count, activities: activities.count)
    }

    /// The snapshot's JSON, one record a line, handed to `output` in pieces; with
    /// `weeksBefore`, the snapshot as it stood that many weeks earlier (`SampleRewind`).
    public func write<Output: TextOutputStream>(to output: inout Output) {
        let weeksBefore = options.weeksBefore
        let rewind = weeksBefore > 0 ? SampleRewind(weeks: weeksBefore, today: calendar.today) : nil
        let asOf = rewind.map { _ in
            let instant = (try? options.asOfInstant()) ?? Instant(secondsSinceEpoch: 0, offsetSeconds: 0)
            return Instant(secondsSinceEpoch: instant.secondsSinceEpoch - weeksBefore * 7 * 86_400, offsetSeconds: instant.offsetSeconds).rfc3339
        } ?? options.asOf
        output.write("{\n")
        for (key, value) in [
            ("schema_version", String(SnapshotDecoder.schemaVersion)), ("as_of", JSONText.quoted(asOf)),
            ("timezone", JSONText.quoted(SampleCalendar.timezone)), ("currency", JSONText.quoted("VND")),
        ] {
            output.write("  \(JSONText.quoted(key)): \(value),\n")
        }
        Self.writeList("products", to: &output) { add in
            for (index, product) in SampleCatalog.products.enumerated() {
                var members = [("id", JSONText.quoted(SampleCatalog.productID(index))), ("name", JSONText.quoted(product.name))]
                if let line = product.line { members.append(("line", JSONText.quoted(line))) }
                add(JSONText.object(members))
            }
        }
        Self.writeList("reps", to: &output) { add in team.reps.forEach { add($0.json) } }
        Self.writeList("targets", to: &output) { add in targets.forEach(add) }
        Self.writeList("customers", to: &output) { add in
            team.customers.forEach { add($0.json(repID: team.reps[$0.rep].id)) }
        }
        Self.writeList("leads", to: &output) { add in
            let width = max(5, String(leads.leads.count).count)
            for (index, made) in leads.leads.enumerated() {
                guard let lead = rewind.map({ $0.lead(made) }) ?? made else { continue }
                let id = "lead-" + String(index + 1).leftPadded(to: width)
                add(lead.json(id: id, repID: team.reps[lead.rep].id, customerID: lead.customer.map { team.customers[$0].id }))
            }
        }
        Self.writeList("deals", to: &output) { add in
            for (index, made) in deals.deals.enumerated() {
                guard let deal = rewind.map({ $0.deal(made, index: index) }) ?? made else { continue }
                add(deal.json(id: deals.ids[index], repID: team.reps[deal.rep].id, customerID: team.customers[deal.customer].id))
            }
        }
        Self.writeList("activities", to: &output, isLast: true) { add in
            if rewind == nil { activities.forEach(add) }
        }
        output.write("}\n")
    }

    /// The whole snapshot as one text; for files of a few megabytes, such as the shipped sample.
    public var text: String {
        var text = ""
        write(to: &text)
        return text
    }

    private static func writeList<Output: TextOutputStream>(
        _ key: String, to output: inout Output, isLast: Bool = false, _ records: ((String) -> Void) -> Void
    ) {
        output.write("  \(JSONText.quoted(key)): [")
        var isEmpty = true
        records { record in
            output.write((isEmpty ? "\n    " : ",\n    ") + record)
            isEmpty = false
        }
        output.write((isEmpty ? "]" : "\n  ]") + (isLast ? "\n" : ",\n"))
    }
}
