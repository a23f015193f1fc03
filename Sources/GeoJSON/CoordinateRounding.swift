/// Rounds coordinates to a number of decimals for output.
public struct CoordinateRounding: Hashable, Sendable {
    /// Decimal places kept, 0...15 (6 decimals ≈ 0.11 m of latitude).
    public let decimals: Int
    private let scale: Double

    public init(decimals: Int) {
        self.decimals = max(0, min(15, decimals))
        var scale = 1.0
        for _ in 0..<self.decimals { scale *= 10 }
        self.scale = scale
    }

    /// `value` rounded half away from zero to `decimals` places; never negative zero. Values too large to scale
    /// exactly (|value| · 10^decimals ≥ 1e15) are returned unchanged.
    public func round(_ value: Double) -> Double {
        let scaled = value * scale
        guard scaled.isFinite, abs(scaled) < 1e15 else { return value }
        let rounded = scaled.rounded(.toNearestOrAwayFromZero) / scale
        return rounded == 0 ? 0 : rounded
    }

    public func round(_ position: Position) -> Position {
        Position(longitude: round(position.longitude), latitude: round(position.latitude),
                 altitude: position.altitude.map(round))
    }
}
