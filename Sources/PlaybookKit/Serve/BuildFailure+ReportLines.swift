extension BuildFailure {
    /// What `playbook build` prints for this failure, a line each: every diagnostic in
    /// reporting order, then the count of errors. `playbook serve` shows the same lines in
    /// the terminal and on its error page.
    public var reportLines: [String] {
        switch self {
        case .input(let diagnostics), .data(let diagnostics):
            let sorted = diagnostics.sorted(by: Diagnostic.reportingOrder)
            let errors = sorted.filter { $0.severity == .error }.count
            return sorted.map(\.description) + ["\(errors) error\(errors == 1 ? "" : "s"); nothing was written"]
        case .system(let message):
            return ["error: \(message)"]
        }
    }
}
