import CAxonKernels

extension CPUBackend {
    func conv2d(_ x: Tensor, weight: Tensor, bias: Tensor?, geometry: ConvGeometry, groups: Int, relu: Bool,
                into y: Tensor) {
        var g = geometry.c
        let batch = Int64(x.shape[0]), outChannels = Int64(weight.shape[0])
        if x.dtype == .float32 {
            axon_conv2d_f32(&g, batch, Int64(groups), outChannels, x.pointer(Float.self), weight.pointer(Float.self),
                            bias?.pointer(Float.self), relu ? 1 : 0, y.pointer(Float.self))
        } else {
            axon_conv2d_f64(&g, batch, Int64(groups), outChannels, x.pointer(Double.self), weight.pointer(Double.self),
                            bias?.pointer(Double.self), relu ? 1 : 0, y.pointer(Double.self))
        }
        withExtendedLifetime(x) {}
        withExtendedLifetime(weight) {}
        withExtendedLifetime(bias) {}
    }

    func conv2dInputGradient(_ upstream: Tensor, reluOutput: Tensor?, weight: Tensor, geometry: ConvGeometry,
                             groups: Int, into x: Tensor) {
        var g = geometry.c
        let batch = Int64(x.shape[0]), outChannels = Int64(weight.shape[0])
        if x.dtype == .float32 {
            axon_conv2d_input_grad_f32(&g, batch, Int64(groups), outChannels, upstream.pointer(Float.self),
                                       reluOutput?.pointer(Float.self), weight.pointer(Float.self), x.pointer(Float.self))
        } else {
            axon_conv2d_input_grad_f64(&g, batch, Int64(groups), outChannels, upstream.pointer(Double.self),
                                       reluOutput?.pointer(Double.self), weight.pointer(Double.self),
                                       x.pointer(Double.self))
        }
        withExtendedLifetime(upstream) {}
        withExtendedLifetime(reluOutput) {}
        withExtendedLifetime(weight) {}
    }

    func conv2dWeightGradient(_ x: Tensor, upstream: Tensor, reluOutput: Tensor?, geometry: ConvGeometry, groups: Int,
                              into weight: Tensor, bias: Tensor?) {
        var g = geometry.c
        let batch = Int64(x.shape[0]), outChannels = Int64(weight.shape[0])
        if x.dtype == .float32 {
            axon_conv2d_weight_grad_f32(&g, batch, Int64(groups), outChannels, x.pointer(Float.self),
                                        upstream.pointer(Float.self), reluOutput?.pointer(Float.self),
                                        weight.pointer(Float.self), bias?.pointer(Float.self))
        } else {
            axon_conv2d_weight_grad_f64(&g, batch, Int64(groups), outChannels, x.pointer(Double.self),
                                        upstream.pointer(Double.self), reluOutput?.pointer(Double.self),
                                        weight.pointer(Double.self), bias?.pointer(Double.self))
        }
        withExtendedLifetime(x) {}
        withExtendedLifetime(upstream) {}
        withExtendedLifetime(reluOutput) {}
    }

    func maxPool2d(_ x: Tensor, geometry: ConvGeometry, into y: Tensor, indices: Tensor) {
        var g = geometry.c
        let planes = Int64(x.count / Swift.max(geometry.height * geometry.width, 1))
        if x.dtype == .float32 {
            axon_max_pool2d_f32(&g, planes, x.pointer(Float.self), y.pointer(Float.self), indices.pointer(Int64.self))
        } else {
            axon_max_pool2d_f64(&g, planes, x.pointer(Double.self), y.pointer(Double.self), indices.pointer(Int64.self))
        }
        withExtendedLifetime(x) {}
    }

    func maxPool2dBackward(_ upstream: Tensor, indices: Tensor, geometry: ConvGeometry, into x: Tensor) {
        let plane = geometry.height * geometry.width, outputs = geometry.outputHeight * geometry.outputWidth
        let planes = Int64(x.count / Swift.max(plane, 1))
        if x.dtype == .float32 {
            axon_max_pool2d_backward_f32(planes, Int64(plane), Int64(outputs), upstream.pointer(Float.self),
                                         indices.pointer(Int64.self), x.pointer(Float.self))
        } else {
            axon_max_pool2d_backward_f64(planes, Int64(plane), Int64(outputs), upstream.pointer(Double.self),
                                         indices.pointer(Int64.self), x.pointer(Double.self))
        }
        withExtendedLifetime(upstream) {}
        withExtendedLifetime(indices) {}
    }

