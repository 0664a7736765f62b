// Bytes as an HTML page (.html) through libxml2 and the reader, contract checked.
import FuzzSupport

#if FUZZING
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
        fuzzHTML(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
#else
    @main
    struct Replay {
        static func main() { replayArguments { fuzzHTML($0) } }
    }
#endif
