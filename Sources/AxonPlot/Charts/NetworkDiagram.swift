import Foundation

/// A feed-forward network drawn as layers of neurons with an edge for every
/// weight between consecutive layers: the edge's width grows with |w| and
/// its colour gives the sign (blue positive, red negative, from the
/// colour-blind-safe ``ColorScale/redBlue``; stronger weights are more
/// saturated and drawn on top).
///
/// `weights[k][j][i]` is the weight from node i of layer k to node j of
/// layer k + 1, the `[out, in]` layout of a PyTorch `Linear` weight. Layers
/// without weights are joined by thin grey edges; widths are scaled by the
/// largest |w| of the whole diagram, so layers compare. A layer with more
/// than ``maximumNodesShown`` nodes shows its first and last few with "⋮"
/// between.
///
/// ```swift
/// let diagram = NetworkDiagram(layers: [
///     NetworkLayer(name: "input", count: 2, labels: ["x₁", "x₂"]),
///     NetworkLayer(name: "hidden", count: 3),
///     NetworkLayer(name: "output", count: 1),
/// ], weights: [w1, w2], showsParameterCounts: true)
/// ```
public struct NetworkDiagram: Chart {
    /// The layers, left to right.
    public var layers: [NetworkLayer]
    /// The weights between consecutive layers, `weights[k][j][i]` from node i
    /// of layer k to node j of layer k + 1; may be empty or shorter.
    public var weights: [[[Double]]]
    /// The title above the diagram; nil for none.
    public var title: String?
    /// Text below the diagram; nil for none.
    public var caption: String?
    /// Whether each edge carries its weight as text (for small networks).
    /// The default value is `false`.
    public var showsWeightValues: Bool
    /// The decimals of the weight values on the edges (for gradients, which
    /// are small, 3 or 4). The default value is `2`.
    public var weightDecimals: Int
    /// Whether every layer after the first is captioned with its dense
    /// parameter count, "m·n + n = p parameters". The default value is `false`.
    public var showsParameterCounts: Bool
    /// Whether a key explains the edge colours and widths (only when there
    /// are weights). The default value is `true`.
    public var showsKey: Bool
    /// The width of the edge of the largest |w|. The default value is `6`.
    public var maximumEdgeWidth: Double
    /// The most nodes a layer shows before eliding its middle. The default
    /// value is `12`.
    public var maximumNodesShown: Int
    /// The chart's width in canvas units. The default value is `680`.
    public var width: Double
    /// The chart's height in canvas units. The default value is `440`.
    public var height: Double

    /// A diagram of `layers` joined by `weights`; every other argument has
    /// the default of the property it sets.
    public init(layers: [NetworkLayer], weights: [[[Double]]] = [], title: String? = nil, caption: String? = nil,
                showsWeightValues: Bool = false, weightDecimals: Int = 2, showsParameterCounts: Bool = false,
                showsKey: Bool = true, maximumEdgeWidth: Double = 6, maximumNodesShown: Int = 12, width: Double = 680, height: Double = 440) {
        self.layers = layers
        self.weights = weights
        self.title = title
        self.caption = caption
        self.showsWeightValues = showsWeightValues
        self.weightDecimals = weightDecimals
        self.showsParameterCounts = showsParameterCounts
        self.showsKey = showsKey
        self.maximumEdgeWidth = maximumEdgeWidth
        self.maximumNodesShown = maximumNodesShown
        self.width = width
        self.height = height
    }

    /// The colour of an edge of weight `weight` when the largest |w| is
    /// `largest`: blue for positive, red for negative, paler for smaller |w|
    /// but never as pale as the background.
    static func edgeColor(weight: Double, largest: Double) -> Color {
        guard weight.isFinite, largest > 0 else { return .gray }
        let strength = 0.35 + 0.65 * min(abs(weight) / largest, 1)
        return ColorScale.redBlue.color(at: 0.5 + (weight >= 0 ? 0.5 : -0.5) * strength)
    }

    /// The width of an edge of weight `weight` when the largest |w| is
    /// `largest`: from 0.5 up to ``maximumEdgeWidth``, in proportion to |w|.
    func edgeWidth(weight: Double, largest: Double) -> Double {
        guard weight.isFinite, largest > 0 else { return 0.5 }
        return 0.5 + (max(maximumEdgeWidth, 0.5) - 0.5) * min(abs(weight) / largest, 1)
    }

    /// The node indices of a layer of `count` that are drawn, with nil for
    /// the "⋮" slot where the middle is left out.
    func shownSlots(count: Int) -> [Int?] {
        let limit = max(maximumNodesShown, 3)
        guard count > limit else { return (0 ..< count).map { $0 } }
        let head = (limit - 1) / 2
        let tail = limit - 1 - head
        return (0 ..< head).map { $0 } + [nil] + ((count - tail) ..< count).map { $0 }
    }

