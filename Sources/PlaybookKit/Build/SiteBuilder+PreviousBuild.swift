import Foundation

extension SiteBuilder {
    /// What the last build left behind, read while the inputs are walked: its record, what
    /// the staging folder holds, and the record of its documents. Whether every file either
    /// record names is still there is looked at on a core the build leaves idle, and asked
    /// for only where it is needed: by a rebuild with nothing to do once its inputs are
    /// known to be as they were, by one after an edit once its pages are about to be made.
    /// A rebuild that finds nothing to write never asks for the staging folder's check,
    /// which then ends on its own (under `serve`, beside the next build).
    struct PreviousBuild {
        var manifest: Result<BuildManifest, BuildManifest.Absence> = .failure(.missing)
        var staged: BuildManifest?
        var documents: DocumentCache?
        fileprivate var outputsPresence: BackgroundWork<Bool>?
        fileprivate var stagedPresence: BackgroundWork<Bool>?

        /// Every output the record names is in the output folder.
        var outputsArePresent: Bool { outputsPresence?.result ?? false }
        /// Every file the staging folder's record names is there.
        var stagedIsComplete: Bool { stagedPresence?.result ?? false }
    }

    /// The input stamps and the previous build, side by side.
    func stampsAndPreviousBuild() -> (InputStamps, PreviousBuild) {
        var stamps: InputStamps?
        var previous = PreviousBuild()
        _ = [0, 1].concurrentMap { part in
            guard part == 1 else {
                stamps = InputStamps(options, generator: Self.generatorIdentity)
                return
            }
            previous.manifest = BuildManifest.load(from: options.manifestFile)
            // A clean build looks no further: it builds on none of it.
            guard !options.clean else { return }
            if case .success(let manifest) = previous.manifest {
                previous.outputsPresence = Self.presence(of: manifest, below: options.outputRoot)
            }
            if let staged = try? BuildManifest.load(from: options.stagedManifestFile).get() {
                previous.staged = staged
                previous.stagedPresence = Self.presence(of: staged, below: OutputWriter.stagingFolder(for: options.outputRoot))
            }
            previous.documents = previousDocumentCache()
        }
        return (stamps!, previous)
    }

    /// Whether every file the record names is below `root`, looked at when a core is idle.
    private static func presence(of record: BuildManifest, below root: URL) -> BackgroundWork<Bool> {
        let paths = record.paths
        return BackgroundWork(.whenIdle) { OutputPresence.allPresent(paths, below: root) }
    }
}
