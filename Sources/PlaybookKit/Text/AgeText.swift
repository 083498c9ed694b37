/// Lengths of time as people write them in a config or on a command line: `36h`, `2d`,
/// `90m`, `1d12h`. Whole units only, so the threshold means the same on every machine.
public enum AgeText {
    public static let rule = "write a length of time such as `36h`, `2d`, `90m` or `1d12h`"

    /// The number of seconds `text` stands for; nil when it is not such a length or is zero.
    public static func seconds(_ text: String) -> Int? {
        var total = 0
        var digits = 0
        var number = 0
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                guard digits < 6 else { return nil }
                number = number * 10 + Int(scalar.value - 48)
                digits += 1
                continue
            }
            guard digits > 0, let unit = unitSeconds[scalar] else { return nil }
            total += number * unit
            number = 0
            digits = 0
        }
        guard digits == 0, total > 0 else { return nil }
        return total
    }

    /// `36h`, `11d4h`, `90m`: hours up to three days, days and hours beyond, minutes under
    /// an hour; seconds are dropped once there are minutes.
    public static func text(_ seconds: Int) -> String {
        let units: [(String, Int)] = seconds >= 3 * 86_400 ? [("d", 86_400), ("h", 3600)]
            : seconds >= 3600 ? [("h", 3600), ("m", 60)]
            : seconds >= 60 ? [("m", 60)] : [("s", 1)]
        var rest = max(0, seconds)
        var parts = ""
        for (unit, size) in units where rest >= size {
            parts += "\(rest / size)\(unit)"
            rest %= size
        }
        return parts.isEmpty ? "0s" : parts
    }

    private static let unitSeconds: [Unicode.Scalar: Int] = ["s": 1, "m": 60, "h": 3600, "d": 86_400, "w": 604_800]
}
