import Foundation

/// Reads and checks a pipeline snapshot. Every problem is reported with its JSON path and
/// line:column, all at once; a syntax error stops the reading (nothing after it can be
/// trusted) but is reported with whatever was found before it.
public struct SnapshotDecoder {
    public static let schemaVersion = 1
    public static let defaultTimezone = "Asia/Ho_Chi_Minh"
    /// The largest integer a browser's JSON keeps exactly.
    public static let largestAmount = 9_007_199_254_740_991

    let file: String
    var problems: [(offset: Int, path: JSONPath, message: String)] = []

    /// Decodes `data`, read from `file` (as messages name it).
    public static func decode(_ data: Data, file: String) -> (Snapshot?, [Diagnostic]) {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var decoder = SnapshotDecoder(file: file)
            let snapshot = decoder.run(bytes)
            var locator = SourceLocator(bytes: bytes)
            let inFileOrder = decoder.problems.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
            let diagnostics = inFileOrder.map(\.element).map { problem in
                Diagnostic.error("\(problem.path): \(problem.message)", in: file, at: locator.position(of: problem.offset))
            }
            return (diagnostics.isEmpty ? snapshot : nil, diagnostics)
        }
    }

    mutating func fail(_ offset: Int, _ path: JSONPath, _ message: String) {
        problems.append((offset, path, message))
    }

    /// Where each top-level key's value starts, from a first pass that checks syntax only.
    private struct Layout {
        var offsets: [String: Int] = [:]
    }

    private mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) -> Snapshot? {
        var reader = JSONReader(bytes: bytes)
        var layout = Layout()
        do {
            guard try reader.peekKind() == .object else {
                fail(reader.offset, JSONPath(collection: "(root)"), "the snapshot must be one JSON object")
                return nil
            }
            try reader.readObject(duplicate: { key, offset in
                self.fail(offset, JSONPath(collection: key), "duplicate key")
            }) { reader, key, offset throws(JSONReader.SyntaxError) in
                layout.offsets[key] = offset
                try reader.skipValue()
            }
            try reader.expectEnd()
        } catch {
            fail(error.offset, JSONPath(collection: "(syntax)"), error.message)
            return nil
        }
        do {
            return try decodeSections(layout: layout, reader: &reader)
        } catch {
            fail(error.offset, JSONPath(collection: "(syntax)"), error.message)
            return nil
        }
    }

    private mutating func decodeSections(layout: Layout, reader: inout JSONReader) throws(JSONReader.SyntaxError) -> Snapshot? {
        func at(_ key: String) -> Int? {
            guard let offset = layout.offsets[key] else { return nil }
            reader.seek(to: offset)
            return offset
        }
        if let offset = at("schema_version") {
            let before = problems.count
            let version = try FieldReader.integer(&reader, JSONPath(collection: "schema_version"), into: &self)
            if let version, version != Self.schemaVersion {
                fail(offset, JSONPath(collection: "schema_version"), "unsupported schema version \(version); this build reads version \(Self.schemaVersion)")
            } else if version == nil, problems.count == before {
                fail(offset, JSONPath(collection: "schema_version"), "required; write \"schema_version\": 1")
            }
        } else {
            fail(0, JSONPath(collection: "schema_version"), "required; add \"schema_version\": 1")
        }

        var timezone = Self.defaultTimezone
        if let offset = at("timezone"), let zone = try FieldReader.string(&reader, JSONPath(collection: "timezone"), into: &self) {
            if TimeZone(identifier: zone) == nil {
                fail(offset, JSONPath(collection: "timezone"), "unknown time zone `\(zone)`; use an IANA name such as Asia/Ho_Chi_Minh")
            } else {
                timezone = zone
            }
        }
        var currency = "VND"
        if let offset = at("currency"), let code = try FieldReader.string(&reader, JSONPath(collection: "currency"), into: &self) {
            if code.count == 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                currency = code
            } else {
                fail(offset, JSONPath(collection: "currency"), "must be an ISO 4217 code such as VND")
            }
        }
        var zone = ZoneCalendar(zone: TimeZone(identifier: timezone)!)
        var asOf: Instant?
        if let offset = at("as_of") {
            let path = JSONPath(collection: "as_of")
            let before = problems.count
            if let text = try FieldReader.string(&reader, path, into: &self) {
                if case .instant(let instant)? = WrittenDate(text) {
                    let day = zone.localDay(of: instant)
                    if day.isInSupportedYears {
                        asOf = instant
                    } else {
                        // The years are the site's: a time late on 31 December at another
                        // offset can be the next year there.
                        let local = text.hasPrefix(day.description) ? "is" : "is \(day) in \(timezone),"
                        fail(offset, path, "`\(text)` \(local) outside the years \(LocalDay.supportedYears.lowerBound)–\(LocalDay.supportedYears.upperBound); check the year")
                    }
                } else {
                    fail(offset, path, "must be an RFC 3339 date-time with an offset, e.g. 2026-11-23T06:00:00+07:00")
                }
            } else if problems.count == before {
                fail(offset, path, "required: when the snapshot was taken, e.g. \"2026-11-23T06:00:00+07:00\"")
            }
        } else {
            fail(0, JSONPath(collection: "as_of"), "required: when the snapshot was taken, e.g. \"2026-11-23T06:00:00+07:00\"")
        }

        var records = RecordDecoder(zone: zone)
        if at("products") != nil { try records.products(&reader, into: &self) }
        if at("reps") != nil { try records.reps(&reader, into: &self) }
        if at("customers") != nil { try records.customers(&reader, into: &self) }
        if at("targets") != nil { try records.targets(&reader, into: &self) }
        if at("deals") != nil { try records.deals(&reader, into: &self) }
        if at("leads") != nil { try records.leads(&reader, into: &self) }
        if at("activities") != nil { try records.activities(&reader, into: &self) }
        zone = records.zone

        guard let asOf, problems.isEmpty else { return nil }
        return Snapshot(
            asOf: asOf, asOfDay: zone.localDay(of: asOf), timezone: timezone, currency: currency,
            products: records.products, reps: records.reps, targets: records.targets,
            customers: records.customers, leads: records.leads, deals: records.deals,
            activities: records.activities)
    }
}
