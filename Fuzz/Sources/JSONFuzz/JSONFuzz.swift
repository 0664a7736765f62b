// Bytes as a scraper JSON file (.json: object or array) through the reader, contract checked.
import FuzzSupport

#if FUZZING
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
        fuzzJSON(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
#else
    @main
    struct Replay {
        static func main() { replayArguments { fuzzJSON($0) } }
    }
#endif
