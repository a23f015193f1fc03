/// Words that mark people and organisations, written by us (generic English news usage).
enum NonPlaceLexicon {
    /// Titles and offices that precede a person's name (lower case; multi-word ones joined by a space).
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "president", "vice president", "prime minister", "minister", "foreign minister", "defence minister",
        "defense minister", "finance minister", "interior minister", "deputy", "chancellor", "premier",
        "secretary", "secretary of state", "secretary of defense", "secretary-general", "secretary general",
        "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor",
        "councillor", "councilman", "councilwoman", "ambassador", "envoy", "spokesman", "spokeswoman",
        "spokesperson", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan", "pope", "cardinal",
        "bishop", "archbishop", "rabbi", "imam", "reverend", "rev", "father", "judge", "justice", "chief justice",
        "general", "gen", "lieutenant", "lt", "colonel", "col", "major", "maj", "captain", "capt", "sergeant",
        "sgt", "admiral", "adm", "commander", "cmdr", "brigadier", "marshal", "officer", "detective", "det",
        "inspector", "chief", "ceo", "chairman", "chairwoman", "chair", "director", "coach", "manager",
        "striker", "midfielder", "defender", "goalkeeper", "quarterback", "actor", "actress", "singer",
        "author", "reporter", "correspondent", "columnist", "analyst", "economist", "attorney", "lawyer",
        "prosecutor", "speaker", "leader", "aide", "adviser", "advisor", "counterpart", "president-elect",
        "candidate", "nominee", "commissioner", "superintendent", "sheriff", "trooper", "patrolman", "dean",
        "founder", "owner", "chancellor-elect", "comrade", "herr", "frau", "monsieur", "madame", "señor",
    ]

    /// Verbs of saying that follow or precede a person's name ("X said", "said X").
    static let sayingVerbs: Set<String> = [
        "said", "says", "told", "tells", "added", "adds", "stated", "states", "wrote", "writes", "argued",
        "argues", "noted", "notes", "asked", "asks", "warned", "warns", "insisted", "insists", "claimed",
        "explained", "explains", "recalled", "recalls", "tweeted", "posted", "replied", "responded", "answered",
        "continued", "concluded", "admitted", "acknowledged", "confirmed", "denied", "announced", "declared",
    ]

    /// Capitalised words that end an organisation's or a publication's name ("Fox News", "The Times").
    static let organisationTails: Set<String> = [
        "news", "times", "post", "journal", "herald", "tribune", "gazette", "telegraph", "guardian", "mail",
        "express", "standard", "observer", "chronicle", "insider", "today", "daily", "weekly", "magazine",
        "review", "press", "radio", "tv", "television", "broadcasting", "network", "media", "channel",
        "corp", "corporation", "inc", "ltd", "llc", "plc", "co", "company", "group", "holdings", "industries",
        "airlines", "airways", "motors", "energy", "oil", "bank", "fc", "united", "club", "party", "foundation",
        "institute", "agency", "association", "federation", "union", "league", "council", "committee",
        "commission", "ministry", "department", "police", "army", "navy", "force", "forces", "guard",
        "university", "college", "school", "academy", "hospital", "church", "team", "capital", "partners",
        "technologies", "systems", "labs", "studios", "records", "entertainment", "pictures",
    ]

    /// Words that end a place's own name, so a first name before them is not a person ("Virginia Beach").
    static let placeHeads: Set<String> = [
        "beach", "city", "county", "harbour", "harbor", "island", "islands", "springs", "falls", "heights",
        "park", "street", "avenue", "road", "bay", "lake", "river", "valley", "hills", "mountain", "mountains",
        "state", "province", "region", "oblast", "district", "peninsula", "coast", "port", "airport", "base",
        "square", "bridge", "creek", "point", "village", "town", "township", "parish", "borough", "gulf", "sea",
    ]

    /// Lower-case words that may sit inside a person's name ("Ibn", "bin", "al", "van der", "de").
    static let nameParticles: Set<String> = ["bin", "ibn", "al", "el", "van", "von", "der", "de", "da", "di", "du", "la", "le", "dos"]
}
