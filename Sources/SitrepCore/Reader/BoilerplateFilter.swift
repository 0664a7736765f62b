/// Removes page furniture from scraped text: short lines that the page repeats (addresses,
/// "Share", "Subscribe") are not the article's words.
public enum BoilerplateFilter {
    /// Drops lines of furniture (``FurnitureLines``) and every occurrence of a non-blank line
    /// shorter than 100 characters that appears more than once, unless it reads like prose.
    ///
    /// `lines` are byte ranges of `b`; lines are counted by a 64-bit hash of their trimmed bytes
    /// (checked against the first occurrence, so a collision never drops a line).
    static func removeRepeatedLines(_ b: UnsafeBufferPointer<UInt8>, _ lines: [Range<Int>]) -> [Range<Int>] {
        var counts: [UInt64: (first: Range<Int>, count: Int)] = [:]
        var keys = [UInt64?](repeating: nil, count: lines.count)
        var repeated = false
        for (n, line) in lines.enumerated() {
            let key = FastText.trimSpaces(b, line)
            guard !key.isEmpty, key.count < 100 || (key.count < 400 && FastText.scalarCount(b, key) < 100) else {
                continue
            }
            let h = hash(b, key)
            if let seen = counts[h] {
                guard b[seen.first].elementsEqual(b[key]) else { continue }
                counts[h] = (seen.first, seen.count + 1)
                repeated = true
            } else {
                counts[h] = (key, 1)
            }
            keys[n] = h
        }
        return lines.indices.compactMap { n in
            let line = FastText.trimSpaces(b, lines[n])
            if FurnitureLines.isFurniture(b, line) { return nil }
            guard repeated, let h = keys[n], let seen = counts[h], seen.count > 1 else { return lines[n] }
            return looksLikeProse(b, line) ? lines[n] : nil
        }
    }

    /// A 64-bit hash of the bytes, eight at a time.
    static func hash(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        guard let base = b.baseAddress else { return 0 }
        var h = UInt64(range.count) &* 0x9E37_79B9_7F4A_7C15
        var i = range.lowerBound
        while i + 8 <= range.upperBound {
            h = (h ^ ByteScan.load(base, i)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        var tail: UInt64 = 0
        while i < range.upperBound {
            tail = tail << 8 | UInt64(b[i])
            i += 1
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 29)
    }

    /// A repeated line that reads like a sentence ("He said.") may repeat legitimately.
    static func looksLikeProse(_ b: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        guard let last = line.last, b[last] == 0x2E || b[last] == 0x22 else { return false }
        return FastText.wordCount(b, line) >= 8
    }
}
