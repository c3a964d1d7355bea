/// The JSON of a safetensors header, read by a parser that knows the one
/// shape it may have: an object of tensor entries `{"dtype": "F32", "shape":
/// [2, 3], "data_offsets": [0, 24]}` and an optional `"__metadata__"` object
/// of strings.
///
/// Written for the format rather than taken from a general JSON library, so
/// that a hostile header cannot cost more than it says: it keeps nothing but
/// the entries' names, dtypes, shapes and offsets and the metadata strings
/// (a general parser's object tree took 66 bytes of memory per header byte),
/// it refuses a name given twice (which a dictionary would silently let the
/// last one win), and it nests no deeper than ``maximumDepth``.
struct SafeTensorsHeaderParser {
    /// One tensor's fields as written; `nil` where a field is missing or
    /// not of its type (the caller names which).
    struct RawEntry {
        var name: String
        var dtype: String?
        var shape: [Int]?
        var offsets: [Int]?
        var isObject: Bool
    }

    /// The deepest nesting of arrays and objects a header may have, counting
    /// the header object itself; the format's own entries need 3.
    static let maximumDepth = 32
    /// The largest integer a shape or offset may hold, as in the reader of
    /// the format's reference implementation (`usize`, kept to 2⁶² here so
    /// products of two can be checked).
    static let largestInteger = 1 << 62

    private let bytes: UnsafeRawBufferPointer
    private let path: String
    private let maximumTensors: Int
    private var position = 0

    /// A parser of `bytes` (the header's JSON), naming `path` in errors and
    /// refusing more than `maximumTensors` entries.
    init(_ bytes: UnsafeRawBufferPointer, path: String, maximumTensors: Int) {
        self.bytes = bytes
        self.path = path
        self.maximumTensors = maximumTensors
    }

    /// The entries in file order and the metadata.
    mutating func parse() throws -> (entries: [RawEntry], metadata: [String: String]) {
        skipWhitespace()
        guard peek() == UInt8(ascii: "{") else {
            throw SafeTensorsError.invalidHeader(path: path, reason: "the JSON does not start with \"{\"")
        }
        position += 1
        var entries: [RawEntry] = []
        var metadata: [String: String]?
        var names = Set<String>()
        try members { parser, name in
            guard names.insert(name).inserted else {
                throw SafeTensorsError.invalidHeader(path: parser.path, reason: "the name \"\(name)\" appears twice (a file must name each tensor once)")
            }
            if name == "__metadata__" {
                metadata = try parser.metadataObject()
                return
            }
            guard entries.count < parser.maximumTensors else {
                throw SafeTensorsError.invalidHeader(path: parser.path, reason: "more than \(parser.maximumTensors) tensors (Axon's limit)")
            }
            entries.append(try parser.entry(named: name))
        }
        skipWhitespace()
        guard position == bytes.count else { throw syntaxError("nothing after the header object") }
        return (entries, metadata ?? [:])
    }

    // MARK: - The format's values

    /// `{"key": "value", …}`, or an error saying what `__metadata__` must be.
    private mutating func metadataObject() throws -> [String: String] {
        let notStrings = SafeTensorsError.invalidHeader(path: path, reason: "\"__metadata__\" must map strings to strings")
        skipWhitespace()
        guard peek() == UInt8(ascii: "{") else { throw notStrings }
        position += 1
        var result: [String: String] = [:]
        try members { parser, key in
            parser.skipWhitespace()
            guard parser.peek() == UInt8(ascii: "\"") else { throw notStrings }
            let value = try parser.string()
            guard result.updateValue(value, forKey: key) == nil else {
                throw SafeTensorsError.invalidHeader(path: parser.path, reason: "\"__metadata__\" gives \"\(key)\" twice")
            }
        }
        return result
    }

    /// One tensor's entry; its fields are checked by the caller.
    private mutating func entry(named name: String) throws -> RawEntry {
        var entry = RawEntry(name: name, isObject: false)
        skipWhitespace()
        guard peek() == UInt8(ascii: "{") else {
            try skipValue(depth: 1)
            return entry
        }
        position += 1
        entry.isObject = true
        var seen = Set<String>()
        try members { parser, key in
            guard seen.insert(key).inserted else {
                throw SafeTensorsError.invalidHeader(path: parser.path, reason: "tensor \"\(name)\": \"\(key)\" is given twice")
            }
            switch key {
            case "dtype":
                parser.skipWhitespace()
                if parser.peek() == UInt8(ascii: "\"") { entry.dtype = try parser.string() } else { try parser.skipValue(depth: 2) }
            case "shape": entry.shape = try parser.integerList()
            case "data_offsets": entry.offsets = try parser.integerList()
            default: try parser.skipValue(depth: 2)
            }
        }
        return entry
    }