    func avgPool2d(_ x: Tensor, geometry: ConvGeometry, countIncludePad: Bool, into y: Tensor) {
        var g = geometry.c
        let planes = Int64(x.count / Swift.max(geometry.height * geometry.width, 1))
        if x.dtype == .float32 {
            axon_avg_pool2d_f32(&g, planes, countIncludePad ? 1 : 0, x.pointer(Float.self), y.pointer(Float.self))
        } else {
            axon_avg_pool2d_f64(&g, planes, countIncludePad ? 1 : 0, x.pointer(Double.self), y.pointer(Double.self))
        }
        withExtendedLifetime(x) {}
    }

    func avgPool2dBackward(_ upstream: Tensor, geometry: ConvGeometry, countIncludePad: Bool, into x: Tensor) {
        var g = geometry.c
        let planes = Int64(x.count / Swift.max(geometry.height * geometry.width, 1))
        if x.dtype == .float32 {
            axon_avg_pool2d_backward_f32(&g, planes, countIncludePad ? 1 : 0, upstream.pointer(Float.self), x.pointer(Float.self))
        } else {
            axon_avg_pool2d_backward_f64(&g, planes, countIncludePad ? 1 : 0, upstream.pointer(Double.self), x.pointer(Double.self))
        }
        withExtendedLifetime(upstream) {}
    }

    func adaptiveAvgPool2d(_ x: Tensor, into y: Tensor) {
        let (planes, height, width, outH, outW) = Self.planes(x, y)
        if x.dtype == .float32 {
            axon_adaptive_avg_pool2d_f32(planes, height, width, outH, outW, x.pointer(Float.self), y.pointer(Float.self))
        } else {
            axon_adaptive_avg_pool2d_f64(planes, height, width, outH, outW, x.pointer(Double.self), y.pointer(Double.self))
        }
        withExtendedLifetime(x) {}
    }

    func adaptiveAvgPool2dBackward(_ upstream: Tensor, into x: Tensor) {
        let (planes, height, width, outH, outW) = Self.planes(x, upstream)
        if x.dtype == .float32 {
            axon_adaptive_avg_pool2d_backward_f32(planes, height, width, outH, outW, upstream.pointer(Float.self), x.pointer(Float.self))
        } else {
            axon_adaptive_avg_pool2d_backward_f64(planes, height, width, outH, outW, upstream.pointer(Double.self), x.pointer(Double.self))
        }
        withExtendedLifetime(upstream) {}
    }

    /// The planes of an input `[.., H, W]` and its pooled `[.., outH, outW]`.
    private static func planes(_ input: Tensor, _ output: Tensor) -> (Int64, Int64, Int64, Int64, Int64) {
        let height = input.shape[input.rank - 2], width = input.shape[input.rank - 1]
        let outH = output.shape[output.rank - 2], outW = output.shape[output.rank - 1]
        return (Int64(input.count / Swift.max(height * width, 1)), Int64(height), Int64(width), Int64(outH), Int64(outW))
    }
}

extension ConvGeometry {
    /// The geometry as the C kernels take it.
    var c: axon_conv_geometry {
        axon_conv_geometry(
            channels: Int64(channels), height: Int64(height), width: Int64(width),
            kernel_h: Int64(kernelHeight), kernel_w: Int64(kernelWidth),
            stride_h: Int64(strideHeight), stride_w: Int64(strideWidth),
            dilation_h: Int64(dilationHeight), dilation_w: Int64(dilationWidth),
            pad_top: Int64(padTop), pad_left: Int64(padLeft), pad_bottom: Int64(padBottom), pad_right: Int64(padRight),
            out_h: Int64(outputHeight), out_w: Int64(outputWidth))
    }
}
