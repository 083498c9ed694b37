/// Decodes the snapshot's record lists in dependency order (products and reps before what
/// refers to them), resolving every reference to an index as it goes.
struct RecordDecoder {
    typealias SyntaxError = JSONReader.SyntaxError

    var zone: ZoneCalendar
    var products: [Product] = []
    var reps: [Rep] = []
    var customers: [Customer] = []
    var targets: [Target] = []
    var deals: [Deal] = []
    var leads: [Lead] = []
    var activities: [Activity] = []

    /// Ids of each collection. A record with an error keeps its id here (index nil), so a
    /// reference to it is not reported a second time as unknown.
    private var ids: [String: [String: Int?]] = [:]

    init(zone: ZoneCalendar) {
        self.zone = zone
    }

    private static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    mutating func products(_ reader: inout JSONReader, into decoder: inout SnapshotDecoder) throws(SyntaxError) {
        try FieldReader.array(&reader, "products", into: &decoder) { reader, index, offset, decoder throws(SyntaxError) in
            let path = JSONPath(collection: "products", index: index)
            let errors = decoder.problems.count
            var id: String?, name: String?, line: String?
            var idOffset = offset
            let isObject = try FieldReader.object(&reader, path, into: &decoder) { reader, key, decoder throws(SyntaxError) in
                let field = path.appending(key)
                switch key {
                case "id": idOffset = reader.offset; id = try FieldReader.string(&reader, field, into: &decoder)
                case "name": name = try FieldReader.name(&reader, field, into: &decoder)
                case "line": line = try FieldReader.name(&reader, field, into: &decoder)
                default: try reader.skipValue()
                }
            }
            guard isObject else { return }
            require(id, "id", path, offset, since: errors, &decoder)
            require(name, "name", path, offset, since: errors, &decoder)
            let valid = decoder.problems.count == errors
            let record = valid ? Product(id: id!, name: name!, line: line) : nil
            if register(id: id, valid: record != nil, in: "products", path: path, idOffset: idOffset, index: products.count, decoder: &decoder), let record {
                products.append(record)
            }
        }
    }

    mutating func reps(_ reader: inout JSONReader, into decoder: inout SnapshotDecoder) throws(SyntaxError) {
        try FieldReader.array(&reader, "reps", into: &decoder) { reader, index, offset, decoder throws(SyntaxError) in
            let path = JSONPath(collection: "reps", index: index)
            let errors = decoder.problems.count
            var id: String?, name: String?, role: Role?, email: String?, active: Bool?
            var idOffset = offset
            let isObject = try FieldReader.object(&reader, path, into: &decoder) { reader, key, decoder throws(SyntaxError) in
                let field = path.appending(key)
                switch key {
                case "id": idOffset = reader.offset; id = try FieldReader.string(&reader, field, into: &decoder)
                case "name": name = try FieldReader.name(&reader, field, into: &decoder)
                case "role": role = try FieldReader.choice(&reader, field, into: &decoder)
                case "email": email = try FieldReader.string(&reader, field, into: &decoder)
                case "active": active = try FieldReader.bool(&reader, field, into: &decoder)
                default: try reader.skipValue()
                }
            }
            guard isObject else { return }
            require(id, "id", path, offset, since: errors, &decoder)
            require(name, "name", path, offset, since: errors, &decoder)
            require(role, "role", path, offset, since: errors, &decoder)
            let valid = decoder.problems.count == errors
            let record = valid ? Rep(id: id!, name: name!, role: role!, email: email, active: active ?? true) : nil
            if register(id: id, valid: record != nil, in: "reps", path: path, idOffset: idOffset, index: reps.count, decoder: &decoder), let record {
                reps.append(record)
            }
        }
    }

