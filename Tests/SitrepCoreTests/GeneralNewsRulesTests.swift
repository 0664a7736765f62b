import SitrepTestSupport
import Testing

@testable import SitrepCore

/// Rules for general news beyond the war's own reports: who speaks (titles in lower case,
/// organisations, capitals, the world's states), what a statement commits to, and words that
/// look violent but are not (a labour strike, the battle against a crisis, aid suspended).
@Suite struct GeneralNewsRulesTests {
    /// A statement's first record, which must exist.
    func statement(_ text: String) throws -> [String: JSONAny] {
        let e = try #require(try Fixtures.events(text).first, "\(text)")
        #expect(e.type == "statement", "\(text): \(e.type ?? "")")
        return e
    }

    @Test(arguments: [
        // A title in lower case after the state: "Palestinian leader".
        ("Palestinian leader Yasser Arafat Wednesday rejected a US offer to host a summit.", "Yasser Arafat", "REJECT"),
        (
            "Iran's religious leader Ayatollah Ruhollah Khomeini today rejected the proposal.", "Ruhollah Khomeini",
            "REJECT"
        ),
        // Organisations by name, by the word for a body, and with an acronym before it.
        (
            "Amnesty International demanded that the Sudanese government end curbs on the press.",
            "Amnesty International", "DEMAND"
        ),
        (
            "The Kurdistan Workers' Party demanded that the Turkish government provide information.",
            "Kurdistan Workers' Party", "DEMAND"
        ),
        (
            "The Asia-Pacific Economic Cooperation (APEC) forum has agreed to set up an energy centre, officials said Thursday.",
            "(APEC) forum", "AGREE"
        ),
        // A capital acting, with an adverb between it and its verb.
        ("Beirut again rejected a United Nations appeal on Thursday.", "Lebanon", "REJECT"),
        // States beyond Europe's war, and an unnamed minister of one.
        (
            "Peru has issued an ultimatum to Ecuador to halt attacks across their disputed jungle border.", "Peru",
            "THREATEN"
        ),
        (
            "A French minister threatened today to impose import restrictions against German goods.", "French minister",
            "THREATEN"
        ),
        // A refusal, a boycott announced after "said".
        ("Vice-President Moody Awori has declined to resign despite growing pressure.", "Moody Awori", "REJECT"),
        (
            "Palestinian leaders said they would boycott all official contact with the United States.", "Palestine",
            "THREATEN"
        ),
        // No name the finder knows: the subject that makes the demand is its speaker.
        (
            "Ibo traditional elders have demanded that control of the ministry be taken away.",
            "Ibo traditional elders", "DEMAND"
        ),
        (
            "The International Labor Office (ILO) reiterated its demand today that Israel ease restrictions.",
            "International Labor Office", "DEMAND"
        ),
        // Coercion in the verb's base form is announced, not done.
        ("NATO confirmed on Wednesday it would tighten the naval blockade of Serbia.", "NATO", "THREATEN"),
        ("Greece plans to impose restrictions on its labour market for new EU members.", "Greece", "THREATEN"),
    ])
    func speakersAndWhatTheySay(text: String, speaker: String, plover: String) throws {
        let e = try statement(text)
        #expect(e.actor(speaker, "speaker"), "\(text): \(String(describing: e["actors"]))")
        #expect(e["plover"]?.string == plover, "\(text): \(e["plover"]?.string ?? "-")")
    }

    /// A blow promised is a threat; help promised is an agreement, help refused a rejection.
    @Test(arguments: [
        (
            "Ethnic Albanians have sworn to fight until they gain control of the villages, officials said Wednesday.",
            "THREATEN"
        ),
        ("Hamas threatened to strike Tel Aviv on Monday.", "THREATEN"),
        (
            "France is ready to contribute up to 4,000 troops to a peace-keeping force in Liberia, Defence Minister Pierre Joxe said on Monday.",
            "AGREE"
        ),
    ])
    func promisesAreStatements(text: String, plover: String) throws {
        let e = try statement(text)
        #expect(e["plover"]?.string == plover, "\(text): \(e["plover"]?.string ?? "-")")
    }

