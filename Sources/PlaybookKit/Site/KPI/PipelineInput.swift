/// The decoded snapshot and every figure computed from it, handed to the renderer.
public struct PipelineInput: Sendable {
    public var snapshot: Snapshot
    public var metrics: PipelineMetrics
    /// What the dated snapshots add; nil when there are none.
    public var history: PipelineHistory?

    public init(snapshot: Snapshot, metrics: PipelineMetrics, history: PipelineHistory? = nil) {
        self.snapshot = snapshot
        self.metrics = metrics
        self.history = history
    }
}

/// The dated snapshots as the pages use them: a trend point for each, and what changed
/// since each weekly meeting.
public struct PipelineHistory: Sendable {
    /// Oldest first, ending with the latest snapshot's.
    public var points: [HistoryPoint]
    /// By weekly series id.
    public var sinceMeetings: [String: MeetingChanges]

    public init(points: [HistoryPoint], sinceMeetings: [String: MeetingChanges]) {
        self.points = points
        self.sinceMeetings = sinceMeetings
    }
}

/// What changed between the snapshot from before a meeting's last occurrence and the latest.
public struct MeetingChanges: Sendable {
    /// The occurrence: the last start before the latest snapshot's as-of time.
    public var meeting: LocalDateTime
    /// The snapshot compared against, with its changes; nil when the history holds none from
    /// before the meeting.
    public var baseline: (asOf: Instant, changes: SnapshotChanges)?

    public init(meeting: LocalDateTime, baseline: (asOf: Instant, changes: SnapshotChanges)?) {
        self.meeting = meeting
        self.baseline = baseline
    }
}