    mutating func customers(_ reader: inout JSONReader, into decoder: inout SnapshotDecoder) throws(SyntaxError) {
        try FieldReader.array(&reader, "customers", into: &decoder) { reader, index, offset, decoder throws(SyntaxError) in
            let path = JSONPath(collection: "customers", index: index)
            let errors = decoder.problems.count
            var id: String?, name: String?, rep: Reference = .absent, segment: String?, region: String?, group: String?
            var careDay: Int?, cycle: Int?
            var idOffset = offset
            let isObject = try FieldReader.object(&reader, path, into: &decoder) { reader, key, decoder throws(SyntaxError) in
                let field = path.appending(key)
                switch key {
                case "id": idOffset = reader.offset; id = try FieldReader.string(&reader, field, into: &decoder)
                case "name": name = try FieldReader.name(&reader, field, into: &decoder)
                case "rep": rep = try reference(&reader, field, to: "reps", into: &decoder)
                case "segment": segment = try FieldReader.name(&reader, field, into: &decoder)
                case "region": region = try FieldReader.name(&reader, field, into: &decoder)
                case "group": group = try FieldReader.name(&reader, field, into: &decoder)
                case "care_day":
                    let dayOffset = reader.offset
                    if let text = try FieldReader.string(&reader, field, into: &decoder) {
                        if let day = Self.weekdays.firstIndex(of: text) {
                            careDay = day + 1
                        } else {
                            decoder.fail(dayOffset, field, "`\(text)` is not one of \(Self.weekdays.joined(separator: ", "))")
                        }
                    }
                case "purchase_cycle_days":
                    cycle = try FieldReader.integer(&reader, field, in: 1...36_500, rule: "a whole number of days from 1", into: &decoder)
                default: try reader.skipValue()
                }
            }
            guard isObject else { return }
            require(id, "id", path, offset, since: errors, &decoder)
            require(name, "name", path, offset, since: errors, &decoder)
            let repIndex = rep.required("rep", path, offset, &decoder)
            let valid = decoder.problems.count == errors && repIndex != nil
            let record = valid ? Customer(
                id: id!, name: name!, rep: repIndex!, segment: segment, region: region, group: group,
                careDay: careDay, purchaseCycleDays: cycle) : nil
            if register(id: id, valid: record != nil, in: "customers", path: path, idOffset: idOffset, index: customers.count, decoder: &decoder), let record {
                customers.append(record)
            }
        }
    }

    mutating func targets(_ reader: inout JSONReader, into decoder: inout SnapshotDecoder) throws(SyntaxError) {
        var seen: Set<TargetKey> = []
        var totalRevenue = MoneyTotal()
        try FieldReader.array(&reader, "targets", into: &decoder) { reader, index, offset, decoder throws(SyntaxError) in
            let path = JSONPath(collection: "targets", index: index)
            let errors = decoder.problems.count
            var rep: Reference = .absent, period: Period?
            var periodOffset = offset
            var amounts: [String: Int] = [:]
            let isObject = try FieldReader.object(&reader, path, into: &decoder) { reader, key, decoder throws(SyntaxError) in
                let field = path.appending(key)
                switch key {
                case "rep": rep = try reference(&reader, field, to: "reps", into: &decoder)
                case "period":
                    periodOffset = reader.offset
                    if let text = try FieldReader.string(&reader, field, into: &decoder) {
                        period = Period(text)
                        if period == nil {
                            decoder.fail(periodOffset, field, "`\(text)` is not a period: write YYYY-MM, YYYY-Qn or YYYY-Www")
                        }
                    }
                case "revenue":
                    let revenueOffset = reader.offset
                    if let value = try FieldReader.integer(&reader, field, in: 0...SnapshotDecoder.largestAmount, rule: "from 0 to 2^53 - 1", into: &decoder) {
                        if totalRevenue.add(value) {
                            amounts[key] = value
                        } else {
                            decoder.fail(revenueOffset, field, MoneyTotal.exceeded(what: "the revenue targets"))
                        }
                    }
                case "new_customers", "meetings", "leads":
                    if let value = try FieldReader.integer(&reader, field, in: 0...Int(Int32.max), rule: "a count from 0", into: &decoder) {
                        amounts[key] = value
                    }
                default: try reader.skipValue()
                }
            }
            guard isObject else { return }
            let repIndex = rep.required("rep", path, offset, &decoder)
            require(period, "period", path, offset, since: errors, &decoder)
            guard decoder.problems.count == errors, let repIndex, let period else { return }
            guard seen.insert(TargetKey(rep: repIndex, period: period)).inserted else {
                decoder.fail(periodOffset, path.appending("period"), "a second target for rep `\(reps[repIndex].id)` and \(period); keep one")
                return
            }
            targets.append(Target(
                rep: repIndex, period: period, revenue: amounts["revenue"], newCustomers: amounts["new_customers"],
                meetings: amounts["meetings"], leads: amounts["leads"]))
        }
    }