    /// A state named in the sentence is not the attacker unless it is the verb's subject.
    @Test func attacksAskedToStopAreNoAttack() throws {
        let e = try Fixtures.events("Peru urged Ecuador on Monday to halt attacks across their disputed jungle border.")
        #expect(!e.isEmpty && e.allSatisfy { $0.type == "statement" && $0.actor("Peru", "speaker") })
    }

    @Test func coercionDoneIsNoThreat() throws {
        let e = try Fixtures.events("The Israeli army lifted on Friday a day-old blockade on lorries at the crossing.")
        #expect(!e.contains { $0["plover"]?.string == "THREATEN" })
        // A pronoun is no speaker to name.
        #expect(try Fixtures.events("They have demanded that the ministry be closed.").isEmpty)
    }

    @Test func aWalkoutIsAProtestButAnAirStrikeOnEmployeesIsNot() throws {
        let walkout = try Fixtures.events("Teachers began a strike over unpaid wages in Kano on Monday.")
        #expect(walkout.first?.type == "protest")
        let strike = try Fixtures.events(
            "More than 35 SBU employees were killed during the strike of the Russian Aerospace Forces on September 29 in Dnipro."
        )
        #expect(strike.first?.type != "protest" && strike.first?.count("killed") == 35)
    }

    @Test(arguments: [
        "The forum concluded on Saturday that rich nations must fund the battle against the global water crisis.",
        "The government stepped up its fight against corruption in Lagos on Monday.",
    ])
    func aCampaignAgainstAProblemIsNoFight(text: String) throws {
        #expect(try Fixtures.events(text).allSatisfy { $0.type != "armed_clash" }, "\(text)")
    }

    @Test func aidSuspendedIsNoAid() throws {
        let e = try Fixtures.events("Red Cross officials suspended aid deliveries in Baghdad on Wednesday.")
        #expect(!e.contains { $0.type == "military_aid" })
        let given = try Fixtures.events("The United States sent arms to Pakistan on Wednesday, officials said.")
        #expect(given.first?.type == "military_aid")
    }

    @Test func steppingDownAndPullingOutAreRetreats() throws {
        let resigned = try #require(
            try Fixtures.events("Georgian President Eduard Shevardnadze resigned on Sunday.").first)
        #expect(resigned.type == "political_crisis" && resigned["plover"]?.string == "RETREAT")
        let dismissed = try #require(
            try Fixtures.events("President Zelenskyy dismissed Defence Minister Oleksii Reznikov on Sunday.").first)
        #expect(dismissed.type == "political_crisis" && dismissed["plover"]?.string != "RETREAT")
        let withdrew = try #require(
            try Fixtures.events(
                "Bosnian Serbs said on Tuesday their forces had completed their withdrawal from Gorazde."
            ).first)
        #expect(withdrew.type == "troop_deployment" && withdrew["plover"]?.string == "RETREAT")
        // Leaving talks moves no troops.
        #expect(
            try Fixtures.events("The party withdrew from the talks on Monday.").allSatisfy {
                $0.type != "troop_deployment"
            })
    }

    @Test func aWordAboutAWordIsNoBackground() throws {
        let e = try Fixtures.events(
            "Iraqi President Saddam Hussein arrived in Amman on a previously unannounced visit on Wednesday.")
        #expect(e.first?.type == "diplomacy")
        // "previously" on its own still marks history.
        #expect(
            try Fixtures.events("Iraqi President Saddam Hussein had previously visited Amman on Wednesday.").isEmpty)
    }

    @Test func aVowDoesNotHideTheDeathsBesideIt() throws {
        let e = try #require(
            try Fixtures.events("Rebels vow new offensive as rockets kill 30 in Mariupol on Saturday.").first)
        #expect(e.type == "shelling_missile_attack" && e.count("killed") == 30)
    }
}
