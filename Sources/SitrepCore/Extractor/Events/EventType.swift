/// The event types of SPEC §6, with their ACLED and PLOVER names.
public enum EventType: String, Sendable, CaseIterable {
    case airDroneStrike = "air_drone_strike"
    case shellingMissileAttack = "shelling_missile_attack"
    case remoteExplosive = "remote_explosive"
    case armedClash = "armed_clash"
    case territoryChange = "territory_change"
    case interception
    case attackOnCivilians = "attack_on_civilians"
    case abduction, arrest, protest, riot, agreement
    case lootingDestruction = "looting_destruction"
    case baseEstablished = "base_established"
    case groupChange = "group_change"
    case militaryAid = "military_aid"
    case troopDeployment = "troop_deployment"
    case politicalCrisis = "political_crisis"
    case diplomacy, statement

    /// ACLED event type of a sub-type: the type's own, except a transfer of ground without a
    /// fight, which ACLED counts among strategic developments.
    public func acledEventType(sub: String) -> String? {
        sub == Self.nonViolentTransfer ? "Strategic developments" : acledEventType
    }

    static let nonViolentTransfer = "Non-violent transfer of territory"
    static let chemicalWeapon = "Chemical weapon"

    /// ACLED event type (nil for types ACLED does not code).
    public var acledEventType: String? {
        switch self {
        case .airDroneStrike, .shellingMissileAttack, .remoteExplosive: "Explosions/Remote violence"
        case .armedClash: "Battles"
        case .territoryChange: "Battles"
        case .attackOnCivilians, .abduction: "Violence against civilians"
        case .protest: "Protests"
        case .riot: "Riots"
        case .interception, .arrest, .agreement, .lootingDestruction, .baseEstablished, .groupChange, .militaryAid,
            .troopDeployment, .politicalCrisis:
            "Strategic developments"
        case .diplomacy, .statement: nil
        }
    }

    /// Default ACLED sub-event type; the extractor refines it from the words (grenade, protest with
    /// intervention…).
    public var acledSubType: String? {
        switch self {
        case .airDroneStrike: "Air/drone strike"
        case .shellingMissileAttack: "Shelling/artillery/missile attack"
        case .remoteExplosive: "Remote explosive/landmine/IED"
        case .armedClash: "Armed clash"
        case .territoryChange: "Non-state actor overtakes territory"
        case .interception: "Disrupted weapons use"
        case .attackOnCivilians: "Attack"
        case .abduction: "Abduction/forced disappearance"
        case .arrest: "Arrests"
        case .protest: "Peaceful protest"
        case .riot: "Violent demonstration"
        case .agreement: "Agreement"
        case .lootingDestruction: "Looting/property destruction"
        case .baseEstablished: "Headquarters or base established"
        case .groupChange: "Change to group/activity"
        case .militaryAid, .troopDeployment, .politicalCrisis: "Other"
        case .diplomacy, .statement: nil
        }
    }

    /// PLOVER 2.x category.
    public var plover: String? {
        switch self {
        case .airDroneStrike, .shellingMissileAttack, .remoteExplosive, .armedClash, .attackOnCivilians, .abduction,
            .lootingDestruction:
            "ASSAULT"
        case .territoryChange: "SEIZE"
        case .interception, .groupChange: nil
        // SPEC §6 names the arrest category RESTRICT; the PLOVER codebook files it under COERCE.
        case .arrest: "RESTRICT"
        case .protest, .riot: "PROTEST"
        case .agreement: "AGREE"
        case .baseEstablished, .troopDeployment: "MOBILIZE"
        case .militaryAid: "AID"
        case .politicalCrisis: "REJECT"
        case .diplomacy: "CONSULT"
        case .statement: nil
        }
    }

    /// Incident family (SPEC §7): the ACLED event type, with interceptions beside air strikes.
    public var family: String {
        switch self {
        case .interception: "Explosions/Remote violence"
        default: acledEventType ?? rawValue
        }
    }

    /// Violence that happens at a place, and so takes the paragraph's place when its sentence
    /// names none.
    public var isViolent: Bool {
        switch self {
        case .airDroneStrike, .shellingMissileAttack, .remoteExplosive, .armedClash, .interception,
            .attackOnCivilians, .abduction, .lootingDestruction, .territoryChange:
            true
        default: false
        }
    }
}
