import Foundation

// libFuzzer target: the snapshot decoder and validator, and the metrics of what it accepts.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSnapshotDecoder(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let (snapshot, problems) = SnapshotDecoder.decode(Data(bytes: start, count: count), file: "fuzz.json")
    precondition(snapshot != nil || !problems.isEmpty, "a snapshot rejected without a reason")
    if let snapshot { _ = PipelineMetrics(snapshot: snapshot, care: CareSettings()) }
    return 0
}
