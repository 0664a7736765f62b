import CSitrepLinux
import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A place of the gazetteer.
public struct Place: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        case country, admin1, place, district
    }
    public var geonameid: Int?
    public var kind: Kind
    public var name: String
    /// ISO 3166 alpha-2.
    public var country: String
    public var admin1: String?
    public var lat: Double
    public var lon: Double
    public var population: Int
    public var isCapital: Bool
    /// For a district: the index of its city.
    public var parent: Int?

    /// A village from the KATOTTG codifier that GeoNames lacks: placed at its hromada's centre,
    /// so its position is approximate and its name often shared with villages elsewhere.
    public var isApproximate: Bool { kind == .place && geonameid == nil && population == 0 && parent == nil }
}

/// The places Sitrep can name, loaded from `gazetteer.tsv` (built from GeoNames by
/// `scripts/build-gazetteer.py`), with an index from every spelling to its places.
public final class Gazetteer: Sendable {
    public let places: [Place]
    /// Key of each place's own name (as opposed to its alternate names).
    let primaryKeys: [UInt64]
    /// Phrase hash of a spelling's token keys → place indices.
    let names: NameIndex
    /// Spellings that are also common English words ("Man", "Young"): matched only where a
    /// preposition makes them a place.
    let wordLike: Set<UInt64>
    /// First token of a spelling → most tokens of the spellings it starts: names are looked up
    /// only where one can start, and no longer than the longest that can.
    let prefixLengths: KeyMap<UInt8>
    public let version: String
    let countryIndex: [String: Int]
    /// Each first-level region by "country|admin1".
    let regionIndex: [String: Int]
    /// The capital city of each country code.
    public let capitals: [String: Int]

    public struct LoadError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Loads the gazetteer file at `path`.
    public convenience init(path: String) throws(LoadError) {
        let bytes: [UInt8]?
        do { bytes = try FS.readFile(path, limit: 256 << 20) } catch {
            throw LoadError(description: "cannot read gazetteer \(path): \(error)")
        }
        guard let bytes else { throw LoadError(description: "no gazetteer at \(path)") }
        try self.init(bytes: bytes, origin: path)
    }

    /// Parses gazetteer TSV bytes.
    ///
    /// The two halves of the file are parsed at once on two threads and joined in file order,
    /// so the result is the same as one pass: parsing and tokenizing 150,000 spellings is most
    /// of the load, and the daemon waits for it before it takes its first file.
    public convenience init(bytes: [UInt8], origin: String = "gazetteer") throws(LoadError) {
        // On a single CPU the halves would only add the cost of joining them.
        try self.init(bytes: bytes, origin: origin, parallel: sitrep_usable_cpus() > 1)
    }

