import CAxonKernels

/// The CPU the kernels run on, and how many of its cores they use.
public enum CPU {
    /// The number of threads large matrix products may use. The default value
    /// is the number of online cores; values below 1 mean 1.
    public static var threads: Int {
        get { Int(axon_threads()) }
        set { axon_set_threads(Int32(clamping: newValue)) }
    }

    /// The instruction set the kernels chose at run time:
    /// `"avx2+fma"`, `"neon"` or `"portable"`.
    public static var instructionSet: String { String(cString: axon_kernel_isa()) }

    /// The float32 operations one core can retire per cycle with that
    /// instruction set (for peak-GFLOP/s estimates).
    public static var float32FlopsPerCycle: Int { Int(axon_flops_per_cycle_f32()) }
}
