/// Removes page furniture from scraped text: short lines that the page repeats (addresses,
/// "Share", "Subscribe") are not the article's words.
public enum BoilerplateFilter {
    /// Drops lines of furniture (``FurnitureLines``) and every occurrence of a non-blank line
    /// shorter than 100 characters that appears more than once, unless it reads like prose.
    ///
    /// `lines` are byte ranges of `b`; lines are counted by a 64-bit hash of their trimmed bytes
    /// (checked against the first occurrence, so a collision never drops a line).
    static func removeRepeatedLines(_ b: UnsafeBufferPointer<UInt8>, _ lines: ArraySlice<Range<Int>>) -> [Range<Int>] {
        let lineCount = lines.count
        // An open-addressing table of first occurrences, at most half full: a `Dictionary` here
        // (SipHash of every line, tuple values) cost a tenth of reading plain text.
        var size = 16
        while size < 2 * lineCount { size <<= 1 }
        // Scratch in two temporary allocations (on the stack for most files), not four arrays:
        // each array of a new element type costs a metadata lookup, and short files paid more
        // for those than for the lines.
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: size) { slotHash in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: size + 2 * lineCount) { scratch in
                // Per slot its line; per line the line that first had its bytes (-1 when not
                // counted), and per first line how often its bytes occur.
                scratch.initialize(repeating: -1)
                let slotLine = UnsafeMutableBufferPointer(rebasing: scratch[0..<size])
                let first = UnsafeMutableBufferPointer(rebasing: scratch[size..<(size + lineCount)])
                let count = UnsafeMutableBufferPointer(rebasing: scratch[(size + lineCount)...])
                let repeated = countRepeats(
                    b, lines, slotHash: slotHash, slotLine: slotLine, first: first, count: count)
                var kept: [Range<Int>] = []
                kept.reserveCapacity(lineCount)
                for (n, line) in zip(0..., lines) {
                    let trimmed = FastText.trimSpaces(b, line)
                    if FurnitureLines.isFurniture(b, trimmed) { continue }
                    if repeated, first[n] >= 0, count[Int(first[n])] > 1, !looksLikeProse(b, trimmed) { continue }
                    kept.append(line)
                }
                return kept
            }
        }
    }

    /// Fills `first` and `count` (see ``removeRepeatedLines(_:_:)``) through the hash table
    /// `slotHash`/`slotLine` (`slotLine` all -1); true when some line's bytes occur twice.
    private static func countRepeats(
        _ b: UnsafeBufferPointer<UInt8>, _ lines: ArraySlice<Range<Int>>, slotHash: UnsafeMutableBufferPointer<UInt64>,
        slotLine: UnsafeMutableBufferPointer<Int32>, first: UnsafeMutableBufferPointer<Int32>,
        count: UnsafeMutableBufferPointer<Int32>
    ) -> Bool {
        guard let base = b.baseAddress else { return false }
        let mask = slotHash.count - 1
        var repeated = false
        for (n, line) in zip(0..., lines) {
            let key = FastText.trimSpaces(b, line)
            guard !key.isEmpty, key.count < 400 && FastText.hasFewerScalars(b, key, than: 100) else { continue }
            let h = hash(b, key)
            var slot = Int(truncatingIfNeeded: h) & mask
            while slotLine[slot] >= 0 && slotHash[slot] != h { slot = (slot + 1) & mask }
            let seen = Int(slotLine[slot])
            if seen < 0 {
                slotHash[slot] = h
                slotLine[slot] = Int32(n)
                first[n] = Int32(n)
                count[n] = 1
            } else if ByteScan.equal(base, FastText.trimSpaces(b, lines[lines.startIndex + seen]), key) {
                // A different line with the same hash is left uncounted: a collision never drops one.
                first[n] = Int32(seen)
                count[seen] += 1
                repeated = true
            }
        }
        return repeated
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
