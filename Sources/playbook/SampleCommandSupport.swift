import ArgumentParser
import PlaybookKit

/// PlaybookKit checks the sample commands' options; ArgumentParser shows a mistake in them
/// as a usage error, with the command's usage line.
func validateSampleOptions(_ check: () throws(InvalidSampleOptions) -> Void) throws {
    do {
        try check()
    } catch {
        throw ValidationError(error.description)
    }
}

extension Reporter {
    /// A sample that cannot be written is a problem of the machine: exit code 2.
    static func exitCode(for failure: SampleWriteFailure) -> ExitCode {
        printError("error: \(failure.description)")
        return ExitCode(2)
    }
}
