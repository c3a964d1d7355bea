/// One neuron of a ``NetworkDiagram``: a circle with optional text inside
/// and beside it.
public struct NetworkNode: Sendable {
    /// The text inside the circle: a name (`x₁`, `Σ`) or a value (`0.73`);
    /// nil for none.
    public var label: String?
    /// The text beside the circle: to the left in the first layer, to the
    /// right in the last, above the circle in between (a bias, an
    /// activation's value); nil for none.
    public var note: String?
    /// The circle's fill; nil for white.
    public var fill: Color?

    /// A node with optional `label` inside, `note` beside and `fill`. The
    /// defaults are nil (no text, white).
    public init(label: String? = nil, note: String? = nil, fill: Color? = nil) {
        self.label = label
        self.note = note
        self.fill = fill
    }
}

/// One column of a ``NetworkDiagram``: its nodes, top to bottom, and the
/// captions under it.
public struct NetworkLayer: Sendable {
    /// The nodes, top to bottom.
    public var nodes: [NetworkNode]
    /// The caption under the layer ("input", "hidden, ReLU"); nil for none.
    public var name: String?
    /// More text under the name (a parameter count, a shape); nil for none.
    public var annotation: String?

    /// A layer of `nodes`, with an optional `name` and `annotation` under it.
    public init(name: String? = nil, nodes: [NetworkNode], annotation: String? = nil) {
        self.nodes = nodes
        self.name = name
        self.annotation = annotation
    }

    /// A layer of `count` nodes whose labels and notes are taken, in order,
    /// from `labels` and `notes` where those are long enough.
    public init(name: String? = nil, count: Int, labels: [String] = [], notes: [String] = [], annotation: String? = nil) {
        var nodes: [NetworkNode] = []
        for index in 0 ..< max(count, 0) {
            nodes.append(NetworkNode(label: index < labels.count ? labels[index] : nil,
                                     note: index < notes.count ? notes[index] : nil))
        }
        self.init(name: name, nodes: nodes, annotation: annotation)
    }

    /// The parameter count of a dense layer from `inputs` to `outputs`
    /// neurons, written out as the primer does: `"3·4 + 4 = 16 parameters"`
    /// (m·n weights plus n biases).
    public static func parameterSummary(inputs: Int, outputs: Int) -> String {
        let total = inputs * outputs + outputs
        return "\(inputs)·\(outputs) + \(outputs) = \(total) parameter" + (total == 1 ? "" : "s")
    }
}
