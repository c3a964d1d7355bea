/// Points drawn as markers, one class of a scatter plot: the colour and the
/// shape both tell the classes apart, so the plot reads in greyscale and
/// for colour-blind readers.
public struct ScatterSeries: Sendable {
    /// The name shown in the legend; nil keeps the series out of the legend.
    public var name: String?
    /// The x coordinates.
    public var x: [Double]
    /// The y coordinates, as many as `x`.
    public var y: [Double]
    /// The marker shape; nil takes ``Palette/marker(_:)`` of the series' index.
    public var marker: MarkerShape?
    /// The colour; nil takes ``Palette/color(_:)`` of the series' index.
    public var color: Color?
    /// The marker's nominal diameter. The default value is `9`.
    public var size: Double
    /// Whether markers are filled (with a thin white outline) or drawn
    /// hollow (a coloured outline on white). The default value is `true`.
    public var filled: Bool

    /// A series of markers at (`x[i]`, `y[i]`). `x` and `y` must have the
    /// same length. The defaults: palette shape and colour, size `9`, filled.
    public init(_ name: String? = nil, x: [Double], y: [Double], marker: MarkerShape? = nil, color: Color? = nil,
                size: Double = 9, filled: Bool = true) {
        precondition(x.count == y.count, "ScatterSeries(\(name ?? "unnamed")): x has \(x.count) values but y has \(y.count)")
        self.name = name
        self.x = x
        self.y = y
        self.marker = marker
        self.color = color
        self.size = size
        self.filled = filled
    }

    /// One series per class label in `labels` (0, 1, 2, …), in increasing
    /// label order, each with the colour ``Palette/color(_:)`` and shape
    /// ``Palette/marker(_:)`` of its label, so that they match the colours
    /// of ``DecisionRegions`` for the same labels. The legend names are
    /// `names[label]` where given, otherwise "class 0", "class 1", ….
    public static func classes(x: [Double], y: [Double], labels: [Int], names: [String]? = nil) -> [ScatterSeries] {
        precondition(x.count == y.count && y.count == labels.count,
                     "ScatterSeries.classes: x, y and labels have \(x.count), \(y.count) and \(labels.count) values")
        var byLabel: [Int: (x: [Double], y: [Double])] = [:]
        for index in labels.indices {
            byLabel[labels[index], default: ([], [])].x.append(x[index])
            byLabel[labels[index], default: ([], [])].y.append(y[index])
        }
        return byLabel.keys.sorted().map { label in
            let points = byLabel[label] ?? ([], [])
            let name = names.flatMap { label >= 0 && label < $0.count ? $0[label] : nil } ?? "class \(label)"
            return ScatterSeries(name, x: points.x, y: points.y, marker: Palette.marker(label), color: Palette.color(label))
        }
    }
}