    mutating func deals(_ reader: inout JSONReader, into decoder: inout SnapshotDecoder) throws(SyntaxError) {
        var totalAmount = MoneyTotal()
        try FieldReader.array(&reader, "deals", into: &decoder) { reader, index, offset, decoder throws(SyntaxError) in
            let path = JSONPath(collection: "deals", index: index)
            let errors = decoder.problems.count
            var id: String?, rep: Reference = .absent, customer: Reference = .absent, product: Reference = .absent
            var name: String?, stage: String?, amount: Int?, probability: Int?, status: Deal.Status?
            var created: LocalDay?, expectedClose: LocalDay?, closed: LocalDay?
            var closedIsInvalid = false
            var amountOffset = offset
            var idOffset = offset
            let isObject = try FieldReader.object(&reader, path, into: &decoder) { reader, key, decoder throws(SyntaxError) in
                let field = path.appending(key)
                switch key {
                case "id": idOffset = reader.offset; id = try FieldReader.string(&reader, field, into: &decoder)
                case "rep": rep = try reference(&reader, field, to: "reps", into: &decoder)
                case "customer": customer = try reference(&reader, field, to: "customers", into: &decoder)
                case "product": product = try reference(&reader, field, to: "products", into: &decoder)
                case "name": name = try FieldReader.name(&reader, field, into: &decoder)
                case "stage": stage = try FieldReader.name(&reader, field, into: &decoder)
                case "amount":
                    amountOffset = reader.offset
                    amount = try FieldReader.integer(&reader, field, in: 0...SnapshotDecoder.largestAmount, rule: "a whole amount from 0 to 2^53 - 1", into: &decoder)
                case "probability":
                    probability = try FieldReader.integer(&reader, field, in: 0...100, rule: "a whole percent from 0 to 100", into: &decoder)
                case "status": status = try FieldReader.choice(&reader, field, into: &decoder)
                case "created": created = try FieldReader.date(&reader, field, zone: &zone, into: &decoder)
                case "expected_close": expectedClose = try FieldReader.date(&reader, field, zone: &zone, into: &decoder)
                case "closed":
                    let before = decoder.problems.count
                    closed = try FieldReader.date(&reader, field, zone: &zone, into: &decoder)
                    closedIsInvalid = decoder.problems.count > before
                default: try reader.skipValue()
                }
            }
            guard isObject else { return }
            if let amount, !totalAmount.add(amount) {
                decoder.fail(amountOffset, path.appending("amount"), MoneyTotal.exceeded(what: "the deals' amounts"))
            }
            require(id, "id", path, offset, since: errors, &decoder)
            let repIndex = rep.required("rep", path, offset, &decoder)
            let customerIndex = customer.required("customer", path, offset, &decoder)
            let productIndex = product.optional
            require(name, "name", path, offset, since: errors, &decoder)
            require(amount, "amount", path, offset, since: errors, &decoder)
            require(probability, "probability", path, offset, since: errors, &decoder)
            require(status, "status", path, offset, since: errors, &decoder)
            require(created, "created", path, offset, since: errors, &decoder)
            if let status, status != .open, closed == nil, !closedIsInvalid {
                decoder.fail(offset, path.appending("closed"), "required when status is \(status.rawValue): the date the deal was \(status.rawValue)")
            }
            let valid = decoder.problems.count == errors && repIndex != nil && customerIndex != nil && !product.isBroken
            let record = valid ? Deal(
                id: id!, rep: repIndex!, customer: customerIndex!, name: name!, product: productIndex, stage: stage,
                amount: amount!, probability: probability!, status: status!, created: created!,
                expectedClose: expectedClose, closed: status == .open ? nil : closed) : nil
            if register(id: id, valid: record != nil, in: "deals", path: path, idOffset: idOffset, index: deals.count, decoder: &decoder), let record {
                deals.append(record)
            }
        }
    }

