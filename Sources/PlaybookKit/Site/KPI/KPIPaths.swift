/// Where the pipeline pages live. Rep pages are named by a slug of the rep's id, made unique
/// in id order, so a CRM id can never name a path outside `kpi/`.
struct KPIPaths: Sendable {
    static let root = "kpi"
    static let director = "kpi/giam-doc"
    static let manager = "kpi/quan-ly"
    static let reps = "kpi/nhan-vien"
    static let changes = "kpi/thay-doi"
    static let metricsJSON = "api/metrics.json"
    /// Top-level names the pipeline writes; content there would be overwritten.
    static let reservedTopLevel = ["kpi", "api"]

    /// By rep index.
    let repPages: [String]

    init(reps: [Rep]) {
        let slugs = UniqueSlugs.make(reps.map(\.id), fallback: "nhan-vien")
        repPages = slugs.map { "\(Self.reps)/\($0)" }
    }

    /// What changed since a weekly series' last meeting; series ids are slugs already.
    static func changes(since series: String) -> String {
        "\(changes)/\(series)"
    }

    /// Every change the series' page lists, by id.
    static func changesJSON(since series: String) -> String {
        "api/changes/\(series).json"
    }
}

/// Slugs for a list of names, unique within the list: a clash gets `-2`, `-3`… in list order.
enum UniqueSlugs {
    static func make(_ names: [String], fallback: String) -> [String] {
        var used: Set<String> = []
        return names.map { name in
            // A CRM's id can be as long as it likes; a page's folder cannot.
            var shortened = TextFolding.slug(name).prefix(SitePath.maximumNameLength - 10)
            while shortened.last == "-" { shortened = shortened.dropLast() }
            let base = shortened.isEmpty ? fallback : String(shortened)
            var slug = base
            var counter = 2
            while !used.insert(slug).inserted {
                slug = "\(base)-\(counter)"
                counter += 1
            }
            return slug
        }
    }
}
