import CZlib

/// gzip decompression through zlib's `inflate`, for `.gz` data files.
enum Gzip {
    /// Whether `bytes` start with the gzip magic number `1f 8b`.
    static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The most bytes deflate can make of one byte (258-byte matches coded
    /// in about two bits): a file that announces more than this many times
    /// its own size is cut short, whatever it says.
    static let largestRatio = 1032

    /// The decompressed contents of a gzip stream (several members, as
    /// `cat a.gz b.gz` makes, are joined). `path` names the file in errors.
    ///
    /// Memory follows what is actually inflated, never what the data claim:
    /// the output grows as it fills, up to `maximumBytes`. `announcedSize`
    /// reads the start of the output and returns the size the format's own
    /// header promises, once it can tell (nil until then; it may throw for
    /// a malformed header): inflating then stops with an error as soon as
    /// the data run past that size, and a promise beyond the limit or beyond
    /// what the compressed bytes can hold is refused at once.
    static func decompress(_ bytes: [UInt8], path: String, maximumBytes: Int = DataLimits().maximumDecompressedBytes,
                           announcedSize: (UnsafeBufferPointer<UInt8>) throws -> Int? = { _ in nil }) throws -> [UInt8] {
        var stream = z_stream()
        // 15 + 32: the largest window, with a gzip or zlib header detected automatically.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw DataError.unreadable(path: path, reason: "zlib could not start inflating")
        }
        defer { inflateEnd(&stream) }

        let (possible, overflow) = bytes.count.multipliedReportingOverflow(by: largestRatio)
        // The output may never pass this: the limit, or once the header has
        // spoken, one byte past what it promises (to see data beyond it).
        var ceiling = Swift.min(maximumBytes, overflow ? Int.max : possible, Int.max - 1) + 1
        var announced: Int?
        var output = [UInt8](repeating: 0, count: Swift.min(initialCapacity(for: bytes), ceiling))
        var produced = 0
        try bytes.withUnsafeBufferPointer { input in
            guard let inputBase = input.baseAddress else { return }
            var consumed = 0
            while true {
                guard produced < ceiling else {
                    if let announced {
                        throw DataError.malformed(path: path, reason: "it decompresses to more than the \(announced) bytes its header announces")
                    }
                    if overflow || maximumBytes < possible {
                        throw DataError.malformed(path: path, reason: "it decompresses to more than the limit of \(maximumBytes) bytes (raise it with --max-decompressed-mb)")
                    }
                    throw DataError.malformed(path: path, reason: "corrupt gzip data: more output than deflate can make of \(bytes.count) bytes")
                }
                if produced == output.count {
                    let grown = Swift.min(ceiling, Swift.max(output.count * 2, 1 << 16))
                    output.append(contentsOf: repeatElement(0, count: grown - output.count))
                }
                // zlib counts in 32-bit integers: hand it at most 1 GiB at a time.
                let inputChunk = Swift.min(input.count - consumed, 1 << 30)
                // Small steps until the header has spoken, so it is read before much is inflated.
                let step = announced == nil ? 1 << 16 : 1 << 30
                let outputChunk = Swift.min(Swift.min(output.count, ceiling) - produced, step)
                stream.next_in = UnsafeMutablePointer(mutating: inputBase + consumed)
                stream.avail_in = uInt(inputChunk)
                let status = output.withUnsafeMutableBufferPointer { buffer -> Int32 in
                    stream.next_out = buffer.baseAddress! + produced
                    stream.avail_out = uInt(outputChunk)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                consumed += inputChunk - Int(stream.avail_in)
                produced += outputChunk - Int(stream.avail_out)
                // Reads the header as soon as enough of the output is there.
                if announced == nil, let size = try output.withUnsafeBufferPointer({ try announcedSize(UnsafeBufferPointer(rebasing: $0[..<produced])) }) {
                    guard size <= maximumBytes else {
                        throw DataError.malformed(path: path, reason: "its header announces \(size) bytes of data, more than the limit of \(maximumBytes) bytes decompressed (raise it with --max-decompressed-mb)")
                    }
                    guard overflow || size <= possible else {
                        throw DataError.malformed(path: path, reason: "its header announces \(size) bytes of data, more than its \(bytes.count) compressed bytes can hold: the file is cut short or corrupt")
                    }
                    announced = size
                    ceiling = size + 1
                }
                switch status {
                case Z_STREAM_END:
                    // Another gzip member may follow; anything else ends the data.
                    guard consumed + 2 <= input.count, input[consumed] == 0x1F, input[consumed + 1] == 0x8B else {
                        return
                    }
                    inflateReset(&stream)
                case Z_OK:
                    continue
                case Z_BUF_ERROR where consumed == input.count:
                    throw DataError.malformed(path: path, reason: "gzip stream ends early (the file is cut short)")
                case Z_BUF_ERROR:
                    continue
                default:
                    let detail = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                    throw DataError.malformed(path: path, reason: "corrupt gzip data: \(detail)")
                }
            }
        }
        if let announced, produced > announced {
            throw DataError.malformed(path: path, reason: "it decompresses to more than the \(announced) bytes its header announces")
        }
        output.removeSubrange(produced...)
        return output
    }

    /// The output size to start with: a gzip trailer's last four bytes hold the
    /// uncompressed size modulo 2³², exact for files below 4 GiB.
    private static func initialCapacity(for bytes: [UInt8]) -> Int {
        guard bytes.count >= 18 else { return 1 << 16 }
        let n = bytes.count
        let size = Int(bytes[n - 4]) | Int(bytes[n - 3]) << 8 | Int(bytes[n - 2]) << 16 | Int(bytes[n - 1]) << 24
        // A trailer can say anything: start small and let real data grow the buffer.
        return Swift.max(1 << 16, Swift.min(size, 1 << 26))
    }

    /// `bytes` compressed as one gzip member (deflate with window bits 15 + 16);
    /// used by the tests to make `.gz` fixtures.
    static func compress(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8] {
        var stream = z_stream()
        let started = deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                                    ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        precondition(started == Z_OK, "Gzip.compress: deflateInit2 failed with \(started)")
        defer { deflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 64)
        let status = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target -> Int32 in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        precondition(status == Z_STREAM_END, "Gzip.compress: deflate returned \(status)")
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }
}
