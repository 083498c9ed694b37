import Foundation

/// Fingerprints of what the build read, for the renderer to tell what each output is made of.
extension SiteBuilder {
    /// What every output depends on: this generator, the config, the templates and strings,
    /// the base URL and the site's day.
    func baseInputs(templates: TemplateSet, strings: StringsTable, today: LocalDay) -> Fingerprint {
        var fingerprint = Fingerprint()
        fingerprint.combine(BuildManifest.formatVersion)
        fingerprint.combine(Self.generatorIdentity)
        fingerprint.combine((try? Data(contentsOf: options.configFile)) ?? Data())
        fingerprint.combine(options.baseURLOverride ?? "")
        for name in templates.sources.keys.sorted() {
            fingerprint.combine(name)
            fingerprint.combine(templates.sources[name]!)
        }
        fingerprint.combine(strings.language)
        for key in strings.strings.keys.sorted() {
            fingerprint.combine(key)
            fingerprint.combine(strings.strings[key]!)
        }
        fingerprint.combine(today.daysSinceEpoch)
        return fingerprint
    }

    /// The running binary's size and time: a new build of the generator may render any page
    /// differently, so its outputs are not taken over.
    static let generatorIdentity: String = {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let path = FileManager.default.fileExists(atPath: executable.path) ? executable.path : CommandLine.arguments[0]
        return path + " " + fileStamp(URL(fileURLWithPath: path)).description
    }()

    /// A file published as it is, by size and modification time, as rsync tells files apart:
    /// hashing every image and PDF on every build would cost more than it saves.
    static func fileStamp(_ url: URL) -> Fingerprint {
        var fingerprint = Fingerprint()
        // `stat`, which follows a link: a link's target is the file that is copied.
        guard let stamp = FileStamp(path: url.path) else { return fingerprint }
        fingerprint.combine(stamp.size)
        fingerprint.combine(stamp.modified)
        return fingerprint
    }
}
