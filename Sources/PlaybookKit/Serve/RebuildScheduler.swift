/// Starts a build once the watched files have been quiet for a moment, so that an editor's
/// burst of events (temporary file, rename) makes one build; and runs one build at a time:
/// changes that arrive during a build make exactly one more when it ends.
actor RebuildScheduler {
    private let quietPeriod: Duration
    private let build: @Sendable (_ changes: [String]) async -> Void
    private var pendingChanges: Set<String> = []
    private var quietTimer: Task<Void, Never>?
    /// Changes have been quiet for the period and wait for a build.
    private var isDue = false
    private var isBuilding = false
    private var isStopped = false

    init(quietPeriod: Duration, build: @escaping @Sendable (_ changes: [String]) async -> Void) {
        self.quietPeriod = quietPeriod
        self.build = build
    }

    /// Runs `firstBuild` at once, as one of this scheduler's builds: changes noted meanwhile
    /// make another build after it, never one beside it.
    func buildNow<Outcome: Sendable>(_ firstBuild: @Sendable () async -> Outcome) async -> Outcome {
        isBuilding = true
        let outcome = await firstBuild()
        isBuilding = false
        if isDue { startBuilding() }
        return outcome
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
            await build(changes)
        }
        isBuilding = false
    }
}