    /// The caption lines under layer `index`.
    private func captionLines(_ index: Int) -> [String] {
        var lines: [String] = []
        if let name = layers[index].name, !name.isEmpty { lines.append(name) }
        if let annotation = layers[index].annotation, !annotation.isEmpty { lines.append(annotation) }
        if showsParameterCounts, index > 0 {
            lines.append(NetworkLayer.parameterSummary(inputs: layers[index - 1].nodes.count, outputs: layers[index].nodes.count))
        }
        return lines
    }

    /// The largest finite |w| of all the weights; 0 when there are none.
    private var largestWeight: Double {
        var largest = 0.0
        for matrix in weights {
            for row in matrix {
                for value in row where value.isFinite { largest = max(largest, abs(value)) }
            }
        }
        return largest
    }

    /// Draws the diagram into `frame`.
    public func draw(in canvas: inout SVGCanvas, frame: CanvasRect) {
        var area = ChartText.drawTitle(title, in: &canvas, frame: frame)
        area = ChartText.drawCaption(caption, in: &canvas, frame: area)
        guard !layers.isEmpty else { return }
        let largest = largestWeight
        let hasKey = showsKey && largest > 0
        if hasKey {
            drawKey(in: &canvas, at: CanvasPoint(x: area.x + ChartText.padding, y: area.maxY - 10))
            area = CanvasRect(x: area.x, y: area.y, width: area.width, height: area.height - 24)
        }
        let captionStyle = ChartText.with(ChartText.label, anchor: .middle, baseline: .top)
        let captionRows = layers.indices.map { captionLines($0).count }.max() ?? 0
        let captionHeight = Double(captionRows) * captionStyle.lineHeight + (captionRows > 0 ? 8 : 0)
        let noteStyle = ChartText.tick
        let leftNotes = layers[0].nodes.compactMap(\.note).map { noteStyle.estimatedWidth(of: $0) }.max() ?? 0
        let rightNotes = layers.count > 1 ? (layers[layers.count - 1].nodes.compactMap(\.note).map { noteStyle.estimatedWidth(of: $0) }.max() ?? 0) : 0

        // Node slots are the same height in every layer, so layers line up.
        let slots = layers.map { shownSlots(count: $0.nodes.count) }
        let mostSlots = max(slots.map(\.count).max() ?? 1, 1)
        let top = area.y + 8 + (layers.count > 2 ? noteStyle.lineHeight : 0)
        let bottom = area.maxY - captionHeight - 6
        let slotHeight = max(bottom - top, 10) / Double(mostSlots)
        // The outer columns keep room for their notes and for half their captions.
        func captionHalfWidth(_ index: Int) -> Double {
            (captionLines(index).map { captionStyle.estimatedWidth(of: $0) }.max() ?? 0) / 2
        }
        let left = area.x + ChartText.padding + max(leftNotes + (leftNotes > 0 ? 8 : 0), captionHalfWidth(0) - 18)
        let right = area.maxX - ChartText.padding
            - max(rightNotes + (rightNotes > 0 ? 8 : 0), layers.count > 1 ? captionHalfWidth(layers.count - 1) - 18 : 0)
        let columnWidth = layers.count > 1 ? (right - left) / Double(layers.count - 1) : 0
        let radius = max(4, min(22, slotHeight * 0.36, layers.count > 1 ? columnWidth * 0.18 : 22))
        let leftmost = left + radius
        let spacing = layers.count > 1 ? (right - radius - leftmost) / Double(layers.count - 1) : 0

        func center(layer: Int, slot: Int) -> CanvasPoint {
            let count = Double(slots[layer].count)
            let first = (top + bottom) / 2 - (count - 1) * slotHeight / 2
            let x = layers.count > 1 ? leftmost + Double(layer) * spacing : area.x + area.width / 2
            return CanvasPoint(x: x, y: first + Double(slot) * slotHeight)
        }

        drawEdges(in: &canvas, slots: slots, largest: largest, radius: radius, center: center)

        for (layerIndex, layer) in layers.enumerated() {
            for (slot, node) in slots[layerIndex].enumerated() {
                let point = center(layer: layerIndex, slot: slot)
                guard let node else {
                    canvas.text("⋮", at: point, style: TextStyle(size: 18, color: .darkGray, anchor: .middle, baseline: .middle))
                    continue
                }
                drawNode(layer.nodes[node], at: point, radius: radius, layer: layerIndex, in: &canvas)
            }
            let lines = captionLines(layerIndex)
            if !lines.isEmpty {
                let x = center(layer: layerIndex, slot: 0).x
                canvas.text(lines.joined(separator: "\n"), at: CanvasPoint(x: x, y: bottom + 10), style: captionStyle)
            }
        }
    }

