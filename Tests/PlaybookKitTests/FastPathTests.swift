import Foundation
import Testing
@testable import PlaybookKit

/// Fast paths must agree with the general ways they stand in for.
@Suite struct FastPathTests {
    /// A character outside the table's ranges sends the text the general way.
    static let general: Character = "☃"

    @Test func foldingByTableAgreesWithDecomposing() {
        let scalars = (0x20..<0x300).map { $0 } + (0x1E00...0x1EFF).map { $0 }
        for value in scalars {
            let text = String(Character(Unicode.Scalar(UInt32(value))!))
            #expect(TextFolding.fold(text) + "☃" == TextFolding.fold(text + String(Self.general)), "U+\(String(value, radix: 16))")
        }
        for text in ["Họp tổng kết số liệu quan trọng của tuần", "ĐÀO TẠO Nhân Viên Mới", "Ưu tiên khách hàng cũ"] {
            #expect(TextFolding.fold(text) + "☃" == TextFolding.fold(text + String(Self.general)))
        }
        #expect(TextFolding.slug("Các mốc thời gian cần nhớ") == "cac-moc-thoi-gian-can-nho")
    }

    @Test func escapingByBytesEscapesWhatMustacheEscapes() {
        let escaping = PlaybookHTMLEscaping()
        #expect(escaping.escapeText("Nguyễn Văn A") == "Nguyễn Văn A")
        #expect(escaping.escapeText("<script>alert('x & \"y\"')</script>") == "&lt;script&gt;alert(&#39;x &amp; &quot;y&quot;&#39;)&lt;/script&gt;")
        // One Character for Swift, still a `<` for a browser.
        #expect(escaping.escapeText("<\u{0338}img>") == "&lt;\u{0338}img&gt;")
    }

    @Test func pagesAreConsumedInOrderAndAThrowStopsTheRest() throws {
        let numbers = Array(0..<500)
        var seen: [Int] = []
        try numbers.concurrentForEach({ $0 * 2 }) { number, doubled in
            #expect(doubled == number * 2)
            seen.append(number)
        }
        #expect(seen == numbers)
        struct Stop: Error {}
        var consumed = 0
        #expect(throws: Stop.self) {
            try numbers.concurrentForEach({ $0 }) { number, _ in
                consumed += 1
                if number == 10 { throw Stop() }
            }
        }
        #expect(consumed == 11)
    }
}
