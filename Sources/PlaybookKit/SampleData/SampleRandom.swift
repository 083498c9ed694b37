/// SplitMix64 (Steele, Lea and Flood, 2014) with its own bounded draws: the standard library
/// promises neither the same system generator nor the same `random(in:)` algorithm on every
/// platform and release, and the sample must come out byte-identical everywhere.
struct SampleRandom {
    private var state: UInt64

    /// `stream` keeps each part of the sample on its own sequence, so that asking for more
    /// activities, say, leaves the customers and deals as they were.
    init(seed: UInt64, stream: UInt64) {
        state = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A number in `0..<bound` by multiply-and-shift (Lemire); its bias is below 2^-32 for
    /// the bounds used here.
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    mutating func chance(percent: Int) -> Bool {
        below(100) < percent
    }

    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    mutating func pick<Element>(_ choice: WeightedChoice<Element>) -> Element {
        choice.element(at: below(choice.totalWeight))
    }
}

/// Elements with whole-number weights, drawn in proportion to them.
struct WeightedChoice<Element> {
    private let elements: [Element]
    private let cumulativeWeights: [Int]

    init(_ weighted: [(Element, Int)]) {
        precondition(weighted.contains { $0.1 > 0 })
        elements = weighted.map(\.0)
        var running = 0
        cumulativeWeights = weighted.map { running += $0.1; return running }
    }

    var totalWeight: Int { cumulativeWeights.last! }

    /// The element whose slice of `0..<totalWeight` holds `point`.
    func element(at point: Int) -> Element {
        var low = 0, high = cumulativeWeights.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulativeWeights[middle] > point { high = middle } else { low = middle + 1 }
        }
        return elements[low]
    }
}

extension WeightedChoice: Sendable where Element: Sendable {}
