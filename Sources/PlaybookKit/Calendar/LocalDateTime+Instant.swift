import Foundation

// Apart from LocalDateTime.swift so that the recurrence code builds without the snapshot's
// types (Tests/fuzz compiles it from its own files).
extension LocalDateTime {
    /// The wall-clock time a snapshot's instant shows in `zone`.
    public init(_ instant: Instant, in zone: TimeZone) {
        self.init(Date(timeIntervalSince1970: TimeInterval(instant.secondsSinceEpoch)), in: zone)
    }
}
