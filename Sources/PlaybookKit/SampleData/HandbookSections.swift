/// A folder of the sample handbook with the subjects its documents are about.
struct HandbookSection {
    /// Relative to `content/`; ASCII already, so the folder is its own address.
    let folder: String
    let title: String
    let description: String
    let weight: Int
    let topics: [String]

    var isTopLevel: Bool { !folder.contains("/") }
}

/// Five top-level sections of a sales team's handbook with three subsections each: twenty
/// sections, two levels deep, so pages have breadcrumbs and an open section in the sidebar.
enum HandbookSections {
    static let all: [HandbookSection] = tree.flatMap { top, subsections in
        [top] + subsections.enumerated().map { offset, subsection in
            HandbookSection(
                folder: top.folder + "/" + subsection.folder, title: subsection.title,
                description: subsection.description, weight: offset + 1, topics: subsection.topics)
        }
    }

    private static let tree: [(HandbookSection, [HandbookSection])] = [
        (HandbookSection(
            folder: "vai-tro", title: "Vai trò và nhiệm vụ", description: "Nhiệm vụ của từng vị trí trong team Sales.", weight: 1,
            topics: ["Nhiệm vụ hằng ngày", "Chỉ tiêu cá nhân", "Phối hợp giữa các vai trò", "Bàn giao khách hàng", "Lộ trình phát triển"]),
         [
            subsection("inbound", "Inbound sales", "Tiếp nhận và tư vấn khách hàng tự tìm đến.",
                       ["Tiếp nhận lead từ website", "Trả lời hotline", "Phân loại lead nóng và lạnh", "Tư vấn qua Zalo OA", "Đặt lịch demo cho khách"]),
            subsection("outbound", "Outbound sales", "Chủ động tìm và mở khách hàng doanh nghiệp mới.",
                       ["Lập danh sách khách hàng mục tiêu", "Gọi ra lần đầu", "Gửi email giới thiệu", "Tham gia hội chợ", "Khai thác khách hàng giới thiệu"]),
            subsection("bd-manager", "BD Manager", "Dẫn dắt team, review số liệu và chốt các hợp đồng lớn.",
                       ["Giao chỉ tiêu cho team", "Review pipeline của team", "Kèm cặp nhân viên mới", "Đàm phán hợp đồng lớn", "Báo cáo cho giám đốc"]),
         ]),
        (HandbookSection(
            folder: "quy-trinh", title: "Quy trình định kỳ", description: "Các bước review và các cuộc họp theo nhịp tuần, tháng, quý.", weight: 2,
            topics: ["Lịch họp của team", "Mẫu báo cáo", "Cách ghi biên bản họp", "Theo dõi việc cần làm", "Nhắc hạn và deadline"]),
         [
            subsection("hang-tuan", "Hằng tuần", "Kiểm tra sáng thứ 2 và tổng kết chiều thứ 6.",
                       ["Kiểm tra sáng thứ 2", "Tổng kết chiều thứ 6", "Cập nhật Hubspot cuối tuần", "Lên danh sách task tuần", "Rà soát lead tồn"]),
            subsection("hang-thang", "Hằng tháng", "Review giữa tháng, cuối tháng và các việc gửi hr1.",
                       ["Review ngày 15", "Review ngày 28", "Gửi bảng chấm công cho hr1", "Tính hoa hồng", "Đặt kế hoạch tháng mới"]),
            subsection("hang-quy", "Hằng quý", "Tổng kết quý và kế hoạch cho quý mới.",
                       ["Review quý", "Họp quý với toàn team", "Đánh giá KPI quý", "Đặt kế hoạch quý mới", "Tổng kết chiến dịch"]),
         ]),
        (HandbookSection(
            folder: "ban-hang", title: "Hoạt động bán hàng", description: "Từ lead đầu tiên đến hợp đồng đã ký.", weight: 3,
            topics: ["Phân bổ thời gian", "Hiểu khách hàng", "Ghi chép sau cuộc gọi", "Sử dụng Hubspot", "Kịch bản gọi điện"]),
         [
            subsection("tim-kiem", "Tìm kiếm khách hàng", "Nguồn lead và cách sàng lọc.",
                       ["Nguồn lead", "Đánh giá nhu cầu", "Gọi điện lần đầu", "Chuẩn bị thông tin doanh nghiệp", "Sàng lọc lead"]),
            subsection("tu-van", "Tư vấn và demo", "Chuẩn bị và dẫn một buổi demo thuyết phục.",
                       ["Chuẩn bị buổi demo", "Demo tổng đài ảo", "Demo tích hợp CRM", "Trả lời câu hỏi về giá", "Gửi tài liệu sau demo"]),
            subsection("chot-hop-dong", "Chốt hợp đồng", "Báo giá, đàm phán, ký kết và bàn giao.",
                       ["Gửi báo giá", "Đàm phán điều khoản", "Ký hợp đồng", "Xuất hóa đơn", "Bàn giao triển khai"]),
         ]),
        (HandbookSection(
            folder: "cham-soc", title: "Chăm sóc khách hàng", description: "Giữ khách hàng và giúp họ mua lại.", weight: 4,
            topics: ["Ngày chăm sóc cố định", "Danh sách khách cần chăm sóc", "Khách hàng lâu không liên lạc", "Ghi nhận phản hồi", "Đo mức hài lòng"]),
         [
            subsection("khach-moi", "Khách hàng mới", "Những tuần đầu tiên của một khách hàng.",
                       ["Cuộc gọi chào mừng", "Hướng dẫn sử dụng lần đầu", "Kiểm tra sau một tuần", "Cài đặt đầu số", "Đào tạo nhân viên của khách"]),
            subsection("gia-han", "Gia hạn", "Nhắc gia hạn đúng lúc và bán thêm.",
                       ["Nhắc gia hạn gói cước", "Đề xuất gói phút gọi", "Khách sắp hết hạn", "Bán thêm dịch vụ", "Chu kỳ mua lại"]),
            subsection("khieu-nai", "Xử lý khiếu nại", "Tiếp nhận, xử lý và báo cáo sự cố.",
                       ["Tiếp nhận khiếu nại", "Chất lượng cuộc gọi", "Sự cố đầu số", "Hoàn tiền và bù cước", "Báo cáo sự cố"]),
         ]),
        (HandbookSection(
            folder: "san-pham", title: "Sản phẩm và dịch vụ", description: "Những gì team bán, giá và cách so sánh.", weight: 5,
            topics: ["Bảng giá", "So sánh với đối thủ", "Câu hỏi thường gặp", "Chính sách khuyến mãi", "Tài liệu bán hàng"]),
         [
            subsection("tong-dai", "Tổng đài", "Các gói tổng đài và tính năng.",
                       ["Tổng đài ảo Gcalls", "Gcalls Call Center", "Tổng đài AI Voicebot", "Gói ghi âm", "Báo cáo cuộc gọi"]),
            subsection("dau-so", "Đầu số", "Đầu số 1900, 1800 và thủ tục đăng ký.",
                       ["Đầu số 1900", "Đầu số 1800", "Đầu số di động", "Thủ tục đăng ký đầu số", "Cước gọi theo đầu số"]),
            subsection("tich-hop", "Tích hợp", "Kết nối tổng đài với CRM và các kênh khác.",
                       ["Tích hợp Hubspot", "Tích hợp CRM riêng", "API cuộc gọi", "Tích hợp Zalo", "Webhook sự kiện"]),
         ]),
    ]

    /// A subsection with its folder name only; `all` puts it under its parent and numbers it.
    private static func subsection(_ folder: String, _ title: String, _ description: String, _ topics: [String]) -> HandbookSection {
        HandbookSection(folder: folder, title: title, description: description, weight: 0, topics: topics)
    }
}
