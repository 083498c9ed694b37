/// People, companies and places for the sample, in Vietnamese with diacritics (NFC, as the
/// snapshot reader normalises every name).
enum VietnameseNames {
    static let familyNames = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
    ]

    /// Given names with the middle names that usually go with them.
    static let givenNames: [(middle: String, given: String)] = [
        ("Thị", "Lan"), ("Văn", "Minh"), ("Thị Thu", "Hương"), ("Đức", "Anh"), ("Ngọc", "Mai"), ("Quốc", "Tuấn"),
        ("Thùy", "Linh"), ("Minh", "Khoa"), ("Thị", "Trang"), ("Văn", "Hùng"), ("Phương", "Thảo"), ("Hoàng", "Long"),
        ("Thị", "Hà"), ("Đức", "Thắng"), ("Bảo", "Ngọc"), ("Thanh", "Sơn"), ("Thị Mỹ", "Duyên"), ("Minh", "Quân"),
        ("Khánh", "Vy"), ("Văn", "Phúc"), ("Thị", "Yến"), ("Hữu", "Nam"), ("Ngọc", "Ánh"), ("Đình", "Dũng"),
    ]

    /// Words of a company's name after its legal form, with the segment the team files it under.
    static let industries: [(word: String, segment: String)] = [
        ("Thương mại", "Bán lẻ – Thương mại"), ("Dược phẩm", "Y tế – Dược"), ("Nha khoa", "Y tế – Dược"),
        ("Bất động sản", "Bất động sản"), ("Địa ốc", "Bất động sản"), ("Giáo dục", "Giáo dục – Đào tạo"),
        ("Anh ngữ", "Giáo dục – Đào tạo"), ("Logistics", "Vận tải – Logistics"), ("Vận tải", "Vận tải – Logistics"),
        ("Bảo hiểm", "Tài chính – Bảo hiểm"), ("Tài chính", "Tài chính – Bảo hiểm"), ("Du lịch", "Du lịch – Khách sạn"),
        ("Khách sạn", "Du lịch – Khách sạn"), ("Thực phẩm", "Sản xuất"), ("Nội thất", "Sản xuất"),
        ("Điện máy", "Bán lẻ – Thương mại"), ("Mỹ phẩm", "Bán lẻ – Thương mại"), ("Công nghệ", "Công nghệ"),
    ]

    static let legalForms = ["Công ty TNHH", "Công ty CP", "Công ty TNHH MTV"]

    static let brands = [
        "Minh Phát", "An Khang", "Hoàng Long", "Phú Thịnh", "Thành Công", "Việt Tiến", "Đại Dương", "Hưng Thịnh",
        "Tân Phú", "Bảo An", "Kim Ngân", "Sao Mai", "Hải Âu", "Trường Sơn", "Hồng Hà", "Phương Nam", "Đông Á",
        "Nam Việt", "Thiên Long", "Ánh Dương", "Bình Minh", "Phúc Lộc", "Gia Huy", "Quang Minh", "Tâm Đức",
        "Hòa Bình", "Vạn Xuân", "Thăng Long", "Sông Hàn", "Cửu Long", "Hạnh Phúc", "Lộc Phát", "Song Long",
        "Trí Việt", "Nhật Quang", "Đức Thành", "Tiến Đạt", "Hoa Sen", "Sen Vàng", "Mê Kông", "Tây Đô", "Ngọc Lan",
    ]

    static let regions: [(String, Int)] = [
        ("TP. Hồ Chí Minh", 34), ("Hà Nội", 30), ("Đà Nẵng", 8), ("Hải Phòng", 6), ("Bình Dương", 6),
        ("Cần Thơ", 5), ("Đồng Nai", 4), ("Khánh Hòa", 3), ("Nghệ An", 2), ("Quảng Ninh", 2),
    ]

    /// The `number`th company name: every combination of legal form, industry and brand comes
    /// once before any repeats (then with a branch number), so a small sample has no two alike.
    static func company(_ number: Int) -> (name: String, brand: String, segment: String) {
        let combinations = legalForms.count * industries.count * brands.count
        // A stride coprime to the count walks every combination, in a mixed-up order.
        let position = (number % combinations) * 7_919 % combinations
        let brand = brands[position % brands.count]
        let industry = industries[position / brands.count % industries.count]
        let form = legalForms[position / (brands.count * industries.count)]
        let branch = number / combinations
        let name = "\(form) \(industry.word) \(brand)" + (branch == 0 ? "" : " \(branch + 1)")
        return (name, brand, industry.segment)
    }

    /// The `number`th person: every family name meets every given name once (17, the family
    /// names' count plus one, shares no factor with the 24 given names) before a name comes
    /// back, and then its e-mail address takes a number.
    static func person(_ number: Int) -> (name: String, emailName: String) {
        let pairs = familyNames.count * givenNames.count
        let within = number % pairs
        let family = familyNames[within % familyNames.count]
        let (middle, given) = givenNames[(within + within / familyNames.count) % givenNames.count]
        let round = number / pairs
        let emailName = TextFolding.fold(given) + "." + TextFolding.fold(family) + (round == 0 ? "" : String(round + 1))
        return ("\(family) \(middle) \(given)", emailName)
    }
}
