import CAxonKernels

/// The CPU the kernels run on, and how many of its cores they use.
public enum CPU {
    /// The number of threads the kernels may use. The default value is
    /// ``cores``; setting 0 (or any value below 1) restores it.
    public static var threads: Int {
        get { Int(axon_threads()) }
        set { axon_set_threads(Int32(clamping: newValue)) }
    }

    /// The number of online cores, the default of ``threads``.
    public static var cores: Int { Int(axon_default_threads()) }

    /// The instruction set the kernels dispatch to: `"scalar"`, `"avx2"`,
    /// `"avx512"` or `"neon"`. Chosen at first use: the one the environment
    /// variable `AXON_ISA` names, else the best this CPU and its OS support.
    public static var instructionSet: String { String(cString: axon_kernel_isa()) }

    /// The instruction sets this CPU and its OS run: each a value that
    /// `AXON_ISA` accepts here.
    public static var supportedInstructionSets: [String] {
        ["scalar", "avx2", "avx512", "neon"].filter { axon_kernel_isa_supported($0) == 1 }
    }

    /// The float32 operations one core can retire per cycle with that
    /// instruction set on this core (for peak-GFLOP/s estimates; float64
    /// is half).
    public static var float32FlopsPerCycle: Int { Int(axon_flops_per_cycle_f32()) }

    /// The bytes of freed tensor memory kept for reuse. Tensors of 64 KB and
    /// more come from a cache of freed blocks (up to 1 GiB), so a training
    /// step reuses the last step's memory instead of mapping fresh pages.
    public static var cachedMemoryBytes: Int { Int(axon_block_cached_bytes()) }

    /// Gives the cached blocks back to the system. Worth it where the sizes
    /// change, as between training and evaluation: the blocks of one phase
    /// would otherwise sit beside those of the next.
    public static func releaseCachedMemory() { axon_block_release_cached() }
}
