import Testing
@testable import PlaybookKit

/// The byte-wise JSON quoting and white-space compacting give what the scalar-by-scalar
/// versions they replaced gave, on text mixing every character they treat specially with
/// Vietnamese and other scripts.
@Suite struct TextEscapingTests {
    /// The replaced `JSONText.quoted`.
    static func quotedByScalar(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                result += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            default:
                if scalar.value < 0x20 {
                    result += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// The replaced `SearchEntry.compacted`.
    static func compactedByScalar(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Every White_Space scalar, the characters JSON escapes, their UTF-8 neighbours
    /// (U+2027, U+202A, U+1681, U+3001, U+0086), and letters of one to four bytes.
    static let pieces: [String] = [
        " ", "\t", "\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2005}", "\u{200A}",
        "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{2027}", "\u{202A}", "\u{1681}", "\u{3001}", "\u{86}",
        "\"", "\\", "<", ">", "&", "\u{0}", "\u{1F}", "\u{7F}", "a", "Z", "9", "ệ", "Đ", "ư", "ờ", "e\u{301}", "漢", "😀", "🇻🇳",
    ]

    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        return (0..<count).map { _ in (0..<(next() % 40)).map { _ in pieces[next() % pieces.count] }.joined() }
    }

    @Test func quotingByBytesMatchesQuotingByScalar() {
        for text in Self.randomTexts(count: 3_000, seed: 1) + Self.pieces + [""] {
            #expect(JSONText.quoted(text) == Self.quotedByScalar(text), "\(Array(text.unicodeScalars))")
        }
        #expect(JSONText.quoted("a<b>\u{2028}\"") == #""a\u003cb\u003e\u2028\"""#)
    }

    @Test func compactingByBytesMatchesCompactingByScalar() {
        for text in Self.randomTexts(count: 3_000, seed: 2) + Self.pieces + [""] {
            #expect(SearchEntry.compacted(text) == Self.compactedByScalar(text), "\(Array(text.unicodeScalars))")
        }
        #expect(SearchEntry.compacted("  Họp\u{A0}\u{3000}tổng\n\tkết  ") == "Họp tổng kết")
    }
}