    /// Parses gazetteer TSV bytes, in two halves at once when `parallel`.
    init(bytes: [UInt8], origin: String, parallel: Bool) throws(LoadError) {
        // Halves split at a line end; small inputs stay whole.
        var cut = bytes.count
        if parallel, bytes.count > 1 << 20, let nl = bytes[(bytes.count / 2)...].firstIndex(of: 10) { cut = nl + 1 }
        let ranges = cut < bytes.count ? [0..<cut, cut..<bytes.count] : [0..<bytes.count]
        let results = Mutex<[Int: Part]>([:])
        DispatchQueue.concurrentPerform(iterations: ranges.count) { i in
            let part = bytes.withUnsafeBufferPointer { Part($0, ranges[i]) }
            results.withLock { $0[i] = part }
        }
        var parts = results.withLock { r in ranges.indices.compactMap { r[$0] } }
        for part in parts {
            if let (offset, message) = part.failure {
                // The line number, counted only now that a line is wrong.
                let line = bytes[..<offset].reduce(1) { $1 == 10 ? $0 + 1 : $0 }
                throw LoadError(description: "\(origin):\(line): \(message)")
            }
        }
        // The first part's arrays are taken over, not copied: the second is appended to them
        // once `first` lets go of its references (below), so that no append copies.
        var first = parts.isEmpty ? Part() : parts.removeFirst()
        var places = first.places
        var primaryKeys = first.primaryKeys
        var pairs = first.pairs
        var prefixes = first.prefixes
        var wordLike = first.wordLike
        var parentIDs = first.parentIDs
        var countries: [String: Int] = [:]
        var capitals: [String: (index: Int, population: Int)] = [:]
        var regions: [String: Int] = [:]
        let version = first.version ?? "unknown"
        // Countries, regions and capitals are a few hundred rows: gathered by each part, joined
        // here in file order (the last row of a code wins; the most populous capital).
        func gather(_ part: Part, base: Int) {
            for (code, i) in part.countries { countries[code] = i + base }
            for (key, i) in part.regions { regions[key] = i + base }
            for (code, i, population) in part.capitals
            where capitals[code].map({ $0.population < population }) ?? true {
                capitals[code] = (i + base, population)
            }
        }
        gather(first, base: 0)
        first = Part()
        for part in parts {
            let base = places.count
            places += part.places
            primaryKeys += part.primaryKeys
            pairs += part.pairs.lazy.map { ($0.0, $0.1 + Int32(base)) }
            prefixes += part.prefixes
            wordLike.formUnion(part.wordLike)
            parentIDs += part.parentIDs.lazy.map { ($0.0 + base, $0.1) }
            gather(part, base: base)
        }
        // The second part's arrays are copies now: freed before the indexes are built, which
        // is the load's peak of memory.
        parts = []
        guard !places.isEmpty else { throw LoadError(description: "\(origin): no places") }
        Self.linkParents(&places, parentIDs)
        self.capitals = capitals.mapValues(\.index)
        self.places = places
        self.primaryKeys = primaryKeys
        // The two indexes are independent: built at once as well when `parallel`, else (no
        // iterations) by the fallbacks below.
        let indexes = Mutex<(NameIndex?, KeyMap<UInt8>?)>((nil, nil))
        DispatchQueue.concurrentPerform(iterations: parallel ? 2 : 0) { [pairs, prefixes] i in
            if i == 0 {
                let names = NameIndex(pairs)
                indexes.withLock { $0.0 = names }
            } else {
                let lengths = KeyMap(pairs: prefixes, combine: max)
                indexes.withLock { $0.1 = lengths }
            }
        }
        let (names, lengths) = indexes.withLock { ($0.0, $0.1) }
        self.names = names ?? NameIndex(pairs)
        self.wordLike = wordLike
        self.prefixLengths = lengths ?? KeyMap(pairs: prefixes, combine: max)
        self.version = version
        self.countryIndex = countries
        self.regionIndex = regions
    }

    /// Sets each district's `parent` to the index of the place with its parent's GeoNames id
    /// (the last such row, as in a map from ids filled in file order). Districts are a handful:
    /// their parents' ids are looked up in a ``KeyMap`` while scanning the places once, rather
    /// than mapping all 67,000 ids.
    private static func linkParents(_ places: inout [Place], _ parentIDs: [(child: Int, parentID: Int)]) {
        guard !parentIDs.isEmpty else { return }
        let wanted = KeyMap(
            pairs: parentIDs.map { (UInt64(truncatingIfNeeded: $0.parentID), true) }, combine: { a, _ in a })
        var found: [Int: Int] = [:]
        for i in places.indices {
            if let id = places[i].geonameid, wanted[UInt64(truncatingIfNeeded: id)] != nil { found[id] = i }
        }
        for (child, parentID) in parentIDs { places[child].parent = found[parentID] }
    }

    /// Places spelled by tokens `range` of `tokens`.
    @inline(__always)
    public func lookup(_ tokens: [Token], _ range: Range<Int>) -> ArraySlice<Int32>? {
        names[Tokenizer.hashPhrase(tokens[range].lazy.map(\.key))]
    }

    /// Places spelled by a phrase of that hash (``Tokenizer/hashPhrase(_:)``).
    public func lookup(phraseKey: UInt64) -> ArraySlice<Int32>? { names[phraseKey] }

    /// Whether the spelling of tokens `range` is also an English word.
    public func isWordLike(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        wordLike.contains(Tokenizer.hashPhrase(tokens[range].lazy.map(\.key)))
    }

    /// The most tokens a name starting with this token can have (0: none starts with it).
    @inline(__always)
    public func longestName(startingWith key: UInt64) -> Int { Int(prefixLengths[key] ?? 0) }

