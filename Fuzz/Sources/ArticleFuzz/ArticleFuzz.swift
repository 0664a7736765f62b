// Bytes of any dropped file through the reader (format sniffed), the extractor and records.
import FuzzSupport

#if FUZZING
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
        fuzzPipeline(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
#else
    @main
    struct Replay {
        static func main() { replayArguments { fuzzPipeline($0) } }
    }
#endif
