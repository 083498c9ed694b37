extension Array where Element == UInt8 {
    /// Where `first` followed by `second` next stands, at or after `start`: how the template
    /// scans find `{{` and `}}`.
    func firstIndex(of first: UInt8, _ second: UInt8, from start: Int) -> Int? {
        var index = start
        while index + 1 < count {
            if self[index] == first, self[index + 1] == second { return index }
            index += 1
        }
        return nil
    }
}