    /// Places spelled `name` (any case).
    public func lookup(_ name: String) -> [Int32] {
        let toks = Tokenizer.tokenize(Array(name.utf8))
        guard !toks.isEmpty else { return [] }
        return Array(lookup(toks, 0..<toks.count) ?? [])
    }

    /// The first-level region (oblast) a place lies in, if the gazetteer has it.
    public func region(of place: Int) -> Int? {
        let p = places[place]
        return p.admin1.flatMap { regionIndex[p.country + "|" + $0] }
    }

    /// The ISO code of the country spelled `name` ("Russia" → "RU").
    public func countryCode(named name: String) -> String? {
        lookup(name).lazy.map { self.places[Int($0)] }.first { $0.kind == .country }?.country
    }

    /// The country entry of an ISO code.
    public func country(_ iso: String) -> Int? { countryIndex[iso] }

    /// Great-circle distance in km.
    public static func distanceKm(_ a: (Double, Double), _ b: (Double, Double)) -> Double {
        let r = 6371.0
        let rad = Double.pi / 180
        let dLat = (b.0 - a.0) * rad
        let dLon = (b.1 - a.1) * rad
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(a.0 * rad) * cos(b.0 * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * r * asin(min(1, h.squareRoot()))
    }
}

/// Spelling keys → place indices, as one sorted array and an open-addressing table: built in a
/// few milliseconds from 150,000 spellings, with no allocation per spelling (a dictionary of
/// arrays made loading the gazetteer three times slower).
struct NameIndex: Sendable {
    private let values: [Int32]
    /// Per slot: key, and the range of its values.
    private let slotKeys: [UInt64]
    private let slotRanges: [UInt64]
    private let mask: Int

    /// Counting sort into slots: one pass to count each key's places, one to lay out ranges,
    /// one to fill them (a comparison sort of 150,000 pairs took a third of the load). The
    /// table is sized to the pairs, not twice them, and the counts become the fill cursors: the
    /// passes write at random into a few MiB, and cache misses are their cost.
    init(_ pairs: [(UInt64, Int32)]) {
        var size = 16
        while size * 2 < pairs.count * 3 { size <<= 1 }
        let mask = size - 1
        var keys = [UInt64](repeating: 0, count: size)
        var counts = [Int32](repeating: 0, count: size)
        var slotOf = [Int32](repeating: 0, count: pairs.count)
        for (i, p) in pairs.enumerated() {
            var s = Int(truncatingIfNeeded: p.0) & mask
            while counts[s] != 0 && keys[s] != p.0 { s = (s + 1) & mask }
            keys[s] = p.0
            counts[s] += 1
            slotOf[i] = Int32(s)
        }
        var ranges = [UInt64](repeating: 0, count: size)
        var total: Int32 = 0
        for s in 0..<size where counts[s] > 0 {
            let start = total
            total += counts[s]
            ranges[s] = UInt64(start) << 32 | UInt64(total)
            counts[s] = start
        }
        var values = [Int32](repeating: 0, count: Int(total))
        for (i, p) in pairs.enumerated() {
            let s = Int(slotOf[i])
            values[Int(counts[s])] = p.1
            counts[s] += 1
        }
        self.values = values
        self.slotKeys = keys
        self.slotRanges = ranges
        self.mask = mask
    }

    @inline(__always)
    subscript(key: UInt64) -> ArraySlice<Int32>? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let r = slotRanges[slot]
            if r == 0 { return nil }
            if slotKeys[slot] == key { return values[Int(r >> 32)..<Int(r & 0xFFFF_FFFF)] }
            slot = (slot + 1) & mask
        }
    }
}

extension Gazetteer {
    /// What one stretch of the gazetteer file holds, with place indices counted from its start.
    struct Part: Sendable {
        var places: [Place] = []
        var primaryKeys: [UInt64] = []
        var pairs: [(UInt64, Int32)] = []
        var prefixes: [(UInt64, UInt8)] = []
        var wordLike: Set<UInt64> = []
        var parentIDs: [(child: Int, parentID: Int)] = []
        /// Rows that are countries, first-level regions ("country|admin1") and capitals.
        var countries: [(String, Int)] = []
        var regions: [(String, Int)] = []
        var capitals: [(String, Int, population: Int)] = []
        /// The version from a header on the stretch's first line.
        var version: String?
        /// Byte offset of the first bad line, and what is wrong with it.
        var failure: (Int, String)?

