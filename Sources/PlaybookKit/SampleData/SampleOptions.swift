import Foundation

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
        // The build reads snapshots taken in 1970–2099 with no record before 1970, and the
        // sample's records go back a year from the as-of date.
        var zone = ZoneCalendar(zone: TimeZone(identifier: SampleCalendar.timezone)!)
        let years = (LocalDay.supportedYears.lowerBound + 1)...LocalDay.supportedYears.upperBound
        guard years.contains(zone.localDay(of: try asOfInstant()).components.year) else {
            throw InvalidSampleOptions(
                "as-of must fall between the years \(years.lowerBound) and \(years.upperBound) in \(SampleCalendar.timezone): "
                    + "the build reads snapshots of \(LocalDay.supportedYears.lowerBound)–\(years.upperBound), and the sample goes back a year; got `\(asOf)`")
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
