import GeoJSON

/// Styling by Mapbox's simplestyle-spec (1.1.0), which geojson.io and GitHub's map preview read from
/// feature properties. Every feature NewsMap writes carries one.
///
/// ```swift
/// var properties: JSONObject = ["name": "Budapest"]
/// SimpleStyle.point(color: "#d62728", symbol: "star", title: "Budapest", description: "venue").apply(to: &properties)
/// ```
public struct SimpleStyle: Sendable, Hashable {
    public var title: String
    public var description: String
    public var markerColor: String?
    public var markerSymbol: String?
    public var markerSize: String?
    public var stroke: String?
    public var strokeWidth: Double?
    public var strokeOpacity: Double?
    public var fill: String?
    public var fillOpacity: Double?

    public init(
        title: String, description: String, markerColor: String? = nil, markerSymbol: String? = nil,
        markerSize: String? = nil, stroke: String? = nil, strokeWidth: Double? = nil, strokeOpacity: Double? = nil,
        fill: String? = nil, fillOpacity: Double? = nil
    ) {
        self.title = title
        self.description = description
        self.markerColor = markerColor
        self.markerSymbol = markerSymbol
        self.markerSize = markerSize
        self.stroke = stroke
        self.strokeWidth = strokeWidth
        self.strokeOpacity = strokeOpacity
        self.fill = fill
        self.fillOpacity = fillOpacity
    }

    /// A marker. Points are drawn with marker-* keys; stroke and fill are still set so that a tool that draws
    /// every feature alike shows the same colour.
    public static func point(color: String, symbol: String, title: String, description: String, size: String = "medium") -> SimpleStyle {
        SimpleStyle(title: title, description: description, markerColor: color, markerSymbol: symbol, markerSize: size,
                    stroke: color, strokeWidth: 2, strokeOpacity: 1, fill: color, fillOpacity: 0.6)
    }

    /// A line (routes): stroke only, with marker-* for tools that draw its vertices.
    public static func line(color: String, width: Double, title: String, description: String) -> SimpleStyle {
        SimpleStyle(title: title, description: description, markerColor: color, markerSymbol: "circle",
                    stroke: color, strokeWidth: width, strokeOpacity: 0.9, fill: color, fillOpacity: 0)
    }

    /// An area (rings, boundaries, occupied ground): outline and translucent fill.
    public static func area(stroke: String, fill: String, fillOpacity: Double, title: String, description: String, strokeWidth: Double = 2) -> SimpleStyle {
        SimpleStyle(title: title, description: description, markerColor: stroke, markerSymbol: "square",
                    stroke: stroke, strokeWidth: strokeWidth, strokeOpacity: 1, fill: fill, fillOpacity: fillOpacity)
    }

    /// Writes the simplestyle keys into `properties` (after the feature's own keys, in a fixed order).
    public func apply(to properties: inout JSONObject) {
        properties["title"] = .string(title)
        properties["description"] = .string(description)
        if let markerColor { properties["marker-color"] = .string(markerColor) }
        if let markerSymbol { properties["marker-symbol"] = .string(markerSymbol) }
        if let markerSize { properties["marker-size"] = .string(markerSize) }
        if let stroke { properties["stroke"] = .string(stroke) }
        if let strokeWidth { properties["stroke-width"] = .number(strokeWidth) }
        if let strokeOpacity { properties["stroke-opacity"] = .number(strokeOpacity) }
        if let fill { properties["fill"] = .string(fill) }
        if let fillOpacity { properties["fill-opacity"] = .number(fillOpacity) }
    }

    /// The keys every NewsMap feature must carry (the list).
    public static let requiredKeys = ["marker-color", "marker-symbol", "stroke", "stroke-width", "fill", "fill-opacity", "title", "description"]
}

/// The palette of the map layers, one colour per role (colour-blind-safe, from the Tableau 10 set).
public enum RolePalette {
    public static let venue = "#d62728"        // red
    public static let deployment = "#1f77b4"   // blue
    public static let meeting = "#2ca02c"      // green
    public static let occupied = "#8c2d04"     // dark brown-red
    public static let occupiedFill = "#e6550d" // orange fill
    public static let remainder = "#fdae6b"    // light orange: Ukraine-held part of a claimed oblast
    public static let mention = "#7f7f7f"      // grey
    public static let route = "#9467bd"        // purple
    public static let ring = "#17becf"         // cyan
    public static let boundary = "#bcbd22"     // olive
}