    mutating func leads(_ reader: inout JSONReader, into decoder: inout SnapshotDecoder) throws(SyntaxError) {
        try FieldReader.array(&reader, "leads", into: &decoder) { reader, index, offset, decoder throws(SyntaxError) in
            let path = JSONPath(collection: "leads", index: index)
            let errors = decoder.problems.count
            var id: String?, rep: Reference = .absent, customer: Reference = .absent
            var company: String?, source: String?, status: Lead.Status?, created: LocalDay?
            var idOffset = offset
            let isObject = try FieldReader.object(&reader, path, into: &decoder) { reader, key, decoder throws(SyntaxError) in
                let field = path.appending(key)
                switch key {
                case "id": idOffset = reader.offset; id = try FieldReader.string(&reader, field, into: &decoder)
                case "rep": rep = try reference(&reader, field, to: "reps", into: &decoder)
                case "customer": customer = try reference(&reader, field, to: "customers", into: &decoder)
                case "company": company = try FieldReader.name(&reader, field, into: &decoder)
                case "source": source = try FieldReader.name(&reader, field, into: &decoder)
                case "status": status = try FieldReader.choice(&reader, field, into: &decoder)
                case "created": created = try FieldReader.date(&reader, field, zone: &zone, into: &decoder)
                default: try reader.skipValue()
                }
            }
            guard isObject else { return }
            require(id, "id", path, offset, since: errors, &decoder)
            let repIndex = rep.required("rep", path, offset, &decoder)
            require(company, "company", path, offset, since: errors, &decoder)
            require(status, "status", path, offset, since: errors, &decoder)
            require(created, "created", path, offset, since: errors, &decoder)
            let valid = decoder.problems.count == errors && repIndex != nil && !customer.isBroken
            let record = valid ? Lead(
                id: id!, rep: repIndex!, company: company!, customer: customer.optional, source: source,
                status: status!, created: created!) : nil
            if register(id: id, valid: record != nil, in: "leads", path: path, idOffset: idOffset, index: leads.count, decoder: &decoder), let record {
                leads.append(record)
            }
        }
    }

    /// Activities are most of a snapshot: their elements are found first (a fast skip), then
    /// decoded on every core against the finished id tables of the other lists, then
    /// registered in file order, so duplicates and messages come out as a single pass's would.
    mutating func activities(_ reader: inout JSONReader, into decoder: inout SnapshotDecoder) throws(SyntaxError) {
        var offsets: [Int] = []
        let arrayReader = reader
        try FieldReader.array(&reader, "activities", into: &decoder) { reader, _, offset, _ throws(SyntaxError) in
            offsets.append(offset)
            try reader.skipValue()
        }
        let chunkSize = max(Self.activitiesPerChunk, (offsets.count + 1) / 2)
        let chunks = stride(from: 0, to: offsets.count, by: chunkSize).map { $0..<min($0 + chunkSize, offsets.count) }
        let base = self
        let results = chunks.concurrentMap { chunk -> (activities: [DecodedActivity], problems: SnapshotDecoder) in
            var records = base
            var reader = arrayReader
            var problems = SnapshotDecoder(file: decoder.file)
            var decoded: [DecodedActivity] = []
            decoded.reserveCapacity(chunk.count)
            for index in chunk {
                reader.seek(to: offsets[index])
                // The skip above read every element, so no syntax error can be left here.
                guard let activity = try? records.activity(&reader, index: index, offset: offsets[index], into: &problems) else { continue }
                decoded.append(activity)
            }
            return (decoded, problems)
        }
        activities.reserveCapacity(offsets.count)
        for result in results {
            decoder.problems += result.problems.problems
            for activity in result.activities {
                if register(id: activity.id, valid: activity.record != nil, in: "activities", path: activity.path,
                            idOffset: activity.idOffset, index: activities.count, decoder: &decoder),
                   let record = activity.record {
                    activities.append(record)
                }
            }
        }
    }

    /// Below this many activities one core decodes them all; splitting costs more than it saves.
    static let activitiesPerChunk = 20_000

    struct DecodedActivity {
        var record: Activity?
        var id: String?
        var idOffset: Int
        var path: JSONPath
    }

