import Testing
@testable import PlaybookKit

@Suite struct TextFoldingTests {
    @Test(arguments: [
        ("Các mốc thời gian cần nhớ", "cac-moc-thoi-gian-can-nho"),
        ("Đội ngũ đường dài", "doi-ngu-duong-dai"),
        ("Họp tổng kết quý", "hop-tong-ket-quy"),
        ("BD Manager", "bd-manager"),
        ("  Sáng thứ 2:  kiểm tra -- tuần trước!  ", "sang-thu-2-kiem-tra-tuan-truoc"),
        ("30% thời gian", "30-thoi-gian"),
        ("Chuyên viên tư vấn doanh nghiệp (Inbound sales)", "chuyen-vien-tu-van-doanh-nghiep-inbound-sales"),
        ("../../x", "x"),
        ("日本語", ""),
    ])
    func slugsFoldVietnameseToASCII(title: String, slug: String) {
        #expect(TextFolding.slug(title) == slug)
    }

    @Test func decomposedAndComposedInputFoldTheSame() {
        let composed = "Họp tổng kết"
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(Array(composed.unicodeScalars) != Array(decomposed.unicodeScalars))
        #expect(TextFolding.slug(decomposed) == TextFolding.slug(composed))
        #expect(TextFolding.fold(decomposed) == "hop tong ket")
    }

    /// The table the fast path folds from, made in one decomposition, holds for every letter
    /// what decomposing that letter alone gives.
    @Test func everyLetterOfTheTableFoldsAsOnItsOwn() {
        for value in Array(0..<0x300) + Array(0x1E00...0x1EFF) {
            let letter = String(Character(Unicode.Scalar(UInt32(value))!))
            #expect(TextFolding.fold(letter) == TextFolding.foldDecomposing(letter), "U+\(String(value, radix: 16))")
        }
        #expect(TextFolding.fold("Đường Ấp Bắc ǅ") == "duong ap bac ǆ")
    }

    /// The fast path may only skip text Foundation would leave as it is.
    @Test func theNFCFastPathAgreesWithFoundation() {
        var checked = 0
        for value in Array(0..<0x300) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(scalar) + "b"
            #expect(TextFolding.isSurelyNFC(text))
            #expect(Array(text.precomposedStringWithCanonicalMapping.unicodeScalars) == Array(text.unicodeScalars), "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked == 0x300 + 0x100)
        #expect(!TextFolding.isSurelyNFC("Ngày".decomposedStringWithCanonicalMapping))
        #expect(!TextFolding.isSurelyNFC("\u{2126}"))
    }

    /// Read from bytes, the fast path admits exactly the two ranges, for every scalar of the
    /// Basic Multilingual Plane and the first of every other plane.
    @Test func theNFCFastPathAdmitsExactlyItsRanges() {
        let values = Array(0...0xFFFF) + (1...16).map { $0 << 16 }
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = value < 0x300 || (0x1E00...0x1EFF).contains(value)
            #expect(TextFolding.isSurelyNFC("x" + String(scalar)) == expected, "U+\(String(value, radix: 16))")
        }
    }

    @Test func normalisationComposesToNFC() {
        let decomposed = "Ngày 15 hằng tháng".decomposedStringWithCanonicalMapping
        #expect(Array(TextFolding.normalized(decomposed).unicodeScalars) == Array("Ngày 15 hằng tháng".precomposedStringWithCanonicalMapping.unicodeScalars))
    }
}

import Foundation
