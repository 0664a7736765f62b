// Bytes as an event log through recovery: replay, cut the torn tail, replay again (SPEC §4).
import FuzzSupport

#if FUZZING
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
        fuzzLogRecovery(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
#else
    @main
    struct Replay {
        static func main() { replayArguments { fuzzLogRecovery($0) } }
    }
#endif
