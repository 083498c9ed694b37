import Foundation
import Testing
@testable import PlaybookKit

@Suite struct SnapshotDecoderTests {
    private func decode(_ text: String) -> (Snapshot?, [String]) {
        let (snapshot, diagnostics) = SnapshotDecoder.decode(Data(text.utf8), file: "s.json")
        return (snapshot, diagnostics.map(\.description))
    }

    @Test func fiftyMistakesAreReportedInFullWithPathsAndPositions() throws {
        let url = TestSite.fixturesRoot.appendingPathComponent("snapshots/fifty-errors.json")
        let (snapshot, diagnostics) = SnapshotDecoder.decode(try Data(contentsOf: url), file: "pipeline.json")
        #expect(snapshot == nil)
        let messages = diagnostics.map(\.description)
        #expect(messages.count == 50)
        #expect(diagnostics.map { $0.line ?? 0 } == diagnostics.map { $0.line ?? 0 }.sorted())
        #expect(diagnostics.allSatisfy { $0.line != nil && $0.column != nil })
        for expected in [
            "pipeline.json:2:21: error: schema_version: unsupported schema version 2; this build reads version 1",
            "pipeline.json:3:12: error: as_of: must be an RFC 3339 date-time with an offset, e.g. 2026-11-23T06:00:00+07:00",
            "pipeline.json:8:12: error: products[1].id: duplicate id `p1`; ids must be unique within products",
            "pipeline.json:9:5: error: products[2].name: required",
            "pipeline.json:14:42: error: reps[2].role: `ceo` is not one of inbound, outbound, bd_manager, other",
            "pipeline.json:17:5: error: reps[5]: must be an object",
            "pipeline.json:23:29: error: targets[3].period: a second target for rep `r1` and 2026-12; keep one",
            "pipeline.json:28:46: error: customers[1].rep: unknown rep `r404`; no record of reps has this id",
            "pipeline.json:35:74: error: deals[0].amount: 9007199254740992 is out of range: a whole amount from 0 to 2^53 - 1",
            "pipeline.json:38:5: error: deals[3].closed: required when status is won: the date the deal was won",
            "pipeline.json:44:152: error: deals[9].closed: `2026-11-31` is not a date: write YYYY-MM-DD or an RFC 3339 date-time with an offset",
            "pipeline.json:45:75: error: deals[10].amount: the number does not fit in 64 bits",
            "pipeline.json:47:160: error: deals[12].expected_close: `2026-11-30T10:00:00` is not a date: write YYYY-MM-DD or an RFC 3339 date-time with an offset",
            "pipeline.json:64:83: error: activities[5].done: duplicate key",
            "pipeline.json:65:12: error: activities[6].id: duplicate id `a1`; ids must be unique within activities",
        ] {
            #expect(messages.contains(expected), "missing: \(expected)")
        }
    }

    @Test func syntaxErrorsStopAtTheirPosition() {
        #expect(decode("{\"schema_version\": 1,\n \"as_of\": }").1 == ["s.json:2:11: error: (syntax): expected a value, found `}`"])
        #expect(decode("{\"a\": NaN}").1 == ["s.json:1:7: error: (syntax): NaN and Infinity are not JSON numbers"])
        #expect(decode("[1]").1 == ["s.json:1:1: error: (root): the snapshot must be one JSON object"])
        #expect(decode("{} x").1 == ["s.json:1:4: error: (syntax): unexpected `x` after the end of the JSON value"])
        #expect(decode("").1 == ["s.json:1:1: error: (syntax): unexpected end of the file"])
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(decode("{\"x\": \(deep)}").1 == ["s.json:1:519: error: (syntax): nested more than 512 levels deep"])
    }