    private func drawEdges(in canvas: inout SVGCanvas, slots: [[Int?]], largest: Double, radius: Double,
                           center: (Int, Int) -> CanvasPoint) {
        struct Edge {
            var layer: Int, from: Int, to: Int
            var weight: Double?
        }
        var edges: [Edge] = []
        for layer in 0 ..< max(layers.count - 1, 0) {
            for (toSlot, toNode) in slots[layer + 1].enumerated() {
                guard let toNode else { continue }
                for (fromSlot, fromNode) in slots[layer].enumerated() {
                    guard let fromNode else { continue }
                    var weight: Double?
                    if layer < weights.count, toNode < weights[layer].count, fromNode < weights[layer][toNode].count {
                        weight = weights[layer][toNode][fromNode]
                    }
                    edges.append(Edge(layer: layer, from: fromSlot, to: toSlot, weight: weight))
                }
            }
        }
        // Weak edges first, so strong ones lie on top; ties keep their order.
        let order = edges.indices.sorted { a, b in
            let wa = abs(edges[a].weight ?? 0)
            let wb = abs(edges[b].weight ?? 0)
            return wa != wb ? wa < wb : a < b
        }
        let valueStyle = TextStyle(size: 12, color: .black, anchor: .middle, baseline: .middle, halo: .white)
        var labels: [(String, CanvasPoint)] = []
        for index in order {
            let edge = edges[index]
            let start = center(edge.layer, edge.from)
            let end = center(edge.layer + 1, edge.to)
            let dx = end.x - start.x
            let dy = end.y - start.y
            let length = (dx * dx + dy * dy).squareRoot()
            guard length > 2 * radius else { continue }
            let from = CanvasPoint(x: start.x + dx / length * radius, y: start.y + dy / length * radius)
            let to = CanvasPoint(x: end.x - dx / length * radius, y: end.y - dy / length * radius)
            guard let weight = edge.weight else {
                canvas.line(from: from, to: to, stroke: Stroke(color: .gray, width: 1.2))
                continue
            }
            guard weight.isFinite else {
                canvas.line(from: from, to: to, stroke: Stroke(color: .gray, width: 1, dash: .dotted))
                continue
            }
            canvas.line(from: from, to: to, stroke: Stroke(color: Self.edgeColor(weight: weight, largest: largest),
                                                           width: edgeWidth(weight: weight, largest: largest)))
            if showsWeightValues {
                // Edges to upper targets are labelled nearer their source, to lower
                // ones nearer their target, so crossing edges' labels stay apart.
                let targets = Double(slots[edge.layer + 1].count)
                let t = 0.25 + 0.5 * (Double(edge.to) + 0.5) / targets
                let at = CanvasPoint(x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t)
                labels.append((SVGFormat.fixed(weight, decimals: weightDecimals, typographicMinus: true), at))
            }
        }
        for (text, point) in labels { canvas.text(text, at: point, style: valueStyle) }
    }

    private func drawNode(_ node: NetworkNode, at point: CanvasPoint, radius: Double, layer: Int, in canvas: inout SVGCanvas) {
        canvas.circle(center: point, radius: radius, fill: node.fill ?? .white, stroke: Stroke(color: .darkGray, width: 1.5))
        if let label = node.label, !label.isEmpty {
            var style = TextStyle(size: 12, anchor: .middle, baseline: .middle)
            let fitting = 12 * (1.7 * radius) / max(style.estimatedWidth(of: label), 1)
            style.size = max(8, min(13, fitting, radius * 1.1))
            if let fill = node.fill, fill.luminance < 0.4 { style.color = .white }
            canvas.text(label, at: point, style: style)
        }
        if let note = node.note, !note.isEmpty {
            var style = ChartText.tick
            style.halo = .white
            if layer == 0 {
                style.anchor = .end
                style.baseline = .middle
                canvas.text(note, at: CanvasPoint(x: point.x - radius - 6, y: point.y), style: style)
            } else if layer == layers.count - 1 {
                style.baseline = .middle
                canvas.text(note, at: CanvasPoint(x: point.x + radius + 6, y: point.y), style: style)
            } else {
                style.anchor = .middle
                style.baseline = .bottom
                canvas.text(note, at: CanvasPoint(x: point.x, y: point.y - radius - 3), style: style)
            }
        }
    }

    /// The key: a positive and a negative sample edge, and what widths mean.
    private func drawKey(in canvas: inout SVGCanvas, at origin: CanvasPoint) {
        let style = ChartText.with(ChartText.tick, baseline: .middle)
        var x = origin.x
        for (weight, text) in [(1.0, "positive weight"), (-1.0, "negative weight")] {
            canvas.line(from: CanvasPoint(x: x, y: origin.y), to: CanvasPoint(x: x + 26, y: origin.y),
                        stroke: Stroke(color: Self.edgeColor(weight: weight, largest: 1), width: 3.5))
            canvas.text(text, at: CanvasPoint(x: x + 32, y: origin.y), style: style)
            x += 32 + style.estimatedWidth(of: text) + 18
        }
        canvas.text("line width ∝ |weight|", at: CanvasPoint(x: x, y: origin.y), style: style)
    }
}
