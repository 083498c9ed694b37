extension String {
    /// `7` as `07`: fixed-width numbers in dates, JSON escapes and percent-encoding.
    func leftPadded(to length: Int, with pad: Character = "0") -> String {
        count >= length ? self : String(repeating: pad, count: length - count) + self
    }
}
