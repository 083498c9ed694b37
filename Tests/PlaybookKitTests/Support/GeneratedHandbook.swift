@testable import PlaybookKit

/// A handbook of any size for measuring: Vietnamese pages shaped like the shipped ones
/// (a title of 4–8 words, a description, about 2.5 KB of text under four headings), the
/// same every run.
enum GeneratedHandbook {
    static let words = """
        khách hàng doanh thu dự kiến họp tổng kết tuần tháng quý nhân viên quản lý báo cáo \
        cơ hội chốt đơn chăm sóc gọi điện gặp mặt kế hoạch mục tiêu chỉ tiêu sản phẩm giá \
        hợp đồng thanh toán giao hàng phản hồi đánh giá cải thiện quy trình kiểm tra số liệu \
        lead warm cold meeting hubspot zalo nhóm tuyến đối tác thị trường khu vực miền bắc \
        nam trung ưu tiên hôm nay ngày mai trước sau khi nếu cần phải nên được có không và \
        của cho với trong ngoài theo từng mỗi các những đã đang sẽ rất nhiều ít mới cũ đầu cuối
        """.split(separator: " ").map(String.init)

    /// `sections` folders with `pages / sections` documents each, by path under `content/`.
    static func files(pages: Int, sections: Int = 10) -> [String: String] {
        var random = SampleRandom(seed: 6, stream: 0)
        var files: [String: String] = [:]
        for section in 0..<sections {
            files["phan-\(section)/_index.md"] = "---\ntitle: \(phrase(4, &random))\ndescription: \(phrase(12, &random)).\n---\n\(phrase(30, &random)).\n"
        }
        for page in 0..<pages {
            var body = "---\ntitle: \(phrase(random.int(in: 4...8), &random))\ndescription: \(phrase(random.int(in: 12...19), &random)).\n---\n"
            body += phrase(random.int(in: 40...59), &random) + ".\n"
            for heading in 0..<4 {
                body += "\n\(heading == 2 ? "###" : "##") \(phrase(random.int(in: 3...6), &random))\n\n"
                body += phrase(random.int(in: 50...79), &random) + ".\n\n"
                for _ in 0..<3 { body += "- \(phrase(random.int(in: 6...10), &random))\n" }
            }
            files["phan-\(page % sections)/trang-\(page).md"] = body
        }
        return files
    }

    private static func phrase(_ count: Int, _ random: inout SampleRandom) -> String {
        let text = (0..<count).map { _ in words[random.below(words.count)] }.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

}
