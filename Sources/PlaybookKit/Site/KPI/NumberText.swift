/// Numbers the Vietnamese way: `1.250.000.000 ₫`, `87,3%`, whatever the machine's locale.
struct NumberText: Sendable {
    let currency: String

    func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    func money(_ value: Int) -> String {
        count(value) + (currency == "VND" ? " ₫" : " " + currency)
    }

    /// `1,2 tỷ ₫`-style short form for chart labels: millions (`tr`) or billions (`tỷ`).
    func shortMoney(_ value: Int) -> String {
        if abs(value) >= 1_000_000_000 { return decimal(Ratio(numerator: value, denominator: 1_000_000_000), digits: 1) + " tỷ" }
        if abs(value) >= 1_000_000 { return decimal(Ratio(numerator: value, denominator: 1_000_000), digits: 1) + " tr" }
        return count(value)
    }

    /// `0,8734` as `87,3%`.
    func percent(_ ratio: Ratio?) -> String {
        guard let ratio else { return "–" }
        return decimal(Ratio(numerator: ratio.numerator * 100, denominator: ratio.denominator), digits: 1) + "%"
    }

    /// A ratio with `digits` decimals and a decimal comma, trailing zeros dropped.
    func decimal(_ ratio: Ratio, digits: Int) -> String {
        let scaled = ratio.scaled(digits: digits)
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        var fraction = String(abs(scaled) % scale).leftPadded(to: digits)
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (scaled < 0 ? "-" : "") + count(abs(scaled) / scale) + (fraction.isEmpty ? "" : "," + fraction)
    }

    /// `+12,5%` / `-3%` change against the period before; `–` when there is nothing to compare.
    func change(from previous: Int, to current: Int) -> String {
        if current == previous { return "0%" }
        guard previous != 0 else { return "–" }
        let ratio = Ratio(numerator: (current - previous) * 100, denominator: abs(previous))
        let text = decimal(ratio, digits: 1) + "%"
        return current >= previous ? "+" + text : text
    }
}
