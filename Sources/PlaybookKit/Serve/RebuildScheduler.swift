/// Starts a build once the watched files have been quiet for a moment, so that an editor's
/// burst of events (temporary file, rename) makes one build; and runs one build at a time:
/// changes that arrive during a build make exactly one more when it ends.
actor RebuildScheduler {
    private let quietPeriod: Duration
    private let build: @Sendable (_ changes: [String]) async -> BuildFailure?
    private var pendingChanges: Set<String> = []
    private var quietTimer: Task<Void, Never>?
    /// Changes have been quiet for the period and wait for a build.
    private var isDue = false
    private var isBuilding = false
    private var isStopped = false

    init(quietPeriod: Duration, build: @escaping @Sendable (_ changes: [String]) async -> BuildFailure?) {
        self.quietPeriod = quietPeriod
        self.build = build
    }

    /// The first build, at once; changes noted meanwhile make another one after it.
    func buildNow() async -> BuildFailure? {
        isBuilding = true
        let failure = await build([])
        isBuilding = false
        if isDue { startBuilding() }
        return failure
    }

    func noteChanges(_ paths: [String]) {
        guard !isStopped else { return }
        pendingChanges.formUnion(paths)
        quietTimer?.cancel()
        quietTimer = Task { [quietPeriod] in
            guard (try? await Task.sleep(for: quietPeriod)) != nil else { return }
            self.quietPeriodPassed()
        }
    }

    func stop() {
        isStopped = true
        quietTimer?.cancel()
    }

    private func quietPeriodPassed() {
        isDue = true
        if !isBuilding { startBuilding() }
    }

    /// In a task of its own, not the timer's: the next change cancels the timer, not the build.
    private func startBuilding() {
        isBuilding = true
        Task { await buildWhileDue() }
    }

    private func buildWhileDue() async {
        while isDue && !isStopped {
            isDue = false
            let changes = pendingChanges.sorted()
            pendingChanges = []
            _ = await build(changes)
        }
        isBuilding = false
    }
}
