/// What `playbook sample-data` makes: a team of `8 × scale` reps (or exactly `reps`), with
/// customers, leads, deals and activities in proportion to the team (or exactly `activities`).
public struct SampleOptions: Sendable, Equatable {
    public static let defaultAsOf = "2026-11-23T06:00:00+07:00"
    public static let repsPerScale = 8
    /// The largest values accepted: beyond them a run would take hours, not seconds.
    public static let largestScale = 10_000
    public static let mostReps = 100_000
    public static let mostActivities = 100_000_000

    public var scale: Int
    public var seed: UInt64
    public var reps: Int?
    public var activities: Int?
    /// RFC 3339 with an offset; written into the snapshot exactly as given.
    public var asOf: String
    /// Above 0, the same sample as it stood this many weeks before `asOf`, for the history
    /// folder (`SampleRewind`).
    public var weeksBefore: Int

    public init(scale: Int = 1, seed: UInt64 = 1, reps: Int? = nil, activities: Int? = nil, asOf: String = defaultAsOf, weeksBefore: Int = 0) {
        self.scale = scale
        self.seed = seed
        self.reps = reps
        self.activities = activities
        self.asOf = asOf
        self.weeksBefore = weeksBefore
    }

    var repCount: Int { reps ?? Self.repsPerScale * scale }

    /// Checks every option; the message names the option and the accepted values.
    public func validate() throws(InvalidSampleOptions) {
        guard (1...Self.largestScale).contains(scale) else {
            throw InvalidSampleOptions("scale must be a whole number from 1 to \(Self.largestScale); got \(scale)")
        }
        if let reps, !(1...Self.mostReps).contains(reps) {
            throw InvalidSampleOptions("reps must be a whole number from 1 to \(Self.mostReps); got \(reps)")
        }
        if let activities, !(1...Self.mostActivities).contains(activities) {
            throw InvalidSampleOptions("activities must be a whole number from 1 to \(Self.mostActivities); got \(activities)")
        }
        guard (0...52).contains(weeksBefore) else {
            throw InvalidSampleOptions("weeks-before must be a whole number from 0 to 52; got \(weeksBefore)")
        }
        _ = try asOfInstant()
        guard let year = Int(asOf.prefix(4)), (1001...9998).contains(year) else {
            throw InvalidSampleOptions("as-of must fall between the years 1001 and 9998, so that every date of the sample has four digits; got `\(asOf)`")
        }
    }

    func asOfInstant() throws(InvalidSampleOptions) -> Instant {
        guard case .instant(let instant)? = WrittenDate(asOf) else {
            throw InvalidSampleOptions("as-of must be an RFC 3339 date-time with an offset, e.g. \(Self.defaultAsOf); got `\(asOf)`")
        }
        return instant
    }
}

public struct InvalidSampleOptions: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
