/// What the sample's company sells and the words its CRM uses: products with their price
/// ranges, deal stages, lead sources and activity subjects.
enum SampleCatalog {
    struct ProductEntry {
        let name: String
        let line: String?
        /// The price range of one sale, in millions of VND.
        let millions: ClosedRange<Int>
    }

    static let products = [
        ProductEntry(name: "Tổng đài ảo Gcalls", line: "Tổng đài", millions: 5...60),
        ProductEntry(name: "Gcalls Call Center", line: "Tổng đài", millions: 50...300),
        ProductEntry(name: "Tổng đài AI Voicebot", line: "Tổng đài", millions: 80...300),
        ProductEntry(name: "Gói ghi âm", line: "Dịch vụ gia tăng", millions: 5...30),
        ProductEntry(name: "Tích hợp CRM", line: "Tích hợp", millions: 20...150),
        ProductEntry(name: "Đầu số 1900", line: "Đầu số", millions: 10...80),
        ProductEntry(name: "Đầu số 1800", line: "Đầu số", millions: 10...60),
        ProductEntry(name: "Gói phút gọi", line: "Cước gọi", millions: 5...50),
        ProductEntry(name: "Đào tạo triển khai", line: nil, millions: 5...20),
    ]

    /// What a customer buys again each cycle: its virtual switchboard or its call minutes.
    static let renewalProducts = [0, 7]

    static func productID(_ index: Int) -> String {
        "prod-" + String(index + 1).leftPadded(to: 2)
    }

    /// The stages of the sales pipeline with the probability the team gives each, as in HubSpot.
    static let openStages: [(name: String, probability: Int)] = [
        ("Mới", 10), ("Hẹn gặp", 20), ("Đã demo", 40), ("Gửi báo giá", 60), ("Đàm phán", 80),
    ]
    static let wonStage = "Chốt thắng"
    static let lostStage = "Chốt thua"

    static let inboundSources = ["Website", "Hotline", "Facebook Ads", "Google Ads", "Zalo OA", "Giới thiệu"]
    static let outboundSources = ["Gọi ra", "Danh sách hội chợ", "LinkedIn", "Giới thiệu", "Hội thảo"]

    static let subjects: [Activity.Kind: [String]] = [
        .call: ["Gọi chăm sóc định kỳ", "Gọi tư vấn gói cước", "Gọi nhắc gia hạn", "Gọi follow-up báo giá", "Gọi xác nhận lịch demo", "Gọi hỏi nhu cầu tổng đài"],
        .meeting: ["Demo Gcalls Call Center", "Họp triển khai tổng đài", "Gặp trực tiếp ký hợp đồng", "Họp đánh giá chất lượng cuộc gọi", "Demo tích hợp CRM"],
        .email: ["Gửi báo giá", "Gửi hợp đồng", "Gửi tài liệu hướng dẫn sử dụng", "Email cảm ơn sau buổi demo", "Gửi đề xuất gói phút gọi"],
        .task: ["Chuẩn bị báo giá", "Cập nhật HubSpot", "Xuất hóa đơn", "Nhắc khách thanh toán", "Kiểm tra đầu số", "Lên kế hoạch chăm sóc tuần"],
        .zalo: ["Nhắn Zalo hỏi thăm", "Gửi Zalo tài liệu", "Zalo nhắc lịch hẹn", "Zalo báo giá nhanh"],
        .note: ["Khách quan tâm tích hợp CRM", "Khách phản ánh chất lượng cuộc gọi", "Khách đang so sánh với nhà cung cấp khác", "Ghi chú sau cuộc gọi"],
    ]
}
