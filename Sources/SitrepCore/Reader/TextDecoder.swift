/// Bytes → text: BOM detection, binary rejection, UTF-8 validation with a Windows-1252 fallback.
public enum TextDecoder {
    /// The decoded text, as valid UTF-8 bytes with no BOM, and the encoding it was in.
    ///
    /// Bytes, not a `String`: the plain-text and HTML readers work on bytes, and building a
    /// `String` of a whole UTF-8 file (validation, allocation, copy) only to read its bytes back
    /// cost a tenth of reading plain text (issue 3).
    public struct Decoded: Sendable {
        /// Valid UTF-8 (checked by ``TextDecoder/decode(_:)`` or produced by transcoding).
        public var utf8: [UInt8]
        public var encoding: TextEncoding

        public init(text: String, encoding: TextEncoding) {
            self.utf8 = Array(text.utf8)
            self.encoding = encoding
        }

        init(validUTF8: [UInt8], encoding: TextEncoding) {
            self.utf8 = validUTF8
            self.encoding = encoding
        }

        /// The text as a `String`.
        public var text: String { String(decoding: utf8, as: UTF8.self) }
    }

    /// Decodes `bytes`, or rejects them as `empty` or `binary` (SPEC §3).
    public static func decode(_ bytes: [UInt8]) throws(Rejection) -> Decoded {
        if bytes.isEmpty { throw Rejection(.empty, "the file is empty (0 bytes)") }
        if bytes.count >= 2 && (bytes[0], bytes[1]) == (0xFF, 0xFE) {
            return Decoded(text: utf16(bytes.dropFirst(2), littleEndian: true), encoding: .utf16LE)
        }
        if bytes.count >= 2 && (bytes[0], bytes[1]) == (0xFE, 0xFF) {
            return Decoded(text: utf16(bytes.dropFirst(2), littleEndian: false), encoding: .utf16BE)
        }
        if let signature = binarySignature(bytes) {
            throw Rejection(.binary, "binary content (\(signature) signature)")
        }
        let survey = survey(bytes)
        if let nul = survey.firstNUL {
            // NULs are what UTF-16 written without a BOM looks like to a byte reader.
            if let littleEndian = utf16WithoutBOM(bytes) {
                return Decoded(
                    text: utf16(bytes[...], littleEndian: littleEndian), encoding: littleEndian ? .utf16LE : .utf16BE)
            }
            throw Rejection(.binary, "NUL byte at offset \(nul): binary content")
        }
        if survey.mostlyControls {
            throw Rejection(.binary, "mostly control bytes: binary content")
        }
        let hasBOM = bytes.count >= 3 && (bytes[0], bytes[1], bytes[2]) == (0xEF, 0xBB, 0xBF)
        let body = hasBOM ? bytes.dropFirst(3) : bytes[...]
        if survey.isUTF8 {
            return Decoded(validUTF8: hasBOM ? Array(body) : bytes, encoding: hasBOM ? .utf8BOM : .utf8)
        }
        return Decoded(text: windows1252(body), encoding: .windows1252)
    }

    private static let signatures: [(String, [UInt8])] = [
        ("PDF", Array("%PDF-".utf8)), ("PNG", [0x89, 0x50, 0x4E, 0x47]), ("GIF", Array("GIF8".utf8)),
        ("JPEG", [0xFF, 0xD8, 0xFF]), ("ZIP", [0x50, 0x4B, 0x03, 0x04]), ("gzip", [0x1F, 0x8B]),
        ("ELF", [0x7F, 0x45, 0x4C, 0x46]), ("bzip2", Array("BZh".utf8)), ("xz", [0xFD, 0x37, 0x7A, 0x58, 0x5A]),
        ("zstd", [0x28, 0xB5, 0x2F, 0xFD]), ("7z", [0x37, 0x7A, 0xBC, 0xAF]), ("RIFF", Array("RIFF".utf8)),
        ("OLE2", [0xD0, 0xCF, 0x11, 0xE0]), ("SQLite", Array("SQLite format 3".utf8)),
    ]

    /// UTF-16 with no BOM, told by where its NUL bytes fall: text in Latin script has a zero
    /// high byte in most code units, so zeros crowd the odd offsets (little-endian) or the even
    /// ones (big-endian) of the first 4 KiB and are nearly absent from the others. True for
    /// little-endian, false for big-endian, nil when the bytes do not look like UTF-16.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 8, sample.count % 2 == 0 else { return nil }
        var zeros = (even: 0, odd: 0)
        for (i, b) in sample.enumerated() where b == 0 {
            if i % 2 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
        }
        let units = sample.count / 2
        if zeros.odd * 10 >= units * 6 && zeros.even * 20 <= units { return true }
        if zeros.even * 10 >= units * 6 && zeros.odd * 20 <= units { return false }
        return nil
    }

    static func binarySignature(_ bytes: [UInt8]) -> String? {
        for (name, magic) in signatures where bytes.count >= magic.count && bytes.starts(with: magic) {
            return name
        }
        return nil
    }

    /// What one look at every byte tells about a file.
    struct Survey {
        /// The offset of the first NUL byte (the survey stops there).
        var firstNUL: Int?
        /// More than 10% of the first 8 KiB are C0 controls other than tab, newline, CR, form
        /// feed and escape.
        var mostlyControls: Bool
        /// The bytes are valid UTF-8 (a BOM is valid UTF-8 too).
        var isUTF8: Bool
    }

    /// One pass, eight bytes at a time, for the controls and the UTF-8 check together: plain
    /// ASCII with newlines passes with one test per eight bytes, and a file is read once, not
    /// once per question (issue 3).
    static func survey(_ bytes: [UInt8]) -> Survey {
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return Survey(firstNUL: nil, mostlyControls: false, isUTF8: true) }
            let sample = min(b.count, 8192)
            var controls = 0
            var isUTF8 = true
            var i = 0
            while i < b.count {
                if i + 8 <= b.count {
                    let w = ByteScan.load(base, i)
                    let flags = ByteScan.lessMask(w, 0x20) & ~ByteScan.mask(w, 0x0A) | (w & ByteScan.highs)
                    if flags == 0 {
                        i += 8
                        continue
                    }
                    // Every mask is exact: straight to the first byte that needs a look.
                    i += flags.trailingZeroBitCount >> 3
                }
                let c = b[i]
                if c >= 0x80 {
                    if isUTF8, let length = FastText.validSequenceLength(b, i) {
                        i += length
                        continue
                    }
                    isUTF8 = false
                } else if c == 0 {
                    return Survey(firstNUL: i, mostlyControls: false, isUTF8: isUTF8)
                } else if i < sample, c < 0x20, c != 0x09, c != 0x0A, c != 0x0D, c != 0x0C, c != 0x1B {
                    controls += 1
                }
                i += 1
            }
            return Survey(firstNUL: nil, mostlyControls: controls * 10 > sample, isUTF8: isUTF8)
        }
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i])
            let b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252's 0x80–0x9F; the rest of the range is Latin-1.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let value: UInt32 = (0x80...0x9F).contains(b) ? cp1252High[Int(b - 0x80)] : UInt32(b)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
