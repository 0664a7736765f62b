/// One report of a happening in one sentence, before mentions of the same happening merge.
struct Mention: Sendable {
    var type: EventType
    var subType: String?
    var plover: String?
    var sentence: Int
    var trigger: Range<Int>
    var date: TimeValue?
    var dateText: String?
    /// Where the date came from: its own sentence, an earlier one in the paragraph (support), or
    /// the publication date (lead paragraph only).
    enum DateOrigin: Sendable { case sentence, paragraph(Int), publication }
    var dateOrigin: DateOrigin?
    var dateBound = false
    var place: Int?
    /// The sentence the place came from when it is not the mention's own.
    var placeFrom: Int?
    var actors: [(name: String, role: String, from: Int)] = []
    var weapons: [String] = []
    var targets: [String] = []
    var counts: [CountMention] = []
    var confidence: Double
    /// Sentences of merged mentions, for `evidence.support`.
    var support: [(field: String, sentence: Int)] = []

    /// How much this sentence itself says: the merged event cites the richest one.
    var detail: Int {
        var d = 0
        if case .sentence = dateOrigin { d += 2 }
        if place != nil && placeFrom == nil { d += 2 }
        d += counts.count + weapons.count + targets.count
        return d
    }

    var ownDate: Bool {
        if case .sentence = dateOrigin { return true }
        return false
    }
}