    @Test func nullRequiredKeysAndMaskedMistakesAreStillReported() {
        #expect(decode("{\"schema_version\": null, \"as_of\": null}").1 == [
            "s.json:1:20: error: schema_version: required; write \"schema_version\": 1",
            "s.json:1:35: error: as_of: required: when the snapshot was taken, e.g. \"2026-11-23T06:00:00+07:00\"",
        ])
        let head = "{\"schema_version\": 1, \"as_of\": \"2026-11-30T08:00:00+07:00\", \"reps\": [{\"id\": \"r\", \"name\": \"R\", \"role\": \"other\"}],\n"
            + "\"customers\": [{\"id\": \"c\", \"name\": \"C\", \"rep\": \"r\"}],\n\"deals\": [\n"
        let wonWithBadAmountAndNoClose = "{\"id\": \"d\", \"rep\": \"r\", \"customer\": \"c\", \"name\": \"D\", \"amount\": -1, \"probability\": 100, \"status\": \"won\", \"created\": \"2026-11-01\"}"
        let expected = [
            "s.json:4:1: error: deals[0].closed: required when status is won: the date the deal was won",
            "s.json:4:65: error: deals[0].amount: -1 is out of range: a whole amount from 0 to 2^53 - 1",
        ]
        #expect(decode(head + wonWithBadAmountAndNoClose + "]}").1 == expected)
        let big = "{\"id\": \"d%d\", \"rep\": \"r\", \"customer\": \"c\", \"name\": \"D\", \"amount\": 9007199254740991, \"probability\": 0, \"status\": \"open\", \"created\": \"2026-11-01\"}"
        let messages = decode(head + String(format: big, 1) + ",\n" + String(format: big, 2) + "]}").1
        #expect(messages == ["s.json:5:66: error: deals[1].amount: the deals' amounts add up to more than 2^53 - 1 here, so totals could not be exact; check the amounts' unit"])
    }

    /// Past 20,000 activities the list is decoded in chunks on every core: mistakes in both
    /// halves, and a duplicate id across them, come out as one pass would report them.
    @Test func activitiesDecodedInChunksReportLikeOnePass() throws {
        var lines = ["{\"schema_version\": 1, \"as_of\": \"2026-11-30T08:00:00+07:00\",",
                     "\"reps\": [{\"id\": \"r\", \"name\": \"R\", \"role\": \"other\"}],", "\"activities\": ["]
        for index in 0..<45_000 {
            let id = index == 40_000 ? "a10" : "a\(index)"
            let rep = index == 5 || index == 30_000 ? "ghost" : "r"
            let separator = index == 44_999 ? "" : ","
            lines.append("{\"id\": \"\(id)\", \"rep\": \"\(rep)\", \"type\": \"call\", \"date\": \"2026-11-0\(index % 9 + 1)\", \"done\": true}\(separator)")
        }
        lines.append("]}")
        let (snapshot, messages) = decode(lines.joined(separator: "\n"))
        #expect(messages == [
            "s.json:9:21: error: activities[5].rep: unknown rep `ghost`; no record of reps has this id",
            "s.json:30004:25: error: activities[30000].rep: unknown rep `ghost`; no record of reps has this id",
            "s.json:40004:8: error: activities[40000].id: duplicate id `a10`; ids must be unique within activities",
        ])
        #expect(snapshot == nil)
        lines[9 - 1] = lines[9 - 1].replacingOccurrences(of: "ghost", with: "r")
        lines[30_004 - 1] = lines[30_004 - 1].replacingOccurrences(of: "ghost", with: "r")
        lines[40_004 - 1] = lines[40_004 - 1].replacingOccurrences(of: "\"a10\"", with: "\"a40000\"")
        let decoded = try #require(decode(lines.joined(separator: "\n")).0)
        #expect(decoded.activities.map(\.id) == (0..<45_000).map { "a\($0)" })
    }

    @Test func unknownKeysAndNullOptionalsAreAccepted() throws {
        let (snapshot, messages) = decode("""
            {"schema_version": 1, "as_of": "2026-11-30T08:00:00+07:00", "crm": {"name": "HubSpot", "x": [1, 2.5e3, null]},
             "reps": [{"id": "r1", "name": "Lan", "role": "inbound", "email": null, "team_color": "blue"}],
             "customers": [{"id": "c1", "name": "An \\u0050h\\u00e1t", "rep": "r1", "segment": null, "care_day": null}]}
            """)
        #expect(messages.isEmpty)
        let decoded = try #require(snapshot)
        #expect(decoded.timezone == "Asia/Ho_Chi_Minh")
        #expect(decoded.currency == "VND")
        #expect(decoded.customers.first?.name == "An Phát")
        #expect(decoded.asOfDay.description == "2026-11-30")
    }

    /// A year typed wrong (`0202`, `9999`) would make the KPI pages list every week from it to
    /// the as-of date: tens of thousands of periods, gigabytes of memory. Dates after the
    /// as-of date list nothing more, so a placeholder far ahead is fine.
    @Test func yearsOutOfRangeAreReportedAtTheirPath() {
        let (snapshot, messages) = decode("""
            {"schema_version": 1, "as_of": "9999-12-31T23:00:00+07:00",
             "reps": [{"id": "r1", "name": "Lan", "role": "inbound"}],
             "customers": [{"id": "c1", "name": "An", "rep": "r1"}],
             "deals": [{"id": "d1", "name": "D", "customer": "c1", "rep": "r1", "amount": 5, "probability": 50, "status": "open", "created": "0202-11-24", "expected_close": "9999-01-01"}],
             "activities": [{"id": "a1", "rep": "r1", "type": "call", "done": true, "date": "1969-12-31"}]}
            """)
        #expect(snapshot == nil)
        #expect(messages == [
            "s.json:1:32: error: as_of: `9999-12-31T23:00:00+07:00` is outside the years 1970–2099; check the year",
            "s.json:4:130: error: deals[0].created: `0202-11-24` is before 1970; check the year",
            "s.json:5:81: error: activities[0].date: `1969-12-31` is before 1970; check the year",
        ])
        let (accepted, none) = decode("""
            {"schema_version": 1, "as_of": "2099-12-31T23:00:00+07:00",
             "reps": [{"id": "r1", "name": "Lan", "role": "inbound"}],
             "customers": [{"id": "c1", "name": "An", "rep": "r1"}],
             "deals": [{"id": "d1", "name": "D", "customer": "c1", "rep": "r1", "amount": 5, "probability": 50, "status": "open", "created": "1970-01-01", "expected_close": "9999-01-01"}]}
            """)
        #expect(none.isEmpty)
        #expect(accepted?.deals.first?.expectedClose?.description == "9999-01-01")
        let (_, nextYear) = decode("""
            {"schema_version": 1, "as_of": "2099-12-31T23:00:00-05:00", "reps": [], "customers": [], "deals": []}
            """)
        #expect(nextYear == [
            "s.json:1:32: error: as_of: `2099-12-31T23:00:00-05:00` is 2100-01-01 in Asia/Ho_Chi_Minh, outside the years 1970–2099; check the year",
        ])
    }

    /// -2^63 fits in 64 bits: it is out of an amount's range, not too large to read.
    @Test func theMostNegative64BitNumberIsReadAndFoundOutOfRange() {
        let (_, messages) = decode("""
            {"schema_version": 1, "as_of": "2026-11-30T08:00:00+07:00",
             "reps": [{"id": "r1", "name": "Lan", "role": "inbound"}],
             "customers": [{"id": "c1", "name": "An", "rep": "r1"}],
             "deals": [{"id": "d1", "name": "D", "customer": "c1", "rep": "r1", "amount": -9223372036854775808, "probability": -9223372036854775809, "status": "open", "created": "2026-11-01"}]}
            """)
        #expect(messages == [
            "s.json:4:79: error: deals[0].amount: -9223372036854775808 is out of range: a whole amount from 0 to 2^53 - 1",
            "s.json:4:116: error: deals[0].probability: the number does not fit in 64 bits",
        ])
    }
}
