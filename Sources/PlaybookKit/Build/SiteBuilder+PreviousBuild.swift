import Foundation

extension SiteBuilder {
    /// What the last build left behind, looked at on the other cores while the inputs are
    /// walked: its record, whether every file it wrote is still in the output folder, and
    /// what the staging folder holds and whether all of that is still there. A rebuild with
    /// nothing to do then costs the longer of the walk and the look, not both; and a rebuild
    /// after an edit need not ask again, file by file, whether an output is there.
    struct PreviousBuild {
        var manifest: Result<BuildManifest, BuildManifest.Absence> = .failure(.missing)
        /// Every output the record names was there when looked for.
        var outputsArePresent = false
        var staged: BuildManifest?
        /// Every file the staging folder's record names was there when looked for.
        var stagedIsComplete = false
    }

    /// The input stamps and the previous build, side by side.
    func stampsAndPreviousBuild() -> (InputStamps, PreviousBuild) {
        var stamps: InputStamps?
        var previous = PreviousBuild()
        var staged: (BuildManifest?, Bool) = (nil, false)
        _ = [0, 1, 2].concurrentMap { part in
            switch part {
            case 0: stamps = InputStamps(options, generator: Self.generatorIdentity)
            case 1:
                previous.manifest = BuildManifest.load(from: options.manifestFile)
                if case .success(let manifest) = previous.manifest {
                    previous.outputsArePresent = OutputPresence.allPresent(manifest.paths, below: options.outputRoot)
                }
            default:
                guard !options.clean, let manifest = try? BuildManifest.load(from: options.stagedManifestFile).get() else { return }
                staged = (manifest, OutputPresence.allPresent(manifest.paths, below: OutputWriter.stagingFolder(for: options.outputRoot)))
            }
        }
        (previous.staged, previous.stagedIsComplete) = staged
        return (stamps!, previous)
    }
}
