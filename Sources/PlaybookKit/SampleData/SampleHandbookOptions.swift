/// What `playbook sample-handbook` makes: `pages` documents spread over the handbook's
/// sections, drawn from `seed`.
public struct SampleHandbookOptions: Sendable, Equatable {
    /// Beyond this a corpus takes longer to build than anyone waits for a benchmark.
    public static let mostPages = 100_000

    public var pages: Int
    public var seed: UInt64

    public init(pages: Int, seed: UInt64 = 1) {
        self.pages = pages
        self.seed = seed
    }

    public func validate() throws(InvalidSampleOptions) {
        guard (1...Self.mostPages).contains(pages) else {
            throw InvalidSampleOptions("pages must be a whole number from 1 to \(Self.mostPages); got \(pages)")
        }
    }
}
