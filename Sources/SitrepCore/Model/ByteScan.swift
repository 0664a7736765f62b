import Glibc

/// Eight bytes at a time: the reader's passes over a body (folding whitespace, finding sentence
/// ends, finding lines with digits) skip the common stretch of plain ASCII words with one test
/// per 8 bytes instead of one per byte.
///
/// Hand-written ("SIMD within a register"): no allowed package scans text by byte classes, and
/// Swift's `SIMD` types compile to slower code than these integer tricks for such short runs.
/// Each test is exact about whether some byte matches, not about which one.
enum ByteScan {
    /// The offset of the first `byte` in `base[from..<limit]`, or nil: the C library's `memchr`
    /// (vector code), for the bytes that end lines, fields and sentences.
    @inline(__always)
    static func find(_ byte: UInt8, in base: UnsafePointer<UInt8>, from: Int, to limit: Int) -> Int? {
        guard from < limit, let p = memchr(base + from, Int32(byte), limit - from) else { return nil }
        return UnsafeRawPointer(p) - UnsafeRawPointer(base)
    }

    /// Whether the bytes at `a` and at `b` of `base` are the same.
    @inline(__always)
    static func equal(_ base: UnsafePointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.count == b.count && (a.isEmpty || memcmp(base + a.lowerBound, base + b.lowerBound, a.count) == 0)
    }

    /// How many bytes of `w` continue a UTF-8 scalar (10xxxxxx: high bit set, next bit clear).
    @inline(__always)
    static func continuationBytes(_ w: UInt64) -> Int { (w & ~(w << 1) & highs).nonzeroBitCount }

    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The 8 bytes at `i` (little-endian: byte `i` is the lowest). The caller checks
    /// `i + 8 <= count`.
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, _ i: Int) -> UInt64 {
        UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
    }

    /// The high bit of every byte of `w` that equals `v`, and of no other (exact, unlike
    /// `has`).
    @inline(__always)
    static func mask(_ w: UInt64, _ v: UInt8) -> UInt64 {
        let t = w ^ (ones &* UInt64(v))
        let low7 = ones &* 0x7F
        return ~(((t & low7) &+ low7) | t) & highs
    }

    /// The high bit of every byte of `w` below `n` (`n` ≤ 128), and of no other (exact).
    @inline(__always)
    static func lessMask(_ w: UInt64, _ n: UInt8) -> UInt64 {
        let t = (w & (ones &* 0x7F)) &+ ones &* UInt64(0x80 - n)
        return ~(t | w) & highs
    }

    /// Non-zero when some byte of `w` is zero.
    @inline(__always)
    static func hasZero(_ w: UInt64) -> UInt64 { (w &- ones) & ~w & highs }

    /// Non-zero when some byte of `w` equals `v`.
    @inline(__always)
    static func has(_ w: UInt64, _ v: UInt8) -> UInt64 { hasZero(w ^ (ones &* UInt64(v))) }

    /// Non-zero when some byte of `w` is below `n` (`n` ≤ 128).
    @inline(__always)
    static func hasLess(_ w: UInt64, _ n: UInt8) -> UInt64 { (w &- ones &* UInt64(n)) & ~w & highs }

    // Sixteen bytes at a time, where a scan looks for several bytes at once (the sentence
    // splitter's stops). `SIMD16` compares compile to SSE2 `pcmpeqb` as long as the operands
    // are vectors (a scalar operand compiled to a loop over lanes) and a mask is read as two
    // words (`any` of a combined mask compiled to a reduction tree).

    /// The 16 bytes at `i`. The caller checks `i + 16 <= count`.
    @inline(__always)
    static func vector(_ base: UnsafePointer<UInt8>, _ i: Int) -> SIMD16<UInt8> {
        UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
    }

    /// `v` in every lane.
    @inline(__always)
    static func splat(_ v: UInt8) -> SIMD16<UInt8> { SIMD16(repeating: v) }

    /// The offset of the first ASCII digit in `base[from..<limit]`, or `limit`: sixteen bytes
    /// at a time (the date finder looks at every byte of a body for one).
    @inline(__always)
    static func firstDigit(in base: UnsafePointer<UInt8>, from: Int, to limit: Int) -> Int {
        var p = from
        while p + 16 <= limit {
            let v = vector(base, p)
            let k = firstLane((v &- splat(0x30)) .< splat(10))
            if k < 16 { return p + k }
            p += 16
        }
        while p < limit, base[p] &- 0x30 >= 10 { p += 1 }
        return p
    }

    /// The offset of the first set lane of `m` (16 when none): lane `k` is byte `k` of the
    /// mask's two little-endian words.
    @inline(__always)
    static func firstLane(_ m: SIMDMask<SIMD16<Int8>>) -> Int {
        let w = unsafeBitCast(m, to: SIMD2<UInt64>.self)
        return w[0] != 0 ? w[0].trailingZeroBitCount >> 3 : 8 + w[1].trailingZeroBitCount >> 3
    }
}
