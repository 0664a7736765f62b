/// Keys of single words the rules compare tokens with, computed once (tokenizing a literal on
/// every comparison cost more than the comparison).
enum Keys {
    static let a = Tokenizer.key("a")
    static let an = Tokenizer.key("an")
    static let and = Tokenizer.key("and")
    static let colon = Tokenizer.key(":")
    static let comma = Tokenizer.key(",")
    static let days = Tokenizer.key("days")
    static let dead = Tokenizer.key("dead")
    static let deaths = Tokenizer.key("deaths")
    static let destroyed = Tokenizer.key("destroyed")
    static let lost = Tokenizer.key("lost")
    static let dot = Tokenizer.key(".")
    static let hundred = Tokenizer.key("hundred")
    static let hyphen = Tokenizer.key("-")
    static let landing = Tokenizer.key("landing")
    static let many = Tokenizer.key("many")
    static let of = Tokenizer.key("of")
    static let on = Tokenizer.key("on")
    static let semicolon = Tokenizer.key(";")
    static let some = Tokenizer.key("some")
    static let the = Tokenizer.key("the")
    /// What a force takes when it takes ground: a place, or a base it overran.
    static let settlements = WordSet([
        "village", "town", "settlement", "city", "base", "outpost", "airbase", "villages", "towns", "settlements",
        "cities", "bases", "outposts", "district", "districts", "municipality", "municipalities",
        "prefecture", "prefectures",
    ])
}
