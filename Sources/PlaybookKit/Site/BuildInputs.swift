/// Fingerprints of the raw inputs the build read, from which the renderer works out what
/// each output was made from.
public struct BuildInputs: Sendable {
    /// What every page depends on: the generator itself, the config, templates, strings, the
    /// site's day.
    public var base: Fingerprint
    /// The snapshot's bytes, when there is one.
    public var snapshot: Fingerprint?
    /// The calendar file's text, when there is one.
    public var calendar: Fingerprint?
    /// Each file under `content/` published as it is, by path: its size and time.
    public var staticFiles: [String: Fingerprint]
    /// Each asset of the templates, by name.
    public var assets: [String: Fingerprint]

    public init(
        base: Fingerprint = Fingerprint(), snapshot: Fingerprint? = nil, calendar: Fingerprint? = nil,
        staticFiles: [String: Fingerprint] = [:], assets: [String: Fingerprint] = [:]
    ) {
        self.base = base
        self.snapshot = snapshot
        self.calendar = calendar
        self.staticFiles = staticFiles
        self.assets = assets
    }
}

/// Whether the previous build's file at a path was made from these inputs and is still there.
public typealias ReusePolicy = (_ path: String, _ inputs: Fingerprint) -> Bool
