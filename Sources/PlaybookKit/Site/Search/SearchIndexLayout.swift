/// How the index is split into script files, so that a phone loads little before the first
/// result: `search/index-0.js` holds every title and heading and the small record lists
/// (reps, meeting series), which is what most searches are for; the customer lists follow,
/// then the pages' text, a few pages a file, for matches in the text and for snippets.
/// The split follows from counts alone, so an unchanged index's file names are known
/// without rendering anything.
struct SearchIndexLayout: Sendable {
    static let customersPerFile = 1_000
    static let pagesOfTextPerFile = 20

    /// Documents and sections, each one page of the site.
    let pageCount: Int
    let customerCount: Int

    var customerFileCount: Int { (customerCount + Self.customersPerFile - 1) / Self.customersPerFile }
    var textFileCount: Int { (pageCount + Self.pagesOfTextPerFile - 1) / Self.pagesOfTextPerFile }
    var fileCount: Int { 1 + customerFileCount + textFileCount }

    static func path(ofPart part: Int) -> String {
        "search/index-\(part).js"
    }
}
