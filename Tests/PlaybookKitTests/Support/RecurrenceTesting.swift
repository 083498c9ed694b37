import Foundation
import Testing
@testable import PlaybookKit

/// Shorthands for the recurrence tests.
enum RecurrenceTesting {
    static let hoChiMinhCity = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
    static let newYork = TimeZone(identifier: "America/New_York")!
    static let berlin = TimeZone(identifier: "Europe/Berlin")!
}
