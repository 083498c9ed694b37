import Foundation
import Testing
@testable import PlaybookKit

/// The hand-written trim gives what Foundation's `trimmingCharacters(in: .whitespaces)` gives.
@Suite struct WhitespaceTrimmingTests {
    static let samples = [
        "", " ", "\t \u{00A0}\u{3000}", "Gọi khách", "  Gọi khách\t", "\u{2003}Họp\u{202F}tuần\u{205F}",
        " \u{301}a ", "a\n", "\nb\n", "\u{200B}x\u{200B}", " \r\n ", "\u{1680}đ\u{2000}",
    ]

    @Test(arguments: samples)
    func agreesWithFoundation(text: String) {
        #expect(text.trimmingHorizontalWhitespace() == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func everySpaceSeparatorAndTabIsTrimmedAndNothingElse() {
        for value in 0...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar) + "x" + String(scalar)
            #expect(text.trimmingHorizontalWhitespace() == text.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
        }
    }
}
