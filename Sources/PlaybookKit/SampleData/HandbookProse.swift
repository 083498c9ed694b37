/// Sentences, list items and headings of the sample handbook, put together from phrases a
/// sales team writes, so that pages read like a handbook and differ from one another.
/// No phrase holds `"`, `\` or Markdown punctuation: titles go into YAML between quotes and
/// every phrase into Markdown as it is.
enum HandbookProse {
    static let qualifiers = [
        "cho người mới", "từng bước", "khách hàng Nhóm A", "khách hàng Nhóm B", "khách hàng Nhóm C", "ở Hà Nội",
        "ở TP. Hồ Chí Minh", "trong mùa cao điểm", "khi khách ở xa", "doanh nghiệp lớn", "cửa hàng nhỏ", "những lỗi thường gặp",
    ]

    static let roles: [Role] = [.inbound, .outbound, .bdManager]

    private static let subjects = [
        "Sales", "Mỗi chuyên viên", "BD Manager", "Người phụ trách khách hàng", "Team Inbound", "Team Outbound",
        "Chuyên viên mới", "Trưởng nhóm",
    ]

    /// Verb phrases that read both after a subject and at the start of a list item.
    private static let actions = [
        "cập nhật", "kiểm tra", "ghi lại", "gửi", "xác nhận", "rà soát", "chuẩn bị", "theo dõi", "báo cáo", "trao đổi về",
    ]

    private static let objects = [
        "trạng thái lead trên Hubspot", "báo giá cho khách hàng", "lịch demo tổng đài", "ghi âm cuộc gọi",
        "nhu cầu của khách hàng", "hợp đồng và phụ lục", "doanh thu dự kiến trong tháng", "danh sách khách hàng cần chăm sóc",
        "đầu số 1900 của khách", "lịch hẹn gặp trực tiếp", "các giai đoạn follow-up", "tài liệu hướng dẫn sử dụng",
    ]

    private static let times = [
        "trước 9h00 sáng thứ 2", "ngay sau mỗi cuộc gọi", "trong vòng 24 giờ", "vào cuối mỗi tuần", "trước buổi họp tổng kết",
        "khi khách hàng yêu cầu", "mỗi ngày làm việc", "trước ngày 15 hằng tháng", "sau khi chốt hợp đồng", "khi có thay đổi",
    ]

    private static let purposes = [
        "không bỏ sót khách hàng nào", "team nắm được tình hình", "số liệu cuối tháng chính xác",
        "khách hàng nhận được phản hồi kịp thời", "BD Manager có đủ thông tin để review", "cuộc họp tổng kết diễn ra nhanh",
    ]

    private static let notes = [
        "Nếu chưa rõ, hỏi trưởng nhóm trước khi trả lời khách.", "Ghi chú ngắn gọn, đủ để người khác đọc lại hiểu ngay.",
        "Không hứa với khách điều gì chưa có trong bảng giá.", "Mọi thay đổi đều phải cập nhật trên Hubspot trong ngày.",
        "Khách hàng Nhóm A luôn được ưu tiên gọi lại trước.", "Giữ giọng nói vui vẻ, rõ ràng và đúng giờ hẹn.",
    ]

    static let purposeHeadings = ["Mục đích", "Vì sao cần làm", "Bối cảnh"]
    static let stepsHeadings = ["Các bước thực hiện", "Cách làm", "Trình tự"]
    static let checklistHeadings = ["Danh sách kiểm tra", "Việc cần làm", "Trước khi kết thúc"]
    static let summaryHeadings = ["Bảng tóm tắt", "Tóm tắt", "Ai làm gì, khi nào"]
    static let relatedHeadings = ["Xem thêm", "Tài liệu liên quan", "Đọc tiếp"]

    static let tableHeader = "| Khi nào | Việc gì | Ai |\n| --- | --- | --- |\n"

    static func sentence(_ random: inout SampleRandom) -> String {
        var text = "\(random.pick(subjects)) \(random.pick(actions)) \(random.pick(objects)) \(random.pick(times))"
        if random.chance(percent: 60) { text += ", để \(random.pick(purposes))" }
        return text + "."
    }

    static func paragraph(sentences: Int, _ random: inout SampleRandom) -> String {
        (0..<sentences).map { _ in sentence(&random) }.joined(separator: " ")
    }

    static func note(_ random: inout SampleRandom) -> String {
        random.pick(notes)
    }

    /// `Kiểm tra báo giá cho khách hàng`: a step, a list item or a task.
    static func task(_ random: inout SampleRandom) -> String {
        capitalized("\(random.pick(actions)) \(random.pick(objects))")
    }

    /// `Gửi báo giá cho khách hàng trong vòng 24 giờ`.
    static func timedTask(_ random: inout SampleRandom) -> String {
        "\(task(&random)) \(random.pick(times))"
    }

    static func tableRow(_ random: inout SampleRandom) -> String {
        "| \(capitalized(random.pick(times))) | \(task(&random)) | \(random.pick(subjects)) |\n"
    }

    /// Upper-cases the first letter by Unicode's default mapping, the same under every locale.
    private static func capitalized(_ phrase: String) -> String {
        guard let first = phrase.first else { return phrase }
        return first.uppercased() + phrase.dropFirst()
    }
}