    /// A list of non-negative integers no larger than ``largestInteger``,
    /// or `nil` (the value skipped) for any other value.
    private mutating func integerList() throws -> [Int]? {
        skipWhitespace()
        guard peek() == UInt8(ascii: "[") else {
            try skipValue(depth: 2)
            return nil
        }
        let start = position
        position += 1
        var list: [Int] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            position += 1
            return list
        }
        while true {
            skipWhitespace()
            guard let value = try wholeNumber() else {
                position = start
                try skipValue(depth: 2)
                return nil
            }
            list.append(value)
            skipWhitespace()
            switch next() {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "]"): return list
            default: throw syntaxError("expected \",\" or \"]\" in a list")
            }
        }
    }

    /// A number made of digits alone that fits ``largestInteger``, or `nil`
    /// (position unchanged) for any other value.
    private mutating func wholeNumber() throws -> Int? {
        let start = position
        var value = 0
        while let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            let digit = Int(byte - UInt8(ascii: "0"))
            // Checked before multiplying, so that no run of digits can overflow.
            guard value <= (Self.largestInteger - digit) / 10 else {
                position = start
                return nil
            }
            value = value * 10 + digit
            position += 1
        }
        let isWhole = position > start && (peek().map { !Self.continuesNumber($0) } ?? true)
        guard isWhole else {
            position = start
            return nil
        }
        return value
    }

    private static func continuesNumber(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }

    // MARK: - JSON

    /// Reads `"name": value` members up to the closing brace (the opening
    /// one already read), handing each name to `body`, which reads the value.
    private mutating func members(_ body: (inout SafeTensorsHeaderParser, String) throws -> Void) throws {
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            position += 1
            return
        }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw syntaxError("expected a name in quotes") }
            let name = try string()
            skipWhitespace()
            guard next() == UInt8(ascii: ":") else { throw syntaxError("expected \":\" after a name") }
            try body(&self, name)
            skipWhitespace()
            switch next() {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "}"): return
            default: throw syntaxError("expected \",\" or \"}\" in an object")
            }
        }
    }

    /// Skips any JSON value, `depth` levels down already.
    private mutating func skipValue(depth: Int) throws {
        skipWhitespace()
        guard let byte = peek() else { throw syntaxError("the JSON ends where a value belongs") }
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth < Self.maximumDepth else {
                throw SafeTensorsError.invalidHeader(path: path, reason: "nested deeper than \(Self.maximumDepth) levels")
            }
            let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            position += 1
            skipWhitespace()
            if peek() == close {
                position += 1
                return
            }
            while true {
                if close == UInt8(ascii: "}") {
                    skipWhitespace()
                    guard peek() == UInt8(ascii: "\"") else { throw syntaxError("expected a name in quotes") }
                    _ = try string()
                    skipWhitespace()
                    guard next() == UInt8(ascii: ":") else { throw syntaxError("expected \":\" after a name") }
                }
                try skipValue(depth: depth + 1)
                skipWhitespace()
                let separator = next()
                if separator == close { return }
                guard separator == UInt8(ascii: ",") else { throw syntaxError("expected \",\" or \"\(Character(Unicode.Scalar(close)))\"") }
            }
        case UInt8(ascii: "\""):
            _ = try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: try number()
        }
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw syntaxError("unexpected text") }
        for i in 0..<count where bytes[position + i] != word.utf8Start[i] { throw syntaxError("unexpected text") }
        position += count
    }

    /// Skips a number of JSON's grammar: `-? int frac? exp?`.
    private mutating func number() throws {
        if peek() == UInt8(ascii: "-") { position += 1 }
        guard digits() > 0 else { throw syntaxError("unexpected text where a value belongs") }
        if peek() == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw syntaxError("a number has no digits after its point") }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { throw syntaxError("a number has no digits in its exponent") }
        }
    }

    private mutating func digits() -> Int {
        let start = position
        while let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { position += 1 }
        return position - start
    }

    /// A string, its escapes decoded (the opening quote not yet read).
    private mutating func string() throws -> String {
        position += 1
        var utf8: [UInt8] = []
        while true {
            guard let byte = next() else { throw syntaxError("a string is not closed") }
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let escaped = next() else { throw syntaxError("a string is not closed") }
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escaped)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"): utf8.append(contentsOf: try unicodeEscape())
                default: throw syntaxError("unknown escape in a string")
                }
            case 0..<0x20:
                throw syntaxError("a control character inside a string")
            default:
                utf8.append(byte)
            }
        }
    }

    /// The UTF-8 of a `\uXXXX` escape (the `\u` read), a surrogate pair
    /// taking two.
    private mutating func unicodeEscape() throws -> [UInt8] {
        var value = try hexQuad()
        if (0xD800..<0xDC00).contains(value), position + 1 < bytes.count,
           bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
            position += 2
            let low = try hexQuad()
            guard (0xDC00..<0xE000).contains(low) else { throw syntaxError("a broken surrogate pair in a string") }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else { throw syntaxError("a lone surrogate in a string") }
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func hexQuad() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = next(), let digit = Self.hexDigit(byte) else { throw syntaxError("a bad \\u escape in a string") }
            value = value << 4 | digit
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private mutating func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { position += 1 }
    }

    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func next() -> UInt8? {
        guard position < bytes.count else { return nil }
        defer { position += 1 }
        return bytes[position]
    }

    private func syntaxError(_ what: String) -> SafeTensorsError {
        .invalidHeader(path: path, reason: "not valid JSON at byte \(Swift.min(position, bytes.count)) of the header: \(what)")
    }
}
