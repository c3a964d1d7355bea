extension Tensor {
    /// Max pooling over the last two axes of `[N, C, H, W]` (or `[C, H, W]`):
    /// each output is the largest element of its window, as
    /// `torch.nn.functional.max_pool2d`. Padding is never the maximum. The
    /// gradient goes to the element that was the maximum: the first in scan
    /// order among ties, as PyTorch picks it.
    ///
    /// - Parameters:
    ///   - kernelSize: the window.
    ///   - stride: the step between windows. The default value is `nil`: the kernel size.
    ///   - padding: on each side, at most half the kernel. The default value is `0`.
    ///   - dilation: the spacing of the window's elements. The default value is `1`.
    ///   - ceilMode: round the output size up, not down. The default value is `false`.
    public static func maxPool2d(
        _ input: Tensor, kernelSize: Size2D, stride: Size2D? = nil, padding: Size2D = 0, dilation: Size2D = 1,
        ceilMode: Bool = false
    ) -> Tensor {
        let geometry = checked { () throws(ShapeError) in
            try poolingGeometry(input.shape, kernel: kernelSize, stride: stride ?? kernelSize, padding: padding,
                                dilation: dilation, ceilMode: ceilMode, op: "maxPool2d")
        }
        input.requireFloat("maxPool2d")
        let shape = Array(input.shape.dropLast(2)) + [geometry.outputHeight, geometry.outputWidth]
        let result = Tensor(uninitializedShape: shape, dtype: input.dtype, device: input.device)
        let indices = Tensor(uninitializedShape: shape, dtype: .int64, device: input.device)
        input.backend.maxPool2d(input, geometry: geometry, into: result, indices: indices)
        let inputShape = input.shape
        return record("maxPool2d", result, input) { g in
            let gradient = Tensor(uninitializedShape: inputShape, dtype: g.dtype, device: g.device)
            g.backend.maxPool2dBackward(g, indices: indices, geometry: geometry, into: gradient)
            return [gradient]
        }
    }

    /// Average pooling over the last two axes, as
    /// `torch.nn.functional.avg_pool2d`: each output is its window's sum over
    /// the window's size, which counts the padding (`countIncludePad`, the
    /// default) or only the input's elements.
    ///
    /// - Parameters:
    ///   - kernelSize: the window.
    ///   - stride: the default value is `nil`: the kernel size.
    ///   - padding: zeros on each side, at most half the kernel. The default value is `0`.
    ///   - ceilMode: the default value is `false`.
    ///   - countIncludePad: the default value is `true`.
    public static func avgPool2d(
        _ input: Tensor, kernelSize: Size2D, stride: Size2D? = nil, padding: Size2D = 0, ceilMode: Bool = false,
        countIncludePad: Bool = true
    ) -> Tensor {
        let geometry = checked { () throws(ShapeError) in
            try poolingGeometry(input.shape, kernel: kernelSize, stride: stride ?? kernelSize, padding: padding,
                                dilation: 1, ceilMode: ceilMode, op: "avgPool2d")
        }
        input.requireFloat("avgPool2d")
        let shape = Array(input.shape.dropLast(2)) + [geometry.outputHeight, geometry.outputWidth]
        let result = Tensor(uninitializedShape: shape, dtype: input.dtype, device: input.device)
        input.backend.avgPool2d(input, geometry: geometry, countIncludePad: countIncludePad, into: result)
        let inputShape = input.shape
        return record("avgPool2d", result, input) { g in
            let gradient = Tensor.zeros(inputShape, dtype: g.dtype)
            g.backend.avgPool2dBackward(g, geometry: geometry, countIncludePad: countIncludePad, into: gradient)
            return [gradient]
        }
    }

    /// Average pooling to a fixed output size over the last two axes, as
    /// `torch.nn.functional.adaptive_avg_pool2d`: output `i` of `n` averages
    /// input rows ⌊i·H/n⌋ ..< ⌈(i + 1)·H/n⌉ (likewise for columns); `1` is
    /// global average pooling.
    public static func adaptiveAvgPool2d(_ input: Tensor, outputSize: Size2D) -> Tensor {
        precondition(input.rank == 3 || input.rank == 4, "adaptiveAvgPool2d: input of shape \(input.shape) is not [N, C, H, W] or [C, H, W]")
        precondition(outputSize.height >= 1 && outputSize.width >= 1, "adaptiveAvgPool2d: output size \(outputSize) must be positive")
        precondition(input.shape[input.rank - 2] > 0 && input.shape[input.rank - 1] > 0,
                     "adaptiveAvgPool2d: input of shape \(input.shape) has no pixels")
        input.requireFloat("adaptiveAvgPool2d")
        let shape = Array(input.shape.dropLast(2)) + [outputSize.height, outputSize.width]
        let result = Tensor(uninitializedShape: shape, dtype: input.dtype, device: input.device)
        input.backend.adaptiveAvgPool2d(input, into: result)
        let inputShape = input.shape
        return record("adaptiveAvgPool2d", result, input) { g in
            let gradient = Tensor.zeros(inputShape, dtype: g.dtype)
            g.backend.adaptiveAvgPool2dBackward(g, into: gradient)
            return [gradient]
        }
    }

    /// The output shape of a pooling of an input of `inputShape` (`[N, C, H,
    /// W]` or `[C, H, W]`), or an error naming what does not fit.
    public static func pool2dOutputShape(
        input inputShape: [Int], kernelSize: Size2D, stride: Size2D? = nil, padding: Size2D = 0, dilation: Size2D = 1,
        ceilMode: Bool = false, op: String = "pool2d"
    ) throws(ShapeError) -> [Int] {
        let geometry = try poolingGeometry(inputShape, kernel: kernelSize, stride: stride ?? kernelSize, padding: padding,
                                           dilation: dilation, ceilMode: ceilMode, op: op)
        return Array(inputShape.dropLast(2)) + [geometry.outputHeight, geometry.outputWidth]
    }

    /// The window geometry of a pooling, with PyTorch's output size:
    /// ⌊(H + 2p − d(k − 1) − 1 + (ceil ? s − 1 : 0)) / s⌋ + 1, less one when
    /// rounding up made the last window start in the padding.
    static func poolingGeometry(
        _ input: [Int], kernel: Size2D, stride: Size2D, padding: Size2D, dilation: Size2D, ceilMode: Bool, op: String
    ) throws(ShapeError) -> ConvGeometry {
        guard input.count == 3 || input.count == 4 else {
            throw ShapeError("\(op): input of shape \(input) is not [N, C, H, W] or [C, H, W]")
        }
        guard kernel.height >= 1, kernel.width >= 1, stride.height >= 1, stride.width >= 1,
              dilation.height >= 1, dilation.width >= 1 else {
            throw ShapeError("\(op): kernel \(kernel), stride \(stride) and dilation \(dilation) must be positive")
        }
        guard padding.height >= 0, padding.width >= 0, padding.height * 2 <= kernel.height, padding.width * 2 <= kernel.width else {
            throw ShapeError("\(op): padding \(padding) must be between 0 and half the kernel \(kernel)")
        }
        let height = input[input.count - 2], width = input[input.count - 1]
        func outputSize(_ size: Int, _ k: Int, _ s: Int, _ p: Int, _ d: Int) -> Int {
            let span = size + 2 * p - d * (k - 1) - 1 + (ceilMode ? s - 1 : 0)
            var count = (span >= 0 ? span / s : -((-span + s - 1) / s)) + 1
            if ceilMode && (count - 1) * s >= size + p { count -= 1 }
            return count
        }
        let outH = outputSize(height, kernel.height, stride.height, padding.height, dilation.height)
        let outW = outputSize(width, kernel.width, stride.width, padding.width, dilation.width)
        guard outH >= 1, outW >= 1 else {
            throw ShapeError("\(op): the window \(kernel) does not fit the input \(height)×\(width) of shape \(input)")
        }
        return ConvGeometry(
            channels: input.count == 4 ? input[1] : input[0], height: height, width: width,
            kernelHeight: kernel.height, kernelWidth: kernel.width, strideHeight: stride.height, strideWidth: stride.width,
            dilationHeight: dilation.height, dilationWidth: dilation.width,
            padTop: padding.height, padLeft: padding.width, padBottom: padding.height, padRight: padding.width,
            outputHeight: outH, outputWidth: outW)
    }
}
