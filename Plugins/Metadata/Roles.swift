import PluginAPI

/// The role a title gives a sender or recipient, in Chinese, English, French and Spanish.
enum Roles {
    /// Rules in order: the first whose phrase occurs in the text wins (so "Deputy Permanent Representative" is
    /// not read as "Permanent Representative", nor a Working Group chair as the Council's President).
    private static let rules: [(phrase: [UInt8], role: String)] = ([
        ("工作组主席", "chair-working-group"), ("working group", "chair-working-group"), ("groupe de travail", "chair-working-group"),
        ("grupo de trabajo", "chair-working-group"),
        // The Peacebuilding Commission is a commission, whatever the Chinese word it shares with committees.
        ("建设和平委员会", "other"), ("peacebuilding commission", "other"),
        ("委员会主席", "chair-committee"), ("council committee", "chair-committee"), ("committee established", "chair-committee"),
        ("chair of the committee", "chair-committee"), ("chair of the security council committee", "chair-committee"),
        ("成员国常驻代表", "members-security-council"), ("安全理事会成员", "members-security-council"), ("安理会成员", "members-security-council"),
        ("members of the security council", "members-security-council"), ("membres du conseil de sécurité", "members-security-council"),
        ("miembros del consejo de seguridad", "members-security-council"),
        ("副代表", "deputy-permanent-representative"), ("副常驻代表", "deputy-permanent-representative"), ("deputy permanent representative", "deputy-permanent-representative"),
        ("représentant permanent adjoint", "deputy-permanent-representative"), ("représentante permanente adjointe", "deputy-permanent-representative"),
        ("representante permanente adjunt", "deputy-permanent-representative"),
        ("代办", "charge-d-affaires"), ("chargé d’affaires", "charge-d-affaires"), ("chargé d'affaires", "charge-d-affaires"),
        ("charge d'affaires", "charge-d-affaires"), ("chargée d'affaires", "charge-d-affaires"), ("encargad", "charge-d-affaires"),
        // "常驻联合国代表团" is a permanent mission; "安全理事会派往马里的代表团" (a Council mission) is not.
        ("常驻联合国代表团", "permanent-mission"), ("常驻代表团", "permanent-mission"), ("观察员代表团", "permanent-mission"),
        ("permanent mission", "permanent-mission"), ("mission permanente", "permanent-mission"),
        ("misión permanente", "permanent-mission"),
        ("observer mission", "permanent-mission"),
        ("观察员", "permanent-observer"), ("permanent observer", "permanent-observer"), ("observateur permanent", "permanent-observer"),
        ("observatrice permanente", "permanent-observer"), ("observador permanente", "permanent-observer"),
        ("常驻联合国代表", "permanent-representative"), ("常驻代表", "permanent-representative"),
        ("permanent representative", "permanent-representative"), ("représentant permanent", "permanent-representative"),
        // The United States' ambassador is styled "Representative of the United States of America to the United Nations".
        ("representative of the united states of america to the united nations", "permanent-representative"),
        ("représentante permanente", "permanent-representative"), ("representante permanente", "permanent-representative"),
        ("安全理事会主席", "president-security-council"), ("安理会主席", "president-security-council"),
        ("president of the security council", "president-security-council"), ("président du conseil de sécurité", "president-security-council"),
        ("présidente du conseil de sécurité", "president-security-council"), ("presidente del consejo de seguridad", "president-security-council"),
        ("presidencia del consejo de seguridad", "president-security-council"),
        ("大会主席", "president-general-assembly"), ("president of the general assembly", "president-general-assembly"),
        ("président de l'assemblée générale", "president-general-assembly"), ("presidente de la asamblea general", "president-general-assembly"),
    ] as [(String, String)]).map { (Array($0.0.utf8), $0.1) }

    /// Words that make a "Secretary-General" someone else (an Under- or Assistant Secretary-General, a deputy).
    private static let notTheSecretaryGeneral = ["副秘书长", "助理秘书长", "under-secretary-general", "assistant secretary-general", "deputy secretary-general", "secrétaire général adjoint", "secretario general adjunto"].map { Array($0.utf8) }
    private static let secretaryGeneral = ["秘书长", "secretary-general", "secrétaire général", "secrétaire générale", "secretario general", "secretaria general"].map { Array($0.utf8) }

    /// The role named by `text` (a sender or one recipient), `other` when none is recognized.
    static func role(of text: String) -> String {
        // "Secretary‑General" may be printed with a non-breaking hyphen (U+2011) or a hyphen (U+2010).
        var lower = text.lowercased()
        if lower.utf8.contains(0xE2) { lower = lower.replacing("\u{2011}", with: "-").replacing("\u{2010}", with: "-") }
        for rule in rules where UTF8Scan.contains(rule.phrase, in: lower) { return rule.role }
        let has = { (phrase: [UInt8]) in UTF8Scan.contains(phrase, in: lower) }
        if secretaryGeneral.contains(where: has), !notTheSecretaryGeneral.contains(where: has) {
            return "secretary-general"
        }
        return "other"
    }

    /// Roles held by organs and officials rather than States: their senders have no country.
    static let organRoles: Set<String> = [
        "chair-working-group", "chair-committee", "president-security-council", "secretary-general",
        "president-general-assembly", "members-security-council",
    ]

    private static let recipientSeparators = ["、", "，", "和", ", ", " and the ", " and ", " et au ", " et à la ", " et ", " y al ", " y a la ", " y "]
        .map { Array($0.utf8) }

    /// The first recipient of a list ("秘书长、大会主席和安全理事会主席", "the Secretary-General, the President of the
    /// General Assembly and the President of …"): the shortest head, cut at a separator, that names a role.
    static func firstRecipient(_ text: String) -> String {
        let heads = recipientSeparators.compactMap { UTF8Scan.split(text, at: $0)?.before }.sorted { $0.utf8.count < $1.utf8.count }
        return heads.first { role(of: $0) != "other" } ?? text
    }
}
