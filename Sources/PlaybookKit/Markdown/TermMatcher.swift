/// A phrase to link on its first use in a text, and where the link goes. Phrases with the
/// same destination are spellings of one term (`CRM`, `Hubspot`): only the first use of any
/// of them is linked.
public struct LinkedTerm: Sendable, Equatable {
    public var phrase: String
    public var destination: String

    public init(phrase: String, destination: String) {
        self.phrase = phrase
        self.destination = destination
    }
}

/// Finds terms the way a Vietnamese reader would: whole words, ignoring case and diacritics
/// (`doanh thu du kien` is a use of `Doanh thu dự kiến`), the longer term first where two
/// start at the same word (`Lead warm` before `Lead`).
struct TermMatcher {
    private let terms: [(folded: [Character], destination: String)]

    init(_ terms: [LinkedTerm]) {
        self.terms = terms
            .map { (Array(TextFolding.fold($0.phrase)), $0.destination) }
            .filter { !$0.0.isEmpty }
            .sorted { $0.0.count > $1.0.count }
    }

    var isEmpty: Bool { terms.isEmpty }

    /// The earliest use in `text` of a term whose destination is not in `linked`.
    func firstUse(in text: String, excluding linked: Set<String>) -> (range: Range<String.Index>, destination: String)? {
        let original = Array(text.indices)
        // Folding may turn one character into several; each folded character remembers the
        // original one it came from, so a match maps back to the text as written.
        var folded: [Character] = []
        var origins: [Int] = []
        for (offset, index) in original.enumerated() {
            let character = text[index]
            let foldedCharacter = character.isASCII ? character.lowercased() : TextFolding.fold(String(character))
            for piece in foldedCharacter {
                folded.append(piece)
                origins.append(offset)
            }
        }
        let isWordCharacter = { (position: Int) in folded[position].isLetter || folded[position].isNumber }
        for start in folded.indices where start == 0 || (!isWordCharacter(start - 1) && origins[start - 1] != origins[start]) {
            for term in terms where !linked.contains(term.destination) {
                let end = start + term.folded.count
                guard end <= folded.count, folded[start..<end].elementsEqual(term.folded) else { continue }
                guard end == folded.count || (!isWordCharacter(end) && origins[end] != origins[end - 1]) else { continue }
                let upper = origins[end - 1] + 1 < original.count ? original[origins[end - 1] + 1] : text.endIndex
                return (original[origins[start]]..<upper, term.destination)
            }
        }
        return nil
    }
}
