/// Collects the records an import maps, resolving owners, companies and deals as it goes,
/// and writes them as a snapshot. Records keep the order of their files and rows.
struct SnapshotAssembler {
    let mapping: ImportMapping
    private(set) var problems: [ImportProblem] = []
    private var owners = RecordIndex()
    private var customers = RecordIndex()
    private var deals = RecordIndex()
    private var leadIDs: Set<String> = []
    private var activityIDs: Set<String> = []
    private var targetKeys: Set<String> = []
    private var lists: [String: [String]] = [:]
    private var rowsRead = 0
    private var imported = 0
    private var leftOut = 0
    private var skippedByReason: [String: Int] = [:]

    init(mapping: ImportMapping) {
        self.mapping = mapping
        for rep in mapping.reps {
            owners.add(id: rep.id, names: [rep.name] + rep.owners + (rep.email.map { [$0] } ?? []))
        }
    }

    var summary: ImportSummary {
        let skipped = skippedByReason.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ImportSummary.Skipped(reason: $0.key, rows: $0.value) }
        return ImportSummary(rowsRead: rowsRead, imported: imported, leftOut: leftOut, skipped: skipped)
    }

    mutating func add(_ table: CSVTable, export: ExportMapping, layout: ColumnLayout) {
        for row in table.rows {
            rowsRead += 1
            var reader = ImportRow(table: table, row: row, export: export, layout: layout, mapping: mapping)
            let record: (list: String, members: [(String, String)])?
            switch export.kind {
            case .companies: record = company(&reader)
            case .contacts: record = lead(&reader)
            case .deals: record = deal(&reader)
            case .targets: record = target(&reader)
            case .activities(let kind): record = activity(kind, &reader)
            }
            if reader.isLeftOut {
                leftOut += 1
            } else if let first = reader.problems.first {
                problems += reader.problems
                skippedByReason[first.reason, default: 0] += 1
            } else if let record {
                lists[record.list, default: []].append(JSONText.object(record.members))
                imported += 1
            }
        }
    }

    func snapshotJSON(asOf: Instant) -> String {
        let reps = mapping.reps.map { rep in
            JSONText.object([("id", JSONText.quoted(rep.id)), ("name", JSONText.quoted(rep.name)), ("role", JSONText.quoted(rep.role))]
                + (rep.email.map { [("email", JSONText.quoted($0))] } ?? []) + (rep.active ? [] : [("active", "false")]))
        }
        func list(_ items: [String]) -> String {
            items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]"
        }
        let members: [(String, String)] = [
            ("schema_version", String(SnapshotDecoder.schemaVersion)),
            ("as_of", JSONText.quoted(asOf.rfc3339)),
            ("timezone", JSONText.quoted(mapping.timezone)),
            ("currency", JSONText.quoted(mapping.currency)),
            ("reps", list(reps)),
        ] + ["targets", "customers", "leads", "deals", "activities"].map { ($0, list(lists[$0] ?? [])) }
        return "{\n" + members.map { "  " + JSONText.quoted($0.0) + ": " + $0.1 }.joined(separator: ",\n") + "\n}\n"
    }

    // MARK: - Records

    private mutating func company(_ row: inout ImportRow) -> (String, [(String, String)])? {
        let id = uniqueID(&row, among: customers.contains)
        let name = row.text("name", required: true)
        let rep = row.reference("rep", in: owners, what: "rep", required: true)
        var members = [("id", id), ("name", name), ("rep", rep)].compactMap(quoted)
        for field in ["segment", "region", "group"] {
            if let value = row.text(field, required: false) { members.append((field, JSONText.quoted(value))) }
        }
        if let day = row.text("care_day", required: false) {
            if ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].contains(day) {
                members.append(("care_day", JSONText.quoted(day)))
            } else {
                row.fail("care_day", at: row.cell("care_day"), "`\(day)` is not a weekday (mon … sun); map the CRM's words in `values.care_day`", reason: "bad care day")
            }
        }
        if let cycle = row.integer("purchase_cycle_days", in: 1...36_500) {
            members.append(("purchase_cycle_days", String(cycle)))
        }
        guard let id, let name, row.problems.isEmpty else { return nil }
        customers.add(id: id, names: [name])
        return ("customers", members)
    }

    private mutating func lead(_ row: inout ImportRow) -> (String, [(String, String)])? {
        let id = uniqueID(&row, among: leadIDs.contains)
        let rep = row.reference("rep", in: owners, what: "rep", required: true)
        let company = row.text("company", required: true)
        let status = row.text("status", required: true)
        if let status, Lead.Status(rawValue: status) == nil {
            row.fail("status", at: row.cell("status"), "`\(status)` is not a lead status (new, warm, cold, qualified, converted, lost); map it in `values.status`", reason: "unknown status value")
        }
        let created = row.date("created", required: true)
        let customer = row.cell("customer") != nil ? row.reference("customer", in: customers, what: "company", required: false) : company.flatMap { name in
            if case .found(let id) = customers.resolve(name) { return id } else { return nil }
        }
        let source = row.text("source", required: false)
        guard let id, row.problems.isEmpty, !row.isLeftOut else { return nil }
        leadIDs.insert(id)
        return ("leads", [("id", id), ("rep", rep), ("company", company), ("customer", customer), ("source", source), ("status", status)].compactMap(quoted)
            + [("created", JSONText.quoted(created?.snapshotText ?? ""))])
    }

    private mutating func deal(_ row: inout ImportRow) -> (String, [(String, String)])? {
        let id = uniqueID(&row, among: deals.contains)
        let name = row.text("name", required: true)
        let rep = row.reference("rep", in: owners, what: "rep", required: true)
        let customer = row.reference("customer", in: customers, what: "company", required: true)
        let stageName = row.text("stage", required: true)
        var stage: ExportMapping.Stage?
        if let stageName {
            stage = row.export.stages[ImportMapping.folded(stageName)]
            if stage == nil {
                row.fail("stage", at: row.cell("stage"), "`\(stageName)` is not a stage the mapping knows; add it under `stages`", reason: "unknown deal stage")
            }
        }
        let amount = row.amount("amount", required: true)
        let created = row.date("created", required: true)
        let close = row.date("close", required: false)
        if let stage, stage.status != .open, close == nil, row.cell("close") == nil {
            row.fail("close", at: nil, "a \(stage.status.rawValue) deal needs its close date", reason: "missing close")
        }
        guard let id, let stage, let amount, let created, row.problems.isEmpty, !row.isLeftOut else { return nil }
        deals.add(id: id, names: [name ?? ""])
        var members = [("id", id), ("rep", rep), ("customer", customer), ("name", name), ("stage", stageName)].compactMap(quoted)
        members += [("amount", String(amount)), ("probability", String(stage.probability)), ("status", JSONText.quoted(stage.status.rawValue)),
                    ("created", JSONText.quoted(created.snapshotText))]
        if let close { members.append((stage.status == .open ? "expected_close" : "closed", JSONText.quoted(close.snapshotText))) }
        return ("deals", members)
    }

    private mutating func target(_ row: inout ImportRow) -> (String, [(String, String)])? {
        let rep = row.reference("rep", in: owners, what: "rep", required: true)
        let period = row.text("period", required: true)
        if let period, Period(period) == nil {
            row.fail("period", at: row.cell("period"), "`\(period)` is not a period (2026-11, 2026-Q4 or 2026-W48)", reason: "bad period")
        }
        let revenue = row.amount("revenue", required: false)
        let counts = ["new_customers", "meetings", "leads"].map { ($0, row.integer($0, in: 0...2_147_483_647)) }
        guard let rep, let period, row.problems.isEmpty, !row.isLeftOut else { return nil }
        guard targetKeys.insert(rep + "\u{0}" + period).inserted else {
            row.fail("period", at: row.cell("period"), "a second target for \(rep) in \(period)", reason: "duplicate target")
            return nil
        }
        return ("targets", [("rep", JSONText.quoted(rep)), ("period", JSONText.quoted(period))]
            + ([("revenue", revenue)] + counts).compactMap { field, value in value.map { (field, String($0)) } })
    }

    private mutating func activity(_ kind: Activity.Kind, _ row: inout ImportRow) -> (String, [(String, String)])? {
        let id = uniqueID(&row, among: activityIDs.contains)
        let rep = row.reference("rep", in: owners, what: "rep", required: true)
        let date = row.date("date", required: true)
        let due = row.date("due", required: false)
        let customer = row.reference("customer", in: customers, what: "company", required: false)
        let deal = row.reference("deal", in: deals, what: "deal", required: false)
        let doneText = row.text("done", required: false) ?? "true"
        let done = ["true": true, "false": false][doneText]
        if done == nil {
            row.fail("done", at: row.cell("done"), "`\(doneText)` is neither true nor false; map the CRM's words in `values.done`", reason: "unknown done value")
        }
        let subject = row.text("subject", required: false)
        guard let id, let date, let done, row.problems.isEmpty, !row.isLeftOut else { return nil }
        activityIDs.insert(id)
        var members = [("id", id), ("rep", rep), ("type", kind.rawValue), ("customer", customer), ("deal", deal)].compactMap(quoted)
        members.append(("date", JSONText.quoted(date.snapshotText)))
        if let due { members.append(("due", JSONText.quoted(due.snapshotText))) }
        members.append(("done", done ? "true" : "false"))
        if let subject { members.append(("subject", JSONText.quoted(subject))) }
        return ("activities", members)
    }

    /// The row's `id`, a problem when an earlier row of the same list took it.
    private func uniqueID(_ row: inout ImportRow, among taken: (String) -> Bool) -> String? {
        guard let id = row.text("id", required: true) else { return nil }
        if taken(id) {
            row.fail("id", at: row.cell("id"), "`\(id)` is the id of an earlier row; each record is exported once", reason: "duplicate id")
            return nil
        }
        return id
    }

    private func quoted(_ member: (String, String?)) -> (String, String)? {
        member.1.map { (member.0, JSONText.quoted($0)) }
    }
}