        init() {}

        static let powersOfTen: [Double] = (0...18).map { (0..<$0).reduce(1.0) { v, _ in v * 10 } }

        init(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            let expected = (range.count / 80) + 16
            places.reserveCapacity(expected)
            pairs.reserveCapacity(expected * 3)
            prefixes.reserveCapacity(expected * 3)
            var lastKeys: [UInt64] = []
            var start = range.lowerBound
            let n = range.upperBound
            var lastAdmin1: (bytes: Range<Int>, name: String?) = (0..<0, nil)
            var lastCountry: (bytes: Range<Int>, name: String) = (0..<0, "")
            // The 11 fields of the line at hand: a fixed buffer, as an array's append checked
            // its uniqueness per field.
            let fields = UnsafeMutablePointer<Range<Int>>.allocate(capacity: 11)
            defer { fields.deallocate() }
            guard let base = buf.baseAddress else { return }
            // Line and spelling ends by the C library's vectorised `memchr`: a byte loop here was
            // a third of the load. (Fields, a few bytes each, are split 8 bytes at a time below.)
            func next(_ byte: UInt8, from: Int, to limit: Int) -> Int {
                ByteScan.find(byte, in: base, from: from, to: limit) ?? limit
            }
            while start < n {
                let end = next(10, from: start, to: n)
                defer { start = end + 1 }
                if end == start { continue }
                if buf[start] == UInt8(ascii: "#") {
                    if start == 0 {
                        var s = start + 2
                        var e = s
                        while e < end && buf[e] != 9 { e += 1 }
                        if s > e { s = e }
                        version = String(decoding: UnsafeBufferPointer(rebasing: buf[s..<e]), as: UTF8.self)
                    }
                    continue
                }
                // Fields are a few bytes each: tabs are found 8 bytes at a time, where a
                // `memchr` call per field, or a byte loop, was a fifth of the load.
                var count = 0
                var f = start
                func field(to tab: Int) {
                    if count < 11 { fields[count] = f..<tab }
                    count += 1
                    f = tab + 1
                }
                var i = start
                while i + 8 <= end {
                    var tabs = ByteScan.mask(ByteScan.load(base, i), 9)
                    while tabs != 0 {
                        field(to: i + tabs.trailingZeroBitCount >> 3)
                        tabs &= tabs &- 1
                    }
                    i += 8
                }
                while i < end {
                    if base[i] == 9 { field(to: i) }
                    i += 1
                }
                field(to: end)
                guard count == 11 else {
                    failure = (start, "\(count) fields, expected 11")
                    return
                }
                func str(_ r: Range<Int>) -> String {
                    String(decoding: UnsafeBufferPointer(rebasing: buf[r]), as: UTF8.self)
                }
                func int(_ r: Range<Int>) -> Int? {
                    guard !r.isEmpty else { return nil }
                    var v = 0
                    for i in r {
                        let d = buf[i] &- 48
                        guard d < 10 else { return nil }
                        v = v * 10 + Int(d)
                    }
                    return v
                }
                // "-12.34567": the only number shape the file has (strtod took a tenth of the load).
                // The digits are summed as an integer and divided once by a power of ten: exact
                // for up to 15 digits, as strtod is, where a `Double` sum waited on a multiply
                // per digit.
                func decimal(_ r: Range<Int>) -> Double? {
                    var i = r.lowerBound
                    guard i < r.upperBound else { return nil }
                    let negative = base[i] == UInt8(ascii: "-")
                    if negative { i += 1 }
                    var mantissa: UInt64 = 0
                    var digits = 0
                    var fractionDigits = -1
                    while i < r.upperBound {
                        let c = base[i]
                        if c == UInt8(ascii: ".") {
                            guard fractionDigits < 0 else { return nil }
                            fractionDigits = 0
                        } else {
                            let d = c &- 48
                            guard d < 10 else { return nil }
                            if digits < 18 {
                                mantissa = mantissa * 10 + UInt64(d)
                                if fractionDigits >= 0 { fractionDigits += 1 }
                            } else if fractionDigits < 0 {
                                return nil  // 18 digits before the point: no coordinate
                            }  // else a digit below any coordinate's precision: dropped
                            digits += 1
                        }
                        i += 1
                    }
                    guard digits > 0 else { return nil }
                    let v = Double(mantissa) / Self.powersOfTen[max(0, fractionDigits)]
                    return negative ? -v : v
                }
                let kind: Place.Kind
                // First byte of a field, 0 when it is empty (the last line may end the file).
                func first(_ r: Range<Int>) -> UInt8 { r.isEmpty ? 0 : buf[r.lowerBound] }
                switch first(fields[1]) {
                case UInt8(ascii: "C"): kind = .country
                case UInt8(ascii: "A"): kind = .admin1
                case UInt8(ascii: "D"): kind = .district
                default: kind = .place
                }
                guard let lat = decimal(fields[5]), let lon = decimal(fields[6]) else {
                    failure = (start, "bad coordinates")
                    return
                }
                let index = places.count
                // Rows of one region or country follow each other: one `String` for them all.
                if !ByteScan.equal(base, fields[4], lastAdmin1.bytes) {
                    lastAdmin1 = (fields[4], fields[4].isEmpty ? nil : str(fields[4]))
                }
                if !ByteScan.equal(base, fields[3], lastCountry.bytes) { lastCountry = (fields[3], str(fields[3])) }
                let place = Place(
                    geonameid: int(fields[0]), kind: kind, name: str(fields[2]), country: lastCountry.name,
                    admin1: lastAdmin1.name, lat: lat, lon: lon, population: int(fields[7]) ?? 0,
                    isCapital: first(fields[8]) == UInt8(ascii: "1"), parent: nil)
                places.append(place)
                switch kind {
                case .country: countries.append((place.country, index))
                case .admin1: if let a = place.admin1 { regions.append((place.country + "|" + a, index)) }
                case .place: if place.isCapital { capitals.append((place.country, index, place.population)) }
                case .district: break
                }
                if let p = int(fields[9]) { parentIDs.append((index, p)) }
                // Spellings, "|"-separated: each is keyed like article text. The place's own name
                // is nearly always one of them, whose key it then shares.
                let name = fields[2]
                var nameKey: UInt64?
                lastKeys.removeAll(keepingCapacity: true)
                var v = fields[10].lowerBound
                let vEnd = fields[10].upperBound
                while v < vEnd {
                    let e = next(UInt8(ascii: "|"), from: v, to: vEnd)
                    let isWord = buf[v] == UInt8(ascii: "~")
                    let from = isWord ? v + 1 : v
                    let spelling = from..<max(from, e)
                    if let (key, firstKey, count) = Tokenizer.phraseKey(UnsafeBufferPointer(rebasing: buf[spelling])) {
                        if nameKey == nil && ByteScan.equal(base, spelling, name) {
                            nameKey = key
                        }
                        if isWord { wordLike.insert(key) }
                        // A place's spellings that differ only in case share a key: one entry.
                        if !lastKeys.contains(key) {
                            lastKeys.append(key)
                            pairs.append((key, Int32(index)))
                            prefixes.append((firstKey, UInt8(min(count, 255))))
                        }
                    }
                    v = e + 1
                }
                primaryKeys.append(
                    nameKey ?? Tokenizer.phraseKey(UnsafeBufferPointer(rebasing: buf[name]))?.key ?? Tokenizer.fnvOffset
                )
            }
        }
    }
}

/// Finds the gazetteer file: the configured path, else `$SITREP_GAZETTEER`, else beside the
/// installed binary (`../share/sitrep/gazetteer.tsv`), else the `gazetteer/` folder of the source
/// tree the binary was built in (development builds under `.build/`).
public enum GazetteerLocator {
    public static func locate(configured: String?) -> String? {
        if let configured { return configured }
        if let env = getenv("SITREP_GAZETTEER") { return String(cString: env) }
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        guard n > 0 else { return nil }
        let exe = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var dir = Path.parent(exe)
        let installed = Path.join(Path.parent(dir), "share/sitrep/gazetteer.tsv")
        if FS.exists(installed) { return installed }
        for _ in 0..<6 {
            let candidate = Path.join(dir, "gazetteer/gazetteer.tsv")
            if FS.exists(candidate) { return candidate }
            if dir == "/" { break }
            dir = Path.parent(dir)
        }
        if FS.exists("/usr/share/sitrep/gazetteer.tsv") { return "/usr/share/sitrep/gazetteer.tsv" }
        return nil
    }
}
