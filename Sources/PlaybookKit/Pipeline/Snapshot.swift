/// The CRM's nightly export, decoded and checked (schema version 1, docs/pipeline.schema.json).
/// References between records are indexes into the snapshot's arrays, resolved once.
public struct Snapshot: Sendable {
    public var asOf: Instant
    /// The as-of instant's local date in `timezone`: "today" for care lists.
    public var asOfDay: LocalDay
    public var timezone: String
    public var currency: String
    public var products: [Product]
    public var reps: [Rep]
    public var targets: [Target]
    public var customers: [Customer]
    public var leads: [Lead]
    public var deals: [Deal]
    public var activities: [Activity]
}

/// An RFC 3339 instant as written: seconds since the epoch and the offset it was written with.
public struct Instant: Sendable, Equatable {
    public var secondsSinceEpoch: Int
    public var offsetSeconds: Int
}

public struct Product: Sendable, Equatable {
    public var id: String
    public var name: String
    public var line: String?
}

public struct Rep: Sendable, Equatable {
    public var id: String
    public var name: String
    public var role: Role
    public var email: String?
    public var active: Bool
}

public struct Target: Sendable, Equatable {
    public var rep: Int
    public var period: Period
    public var revenue: Int?
    public var newCustomers: Int?
    public var meetings: Int?
    public var leads: Int?
}

public struct Customer: Sendable, Equatable {
    public var id: String
    public var name: String
    public var rep: Int
    public var segment: String?
    public var region: String?
    public var group: String?
    /// 1 = Monday … 7 = Sunday.
    public var careDay: Int?
    public var purchaseCycleDays: Int?
}

public struct Lead: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        case new, warm, cold, qualified, converted, lost
    }

    public var id: String
    public var rep: Int
    public var company: String
    public var customer: Int?
    public var source: String?
    public var status: Status
    public var created: LocalDay
}

public struct Deal: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        case open, won, lost
    }

    public var id: String
    public var rep: Int
    public var customer: Int
    public var name: String
    public var product: Int?
    public var stage: String?
    public var amount: Int
    public var probability: Int
    public var status: Status
    public var created: LocalDay
    public var expectedClose: LocalDay?
    /// Set for won and lost deals; ignored (nil) on open ones.
    public var closed: LocalDay?
}

public struct Activity: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case call, meeting, email, task, zalo, note
    }

    public var id: String
    public var rep: Int
    public var kind: Kind
    public var customer: Int?
    public var deal: Int?
    public var date: LocalDay
    public var due: LocalDay?
    public var done: Bool
    public var subject: String?
}
