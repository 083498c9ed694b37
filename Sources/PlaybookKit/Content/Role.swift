/// The roles the playbook is written for, as named in front matter and the snapshot.
public enum Role: String, Sendable, CaseIterable, Comparable {
    case inbound, outbound, bdManager = "bd_manager", other

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
