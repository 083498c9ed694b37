import Foundation

extension SiteBuilder {
    /// Reads, checks and computes the pipeline: nil when the pipeline pages are turned off,
    /// or when no snapshot was named and the config's default file is not there (a handbook
    /// without data is a valid site).
    func loadPipeline(config: SiteConfig, into diagnostics: inout [Diagnostic]) -> (PipelineInput, Fingerprint)? {
        guard config.pipelineEnabled else { return nil }
        let file = options.snapshotFile ?? options.contentRoot.appendingPathComponent(config.snapshot)
        let display = options.display(file)
        guard FileManager.default.fileExists(atPath: file.path) else {
            if options.snapshotFile != nil {
                diagnostics.append(.error("the snapshot file does not exist", in: display))
            }
            return nil
        }
        let data: Data
        do {
            data = try Data(contentsOf: file, options: .mappedIfSafe)
        } catch {
            diagnostics.append(.error("cannot read the snapshot: \(error.localizedDescription)", in: display))
            return nil
        }
        let (snapshot, problems) = SnapshotDecoder.decode(data, file: display)
        diagnostics += problems
        guard let snapshot else { return nil }
        var bytes = Fingerprint()
        bytes.combine(data)
        return (PipelineInput(snapshot: snapshot, metrics: PipelineMetrics(snapshot: snapshot, care: config.care)), bytes)
    }
}
