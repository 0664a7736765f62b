extension RuleEventExtractor {
    /// The places of a sentence that each have a toll of their own, with their counts: "killed
    /// three civilians in Kostiantynivka and one in Siversk", "two people were killed in Kharkiv
    /// and three were injured in Sumy". Each count of harm must name its place right after it
    /// ("… in", "… near"), and at least two places must have one; nil otherwise, so that a toll
    /// several places share ("shelled Nikopol and Marhanets, injuring a woman", "killed three in
    /// Pokrovsk and Kurakhove") stays unsplit (SPEC §5).
    func tollsByPlace(_ places: [PlaceMention], _ counts: [CountMention], doc: Document, range: Range<Int>)
        -> [(place: Int, counts: [CountMention])]?
    {
        let harm = counts.filter { CountFinder.harmKeys.contains($0.key) }
        guard harm.count >= 2 else { return nil }
        let all = gazetteer.places
        var out: [(place: Int, counts: [CountMention])] = []
        for (n, c) in harm.enumerated() {
            guard
                let at = CountFinder.placeAfterCount(
                    doc.tokens, c.tokens.upperBound, range, harmBetween: true),
                n + 1 == harm.count || harm[n + 1].tokens.lowerBound > at,
                let p = places.first(where: { $0.tokens.lowerBound == at }), !p.possessive,
                all[p.place].kind != .country
            else { return nil }
            // A place listed with another ("in Pokrovsk and Kurakhove") shares its count.
            if let next = places.first(where: { $0.tokens.lowerBound >= p.end }),
                PlaceFinder.joinsList(doc.tokens, p.end..<next.tokens.lowerBound)
            {
                return nil
            }
            if let k = out.firstIndex(where: { $0.place == p.place }) {
                guard !out[k].counts.contains(where: { $0.key == c.key }) else { return nil }
                out[k].counts.append(c)
            } else {
                out.append((p.place, [c]))
            }
        }
        return out.count >= 2 ? out : nil
    }
}
