import Foundation
import Testing
import Yams
@testable import PlaybookKit

/// Values are read with a resolver that resolves no tags, as the default resolver read them.
@Suite struct YAMLValueTests {
    static let values = [
        "true", "True", "TRUE", "tRue", "false", "yes", "Yes", "YES", "yEs", "no", "on", "On", "off", "OFF", "y", "Y", "n",
        "1", "0", "~", "null", "", "\"true\"", "'no'", "!!bool yes", "!!bool \"true\"", "!!bool maybe", "!!str true", "đúng", "12", "-3", "0x1F", "1_000", "+7", "'5'", "1.5",
    ]

    @Test(arguments: values)
    func readsWhatTheDefaultResolverRead(value: String) throws {
        let text = "key: \(value)\n"
        let resolved = try #require(try Yams.compose(yaml: text, .default, .default, .utf8)?.mapping?["key"]?.scalar)
        let plain = try #require(try Yams.compose(yaml: text, .basic, .default, .utf8)?.mapping?["key"]?.scalar)
        #expect(Bool.construct(from: plain) == Bool.construct(from: resolved))
        #expect(Int.construct(from: plain) == Int.construct(from: resolved))
        #expect((NSNull.construct(from: plain) == nil) == (NSNull.construct(from: resolved) == nil))
    }

    /// Plain decimal numbers are read without Yams' radix and underscore handling, to the
    /// same value; every other text is left to Yams.
    @Test(arguments: values + ["-0", "007", "08", "-12", "1:30", "99999999999999999999", "-x", "12a", "٣"])
    func plainDecimalsAreReadAsYamsReadsThem(value: String) throws {
        let scalar = try #require(try Yams.compose(yaml: "key: \(value)\n", .basic, .default, .utf8)?.mapping?["key"]?.scalar)
        if let fast = YAMLReader.plainDecimal(scalar) {
            #expect(fast == Int.construct(from: scalar))
        }
        var reader = YAMLReader(file: "a.md")
        #expect(reader.integer(.scalar(scalar), key: "weight") == Int.construct(from: scalar))
    }

    @Test func frontMatterFlagsAreRead() throws {
        var reader = YAMLReader(file: "a.md")
        let parsed = reader.parseMapping("draft: yes\nglossary: 'true'\n", what: "front matter")
        let pairs = try #require(parsed)
        #expect(reader.bool(pairs[0].value, key: "draft") == true)
        #expect(reader.bool(pairs[1].value, key: "glossary") == nil)
        #expect(reader.diagnostics.map(\.description) == ["a.md:2:11: error: `glossary` must be true or false"])
    }
}
