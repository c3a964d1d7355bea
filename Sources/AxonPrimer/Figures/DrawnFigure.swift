import Axon

/// One of the primer's figures drawn from its experiment's numbers: the
/// panels, the caption that states the run's numbers, and the tables that
/// read better as HTML than as a picture.
///
/// The panels carry no heading or caption of their own: the HTML page sets
/// those as text, and ``standalone`` adds them for the figure's own SVG file.
public struct DrawnFigure: Sendable {
    /// Which figure this is.
    public var figure: PrimerFigure
    /// The figure's panels.
    public var chart: any Chart
    /// What the figure shows, with the numbers of this run.
    public var caption: String
    /// The figure's key number in one line ("converged in 6 epochs"), for
    /// the command line.
    public var summary: String
    /// Tables of the figure's numbers, shown under it on the HTML page.
    public var tables: [FigureTable]

    /// A figure drawn as `chart`, with its `caption`, `summary` and `tables`
    /// (none by default).
    public init(_ figure: PrimerFigure, chart: any Chart, caption: String, summary: String, tables: [FigureTable] = []) {
        self.figure = figure
        self.chart = chart
        self.caption = caption
        self.summary = summary
        self.tables = tables
    }

    /// The panels with the heading above and the caption below: the
    /// figure's standalone SVG.
    public var standalone: Figure {
        Figure(columns: 1, title: "Figure \(figure.number). \(figure.heading)", caption: caption, panels: [chart])
    }
}

/// A table of a figure's numbers: a truth table, gradients beside their
/// finite-difference checks. Cells are plain text.
public struct FigureTable: Sendable, Equatable {
    /// The table's caption.
    public var title: String
    /// The column headings.
    public var header: [String]
    /// The rows, as many cells as `header`.
    public var rows: [[String]]

    /// A table of `rows` under `header`, captioned `title`.
    public init(title: String, header: [String], rows: [[String]]) {
        precondition(rows.allSatisfy { $0.count == header.count },
                     "FigureTable(\(title)): every row needs \(header.count) cells")
        self.title = title
        self.header = header
        self.rows = rows
    }
}

extension PrimerFigure {
    /// The primer's own term for the figure's subject.
    public var primerTerm: String {
        switch self {
        case .neuron: return "神经元"
        case .perceptron: return "单层神经网络与感知机"
        case .xor: return "隐藏层与激活函数"
        case .multilayerNetwork: return "多层神经网络"
        case .activations: return "激活函数"
        case .forwardPropagation: return "前向传播"
        case .backpropagation: return "反向传播"
        case .gradientDescent: return "梯度下降"
        case .learningRate: return "学习率"
        case .batchSize: return "批量梯度下降 / 随机梯度下降 / 小批量梯度下降"
        case .optimizerPaths: return "动量 / AdaGrad / RMSProp / Adam"
        case .optimizerRace: return "优化器比较"
        }
    }

    /// The heading: the primer's term, then the English title
    /// ("梯度下降 · Gradient descent on a loss surface").
    public var heading: String { "\(primerTerm) · \(title)" }

    /// The name of the figure's SVG file, without the extension:
    /// `01-neuron` to `12-optimizer-race`.
    public var fileName: String {
        let number = number < 10 ? "0\(number)" : "\(number)"
        switch self {
        case .neuron: return number + "-neuron"
        case .perceptron: return number + "-perceptron"
        case .xor: return number + "-xor"
        case .multilayerNetwork: return number + "-multilayer-network"
        case .activations: return number + "-activations"
        case .forwardPropagation: return number + "-forward-propagation"
        case .backpropagation: return number + "-backpropagation"
        case .gradientDescent: return number + "-gradient-descent"
        case .learningRate: return number + "-learning-rate"
        case .batchSize: return number + "-batch-size"
        case .optimizerPaths: return number + "-optimizer-paths"
        case .optimizerRace: return number + "-optimizer-race"
        }
    }
}
