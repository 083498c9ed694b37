/// The decoded snapshot and every figure computed from it, handed to the renderer.
public struct PipelineInput: Sendable {
    public var snapshot: Snapshot
    public var metrics: PipelineMetrics

    public init(snapshot: Snapshot, metrics: PipelineMetrics) {
        self.snapshot = snapshot
        self.metrics = metrics
    }
}
