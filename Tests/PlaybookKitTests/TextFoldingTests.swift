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

    @Test func normalisationComposesToNFC() {
        let decomposed = "Ngày 15 hằng tháng".decomposedStringWithCanonicalMapping
        #expect(Array(TextFolding.normalized(decomposed).unicodeScalars) == Array("Ngày 15 hằng tháng".precomposedStringWithCanonicalMapping.unicodeScalars))
    }
}

import Foundation