    /// One activity, checked; its id is registered by the caller, in file order.
    mutating func activity(
        _ reader: inout JSONReader, index: Int, offset: Int, into decoder: inout SnapshotDecoder
    ) throws(SyntaxError) -> DecodedActivity? {
        let path = JSONPath(collection: "activities", index: index)
        let errors = decoder.problems.count
        var id: String?, rep: Reference = .absent, customer: Reference = .absent, deal: Reference = .absent
        var kind: Activity.Kind?, date: LocalDay?, due: LocalDay?, done: Bool?, subject: String?
        var idOffset = offset
        let isObject = try FieldReader.object(&reader, path, into: &decoder) { reader, key, decoder throws(SyntaxError) in
            let field = path.appending(key)
            switch key {
            case "id": idOffset = reader.offset; id = try FieldReader.string(&reader, field, into: &decoder)
            case "rep": rep = try reference(&reader, field, to: "reps", into: &decoder)
            case "type": kind = try FieldReader.choice(&reader, field, into: &decoder)
            case "customer": customer = try reference(&reader, field, to: "customers", into: &decoder)
            case "deal": deal = try reference(&reader, field, to: "deals", into: &decoder)
            case "date": date = try FieldReader.date(&reader, field, zone: &zone, into: &decoder)
            case "due": due = try FieldReader.date(&reader, field, zone: &zone, into: &decoder)
            case "done": done = try FieldReader.bool(&reader, field, into: &decoder)
            case "subject": subject = try FieldReader.name(&reader, field, into: &decoder)
            default: try reader.skipValue()
            }
        }
        guard isObject else { return nil }
        require(id, "id", path, offset, since: errors, &decoder)
        let repIndex = rep.required("rep", path, offset, &decoder)
        require(kind, "type", path, offset, since: errors, &decoder)
        require(date, "date", path, offset, since: errors, &decoder)
        require(done, "done", path, offset, since: errors, &decoder)
        let valid = decoder.problems.count == errors && repIndex != nil && !customer.isBroken && !deal.isBroken
        let record = valid ? Activity(
            id: id!, rep: repIndex!, kind: kind!, customer: customer.optional, deal: deal.optional,
            date: date!, due: due, done: done!, subject: subject) : nil
        return DecodedActivity(record: record, id: id, idOffset: idOffset, path: path)
    }

    // MARK: - Shared

    private struct TargetKey: Hashable {
        var rep: Int
        var period: Period
    }

    /// A reference as read: absent, resolved, or broken (already reported, or pointing at a
    /// record that had errors of its own).
    enum Reference {
        case absent
        case resolved(Int)
        case broken

        var optional: Int? {
            if case .resolved(let index) = self { return index }
            return nil
        }

        var isBroken: Bool {
            if case .broken = self { return true }
            return false
        }

        func required(_ key: String, _ path: JSONPath, _ offset: Int, _ decoder: inout SnapshotDecoder) -> Int? {
            if case .absent = self { decoder.fail(offset, path.appending(key), "required") }
            return optional
        }
    }

    private mutating func reference(
        _ reader: inout JSONReader, _ path: JSONPath, to collection: String, into decoder: inout SnapshotDecoder
    ) throws(SyntaxError) -> Reference {
        let offset = reader.offset
        let before = decoder.problems.count
        guard let id = try FieldReader.string(&reader, path, into: &decoder) else {
            return decoder.problems.count > before ? .broken : .absent
        }
        guard let entry = ids[collection]?[id] else {
            decoder.fail(offset, path, "unknown \(collection.dropLast()) `\(id)`; no record of \(collection) has this id")
            return .broken
        }
        return entry.map { .resolved($0) } ?? .broken
    }

    /// Reports a missing key at the record's start, unless its value was reported already
    /// (among the problems found since the record began).
    private func require<Value>(
        _ value: Value?, _ key: String, _ path: JSONPath, _ offset: Int, since errors: Int, _ decoder: inout SnapshotDecoder
    ) {
        guard value == nil else { return }
        let field = path.appending(key).description
        if !decoder.problems[errors...].contains(where: { $0.path.description == field }) {
            decoder.fail(offset, path.appending(key), "required")
        }
    }

    /// Records an id (with the index its record will take, when `valid`); true when the record
    /// should be added. A repeated id is reported at its second occurrence.
    private mutating func register(
        id: String?, valid: Bool, in collection: String, path: JSONPath, idOffset: Int, index: Int,
        decoder: inout SnapshotDecoder
    ) -> Bool {
        guard let id else { return false }
        if ids[collection]?[id] != nil {
            decoder.fail(idOffset, path.appending("id"), "duplicate id `\(id)`; ids must be unique within \(collection)")
            return false
        }
        ids[collection, default: [:]][id] = valid ? index : .some(nil)
        return valid
    }
}
