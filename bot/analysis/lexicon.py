"""Word lists behind the rule-based entity and speaker recognition.

Kept small and general: countries, major cities and regions, title words that precede
people's names, and words that mark organisations. Ships with the code, loads offline.
"""

from __future__ import annotations

COUNTRIES = """Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|
Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|
Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|
Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|
Djibouti|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|
Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Greenland|Guatemala|Guinea|Guyana|
Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|
Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|
Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|
Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|
Myanmar|Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|
North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|
Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|
Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|
Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|
Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|
Uruguay|Uzbekistan|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|England|Scotland|Wales|
Northern Ireland|Britain|Great Britain|Hong Kong|Macau|Tibet|Crimea|Gaza|Gaza Strip|West Bank|
Kurdistan|Chechnya|Donbas|Donetsk|Luhansk|Kashmir|Puerto Rico"""

CITIES = """Paris|London|Berlin|Madrid|Rome|Milan|Lisbon|Dublin|Brussels|Amsterdam|The Hague|
Vienna|Prague|Warsaw|Budapest|Bucharest|Sofia|Athens|Istanbul|Ankara|Moscow|Kyiv|Kiev|Kharkiv|
Odesa|Odessa|Lviv|Mariupol|Bakhmut|Kherson|Zaporizhzhia|Minsk|Vilnius|Riga|Tallinn|Helsinki|
Stockholm|Oslo|Copenhagen|Reykjavik|Geneva|Zurich|Bern|Davos|Munich|Frankfurt|Hamburg|
Cologne|Barcelona|Valencia|Seville|Marseille|Lyon|Nice|Strasbourg|Manchester|Liverpool|
Birmingham|Leeds|Glasgow|Edinburgh|Cardiff|Belfast|Bristol|Oxford|Cambridge|Washington|
New York|New York City|Los Angeles|Chicago|Houston|Boston|Miami|Atlanta|Dallas|Seattle|
San Francisco|Silicon Valley|Detroit|Philadelphia|Denver|Phoenix|Las Vegas|New Orleans|
Baltimore|Pittsburgh|Cleveland|Minneapolis|Portland|San Diego|Austin|Toronto|Montreal|
Vancouver|Ottawa|Mexico City|Havana|Bogota|Caracas|Lima|Santiago|Buenos Aires|Sao Paulo|
Rio de Janeiro|Brasilia|Beijing|Shanghai|Shenzhen|Hong Kong|Taipei|Tokyo|Osaka|Seoul|
Pyongyang|Manila|Jakarta|Bangkok|Hanoi|Singapore|Kuala Lumpur|Delhi|New Delhi|Mumbai|
Bangalore|Kolkata|Karachi|Lahore|Islamabad|Kabul|Dhaka|Tehran|Baghdad|Damascus|Beirut|
Jerusalem|Tel Aviv|Amman|Riyadh|Jeddah|Doha|Dubai|Abu Dhabi|Cairo|Alexandria|Tripoli|Tunis|
Algiers|Rabat|Casablanca|Lagos|Abuja|Accra|Nairobi|Addis Ababa|Khartoum|Kampala|Kigali|
Johannesburg|Cape Town|Pretoria|Sydney|Melbourne|Brisbane|Perth|Canberra|Auckland|
Wellington|Brussels|Luxembourg|Strasbourg|Rafah|Khan Younis|Ramallah|Hebron|Aleppo|Mosul|
Basra|Kandahar|Sevastopol|Belgorod|Kursk|St Petersburg|Saint Petersburg|Vladivostok"""

REGIONS = """Europe|Asia|Africa|Australia|Antarctica|North America|South America|Latin America|
Middle East|Near East|Far East|Central Asia|South Asia|Southeast Asia|East Asia|
Eastern Europe|Western Europe|Central Europe|the Balkans|Balkans|Scandinavia|Caucasus|
Sahel|Arctic|Pacific|Atlantic|Mediterranean|Black Sea|Red Sea|Baltic|Gulf|Persian Gulf|
Caribbean|Siberia|Kashmir|Texas|California|Florida|Ohio|Michigan|Pennsylvania|Georgia|
Arizona|Nevada|Virginia|Wisconsin|Iowa|Alaska|Hawaii|Oregon|Colorado|Utah|Kentucky|
Tennessee|Alabama|Mississippi|Louisiana|Missouri|Illinois|Indiana|Minnesota|Maryland|
Massachusetts|Connecticut|New Jersey|North Carolina|South Carolina|Oklahoma|Kansas|Nebraska|
Montana|Idaho|Wyoming|Vermont|Maine|New Hampshire|Delaware|Rhode Island|West Virginia|
New Mexico|North Dakota|South Dakota|Arkansas|Quebec|Ontario|Alberta|Bavaria|Catalonia|
Kent|Yorkshire|Cornwall|Normandy|Brittany|Tuscany|Sicily|Sardinia|Corsica|Kosovo"""


def _split(block: str) -> frozenset[str]:
    return frozenset(name.strip() for name in block.replace("\n", "").split("|") if name.strip())


# Regions, US states and provinces among them ("the Texas senator").
REGION_NAMES = _split(REGIONS)
PLACES = _split(COUNTRIES) | _split(CITIES) | REGION_NAMES
# "The country's defence ministry" belongs to a country, never to a city or region.
COUNTRY_NAMES = _split(COUNTRIES)

# Short and variant forms folded into one canonical place name.
PLACE_ALIASES = {
    "U.S.": "United States",
    "US": "United States",
    "U.S.A.": "United States",
    "USA": "United States",
    "America": "United States",
    "United States of America": "United States",
    "U.K.": "United Kingdom",
    "UK": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "Kiev": "Kyiv",
    "Odessa": "Odesa",
    "Saint Petersburg": "St Petersburg",
    "Czechia": "Czech Republic",
    "Gaza Strip": "Gaza",
    "Washington D.C.": "Washington",
    "Washington, D.C.": "Washington",
    "New York City": "New York",
    "the Balkans": "Balkans",
    "E.U.": "European Union",
}

# Adjectives of rank or standing that precede titles as nationalities do ("Senior Minister",
# "Former President"); before "officials" they name no body ("Senior officials").
RANK_ADJECTIVES = frozenset("Federal State Senior Former Then Acting Interim Top".split())
# Adjectives of nationality that often precede titles ("Ukrainian President ...").
DEMONYMS = RANK_ADJECTIVES | frozenset(
    """American British English Scottish Welsh Irish French German Italian Spanish Portuguese
    Dutch Belgian Swiss Austrian Polish Czech Slovak Hungarian Romanian Bulgarian Greek Turkish
    Russian Ukrainian Belarusian Georgian Armenian Lithuanian Latvian Estonian Finnish Swedish
    Norwegian Danish Icelandic Serbian Croatian Bosnian Albanian Chinese Japanese Korean
    Taiwanese Indian Pakistani Afghan Iranian Iraqi Syrian Lebanese Israeli Palestinian
    Jordanian Saudi Qatari Emirati Egyptian Libyan Tunisian Moroccan Algerian Nigerian Kenyan
    Ethiopian Sudanese Somali South African Canadian Mexican Brazilian Argentine Argentinian
    Chilean Colombian Venezuelan Cuban Peruvian Australian European Western Eastern
    Arab Asian Nordic
    Maldivian Bangladeshi Nepalese Lankan Thai Vietnamese Filipino Indonesian Malaysian
    Singaporean Cambodian Mongolian Yemeni Omani Kuwaiti Bahraini Ghanaian Ugandan Tanzanian
    Rwandan Congolese Zimbabwean Senegalese Bolivian Ecuadorian Uruguayan Paraguayan Haitian
    Moldovan Slovenian Cypriot Kurdish Kurd
    Republican Democratic Democrat Conservative Labour Liberal Green""".split()
)

# "the Spaniard said", "the Russian said": the word for a person of a country, with the
# adjective a title gives that country ("Spanish tennis star Ana Ruiz"). Plurals that
# name a whole people ("the Chinese") are left out.
NATIONALITY_NOUNS: dict[str, str] = {
    word: word
    for word in """American German Italian Belgian Austrian Czech Hungarian Romanian Bulgarian
    Greek Russian Ukrainian Belarusian Georgian Armenian Lithuanian Latvian Estonian Norwegian
    Serbian Croatian Bosnian Albanian Korean Indian Pakistani Afghan Iranian Iraqi Syrian
    Israeli Palestinian Jordanian Saudi Egyptian Libyan Tunisian Moroccan Algerian Nigerian
    Kenyan Ethiopian Canadian Mexican Brazilian Argentine Argentinian Chilean Colombian
    Venezuelan Cuban Peruvian Australian""".split()
} | {
    "Spaniard": "Spanish", "Frenchman": "French", "Frenchwoman": "French",
    "Briton": "British", "Scot": "Scottish", "Scotsman": "Scottish", "Welshman": "Welsh",
    "Irishman": "Irish", "Englishman": "English", "Dutchman": "Dutch", "Swede": "Swedish",
    "Dane": "Danish", "Finn": "Finnish", "Pole": "Polish", "Turk": "Turkish",
    "Serb": "Serbian", "Croat": "Croatian",
}

# A party's one-word name among the demonyms, which speaks for the party: "Labour said",
# "one of Labour’s demands" (but "Labour MP Ana Ruiz" is hers).
ONE_WORD_PARTIES = frozenset({"Labour"})

# "Harbourland officials", "Canadian senior diplomats": unnamed officials of the body or
# country whose capitalised name stands before them.
OFFICIALS_OF = (
    r"(?P<where>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,2})\s+(?:senior\s+|other\s+)?"
    # "UK government officials", "Ostland defence officials": the branch may stand between.
    r"(?:(?:government|military|defen[cs]e|security|intelligence|foreign\s+ministry|"
    r"embassy|health|army|police)\s+)?(?:officials|officers|diplomats|authorities|"
    # "Kellner analysts wrote in a note": a firm's experts
    r"analysts|economists|strategists|researchers)"
)
# Unnamed groups a story often quotes with no body named ("officials said", "Federal
# prosecutors filed charges, saying"), with the levels that may stand before them.
UNNAMED_GROUPS = r"(?:officials|authorities|prosecutors|investigators)"
# The nouns of an unnamed source ("a source said", "two officials", "the person added").
SOURCE_NOUNS = frozenset("source official diplomat person insider aide".split())
UNNAMED_GROUP_LEVELS = r"(?:senior|local|federal|state)"
# Capitalised words that, first before "officials", give a branch or level of government or
# of a campaign, no body of its own: "Administration officials", "Intelligence officials".
OFFICIAL_BRANCHES = frozenset(
    """Administration Government Military Police Local Party Campaign City County Security
    Intelligence Defence Defense Health Company""".split()
)

# Words that, in front of a name, make it a person ("Secretary of State Marco Rubio").
PERSON_TITLES = frozenset(
    """President Vice Prime Minister Secretary Chancellor Senator Sen Representative Rep
    Congressman Congresswoman Governor Gov Mayor King Queen Prince Princess Pope Cardinal
    Bishop Archbishop Rabbi Imam Sheikh Emir Sultan General Gen Admiral Adm Colonel Col
    Major Maj Captain Capt Lieutenant Lt Sergeant Sgt Commander Judge Justice Chief Chairman
    Chairwoman Chair Director Commissioner Magistrate Barrister Ambassador Envoy Spokesman
    Spokeswoman Spokesperson Speaker Leader Premier Taoiseach Tánaiste PM President-elect Coach
    Manager Professor Prof Dr Mr Mrs Ms Miss Sir
    Dame Lord Lady Detective Det Inspector Officer Sheriff Attorney Deputy Executive CEO CFO
    CTO COO CIO Founder Chancellor-elect Councillor Councilman Councilwoman Minister-President
    Chairperson
    Superintendent Marshal Pastor Father Sister Brother Dean Provost Treasurer Comptroller
    Auditor Counsel Prosecutor Chief-executive Trustee Head Boss Striker Midfielder Defender
    Goalkeeper Forward Actor Actress Singer Author Writer Economist Analyst Strategist Rev Reverend
    Del
    Delegate Assemblyman Assemblywoman Assemblymember Atty Supt Pvt Cpl Retired Ret MP
    MEP""".split()
) | {  # "Deputy Inspector-General of Police Devojyoti Mukherjee": a joined office's title
    f"{office}-General"
    for office in """Inspector Director Attorney Solicitor Auditor Governor Surgeon Postmaster
    Registrar Advocate Comptroller Accountant Consul""".split()
}
# Words that may appear inside a multi-word title between title words.
TITLE_FILLERS = frozenset(
    """of the State Foreign Defense Defence Interior Home Finance Treasury Health Justice
    Trade Economy Energy Education Transport Labor Labour Agriculture Environment Culture
    Affairs Security National Homeland General Executive Operating Financial Technology
    Press Senior Deputy Assistant Under Acting Interim Former Then House Senate Majority
    Minority Whip Party Opposition Army Navy Air Force Police Fire Staff Joint Chiefs
    Supreme Court District Attorney Mayor Vice Prime Chief High Commissioner Special
    Chancellor Exchequer Secretary-General General-Secretary Crown Science Digital
    Climate Market Investment""".split()
)
HONORIFICS_MALE = frozenset({"Mr", "Sir", "Lord", "King", "Prince", "Father", "Brother"})
HONORIFICS_FEMALE = frozenset(
    {
        "Mrs",
        "Ms",
        "Miss",
        "Dame",
        "Lady",
        "Queen",
        "Princess",
        "Sister",
        "Congresswoman",
        "Chairwoman",
        "Spokeswoman",
        "Actress",
        "Councilwoman",
    }
)

# Words that make a name a public, civic or learned body's: never what "the company" takes up.
CIVIC_BODY_WORDS = frozenset(
    """Ministry Department Council Commission Committee Party Union University College
    School Institute Agency Authority Bureau Office Court Parliament Congress Senate Assembly
    Government Administration Police Army Navy Force Forces League Federation Confederation
    Association Foundation Coalition Alliance Hospital Society Church""".split()
)
# Words of a news outlet's name: a paper reports others' words as well as its own.
MEDIA_NAME_WORDS = frozenset(
    """Times Post Journal Herald Guardian Telegraph News Press Tribune Review Magazine Media
    Broadcasting Network""".split()
)
# A news outlet's name: what it reports may be someone else's words.
NEWS_BODY_WORDS = MEDIA_NAME_WORDS | frozenset(
    "Television Radio Reuters AP AFP BBC CNN CNBC NBC CBS ABC Fox Bloomberg Xinhua TASS".split()
)
# Words that make a name an organisation's: the civic ones, and those of firms, media, clubs.
ORG_WORDS = CIVIC_BODY_WORDS | MEDIA_NAME_WORDS | frozenset(
    """Bank Company Corporation Corp Inc Ltd LLC PLC Plc Group Club Fund Trust Organization
    Organisation Service Services Board Airlines Airways Motors
    Holdings Industries Technologies Technology Systems Labs Laboratories Movement Front Brigade
    Brigades Cabinet Presidency Kremlin Pentagon Reserve Exchange Studios Records Pictures
    Entertainment Communications Energy Oil Petroleum Pharmaceuticals Tribunal
    Secretariat Directorate Inc. Corp. Co Co. Ltd. United City Rovers Embassy Consulate
    Center Centre Command Caucus Athletic County Show Economics Macroeconomics Securities
    Consulting Consultancy Analytics Protection Enforcement Prevention Development
    Conservation Academy Guild Institution Chamber Watch Initiative Project Forum""".split()
)

KNOWN_ORGS = frozenset(
    """White House|Kremlin|Pentagon|Downing Street|Elysee|Élysée|Congress|Senate|Parliament|
    Bundestag|Knesset|Duma|NATO|Nato|EU|European Union|UN|United Nations|IMF|WHO|WTO|OPEC|
    G7|G20|ASEAN|African Union|Hamas|Hezbollah|Taliban|Reuters|Associated Press|AP|AFP|BBC|
    CNN|Google|Apple|Microsoft|Amazon|Meta|Facebook|Twitter|Tesla|Nvidia|OpenAI|Samsung|
    Sony|Toyota|Boeing|Airbus|FBI|CIA|NSA|NASA|FIFA|UEFA|IOC|Fed|Federal Reserve|ECB|
    Supreme Court|Home Office|Foreign Office|State Department|Treasury|Interpol|Europol|
    Red Cross|Amnesty International|Greenpeace|Oval Office|Vatican|Commons|House of Commons|
    House of Lords|Al Jazeera|No 10|Number 10""".replace("\n", "").split("|")
)
KNOWN_ORGS = frozenset(name.strip() for name in KNOWN_ORGS)
# States' and their unions' bodies: never what "the company" or "the firm" takes up.
PUBLIC_BODIES = frozenset(
    name.strip()
    for name in """White House|Kremlin|Pentagon|Downing Street|Elysee|Élysée|Congress|Senate|
    Parliament|Bundestag|Knesset|Duma|NATO|Nato|EU|European Union|UN|U.N.|United Nations|IMF|
    WHO|WTO|OPEC|G7|G20|ASEAN|African Union|European Commission|Supreme Court|No 10|
    Number 10""".split("|")
)

# Lowercase particles inside a person's name; two may stand together ("Ursula von der
# Leyen", "Ana de la Fuente").
NAME_PARTICLES = frozenset(
    "de da do dos das del der den di van von bin ibn al el la le du della".split()
)
# Lowercase words that may join the parts of one name ("Bank of England", "Ursula von der").
NAME_CONNECTORS = NAME_PARTICLES | {"of", "for"}

# Capitalised words that are never entities on their own (sentence openers, months, days).
NON_ENTITY_WORDS = frozenset(
    """The A An This That These Those There Here It Its He She They We I You His Her Their Our
    But And Or So Yet However Meanwhile Still Then Now In On At For After Before When While If
    As Since Although Though Despite During By With Without According Speaking Adding Asked
    Like Unlike
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Today Tomorrow Yesterday
    One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Next Some Many
    Most Several All Both Each Every No Not Other Another Such What Which Who Whom Whose Why
    How Where Yes Also Even Just Only Once Under Over Between Among Against From To Of Into
    Through Until Unless Because Whether Last Earlier Later Instead Overall Indeed Officials
    Police Authorities Analysts Critics Experts Residents Witnesses Sources Is Are Was Were
    Delegates Voters Protesters Demonstrators Supporters Lawmakers Reporters Observers
    Activists Leaders Members Students Parents Workers Organizers Organisers Investigators
    Prosecutors Researchers Economists Pollsters Aides Advisers Advisors Staffers
    Do Does Did Has Have Had Will Would Can Could Should Must May Might Let Let's Please
    Chapter Section Update Updated Read More Photo Image Video Watch Listen Advertisement
    I’m I'm I’ve I've I’d I'd I’ll I'll
    Well Oh Okay OK Certainly Surely Clearly Perhaps Maybe Obviously Apparently Frankly
    Honestly Actually Really Basically Finally Notably Similarly Likewise Moreover
    Nevertheless Nonetheless Otherwise Thus Therefore Again Already Always Never
    Ask Tell Meet Imagine Consider Remember Take Picture Thank Part Parts
    Neither Either Nor
    Along Alongside Amid Amidst Following Ahead Across Around Behind Beyond Near Toward
    Towards Upon Within Throughout Including Regarding""".split()
)

# Role nouns that, capitalised at the start of a sentence, still act as titles
# ("Engineer Tomas Eriksen said ..."). Each role word is listed once in this file; the
# sets below combine them for each use.
# Offices of public life: "the minister said" refers back to the minister named before.
OFFICE_ROLES = frozenset(
    """leader minister spokesman spokeswoman spokesperson president chief executive
    director secretary official mayor chairman chairwoman chair founder analyst
    economist professor lawyer attorney judge coach manager author owner researcher
    scientist campaigner activist senator governor ambassador envoy negotiator adviser
    advisor aide general candidate prosecutor chancellor premier taoiseach tánaiste organiser
    organizer mediator host reporter columnist historian expert consultant treasurer
    comptroller magistrate""".split()
)
# Everyday roles: "the driver said" usually introduces someone new, so it names no one
# named before.
EVERYDAY_ROLES = frozenset(
    """engineer head captain striker singer actor actress teacher doctor nurse councillor
    councilor commissioner deputy inspector detective officer resident farmer worker
    driver student pilot colonel superintendent headteacher principal vicar priest
    bishop fisherman fisherwoman chairperson presenter correspondent editor partner
    investor trader shopkeeper landlord tenant parent mother father pensioner voter fan
    supporter player midfielder defender goalkeeper forward referee umpire defenseman
    quarterback pitcher winger filmmaker composer musician novelist poet comedian""".split()
)
ROLE_NOUNS = OFFICE_ROLES | EVERYDAY_ROLES
# Roles of political life that are not used as titles.
POLITICAL_ROLES = frozenset(
    """billionaire businessman businesswoman congressman congresswoman lawmaker nominee
    pollster representative strategist mp mep legislator""".split()
)
# Words a story uses for someone it has just named, to avoid the name again: "the tycoon",
# "the teenager", "the Chelsea boss". They fit whatever title the person was given.
EPITHETS = frozenset(
    "boss tycoon magnate mogul star superstar teenager youngster veteran skipper".split()
)
# Family ties: "his wife, Jane," names a person however short the name, "Rask's mother
# said" is a relative speaking, and "his father, Ahmed Talvik," is someone else.
KIN_ROLES = frozenset(
    """mother father mom dad parents son daughter wife husband brother sister uncle aunt
    cousin nephew niece grandmother grandfather grandson granddaughter grandchildren widow
    widower""".split()
)
KIN_PATTERN = "(?:" + "|".join(sorted(KIN_ROLES)) + ")"
# "said Ivo Rask MP", "Ana Ruiz KC": the letters of a seat or of a silk after a whole name,
# no part of it.
POST_NOMINALS = frozenset({"MP", "MSP", "MEP", "MLA", "TD", "QC", "KC", "SC"})
POST_NOMINAL_PATTERN = "(?:" + "|".join(sorted(POST_NOMINALS)) + ")"
# "the Trump administration": what follows a name that only says whose body it is, so the
# name is not one spoken of.
ATTRIBUTIVE_BODY = r"\s+(?:administration|campaign|government|presidency|era)\b"
# The lowercase words right before a name that make it a person's ("his wife, Jane").
# "parliamentary speaker Ana Ruiz": the chair of a house, a role only written lowercase before a
# name (not a role noun elsewhere: "the speaker said" is no title).
NAME_ROLES = ROLE_NOUNS | KIN_ROLES | EPITHETS | {"speaker"}
# What an apposition about a person carries: "Ana Ruiz, a volunteer,", "Rask, her husband,".
APPOSITION_ROLES = (
    ROLE_NOUNS
    | POLITICAL_ROLES
    | KIN_ROLES
    | EPITHETS
    | frozenset(
        """commentator developer staffer employee member co-founder vice operative
        donor fundraiser politician delegate superdelegate entrepreneur graduate retiree mom
        dad friend neighbor neighbour volunteer speechwriter surrogate ally confidant
        biographer counsel mate lieutenant protege ceo cfo coo cto
        commander soldier blogger democrat republican""".split()
    )
)
# What a definite description uses for a person already named: "the senator", "the top
# diplomat", "the Republican".
DESCRIPTION_ROLES = (
    OFFICE_ROLES
    | POLITICAL_ROLES
    | frozenset(
        """diplomat republican democrat commander anchor frontrunner front-runner incumbent
        challenger rival prime king queen prince speaker whip journalist writer actor actress
        singer champion president-elect fan""".split()
    )
    | EPITHETS
)
PERSON_TITLES = PERSON_TITLES | {word.capitalize() for word in ROLE_NOUNS}

# Nouns that describe an organisation; before a name they type it ("the carmaker Veltra"),
# and "the company said" refers back to the organisation last named.
ORG_DESCRIPTORS = frozenset(
    """company firm carmaker automaker chipmaker retailer airline operator developer group
    bank lender insurer broadcaster regulator startup start-up supermarket chain manufacturer
    maker publisher newspaper club union charity agency network platform brewer miner producer
    exporter utility conglomerate provider supplier business organisation organization
    association institute ministry department council authority partnership consortium
    daily weekly tabloid outlet""".split()
)
# What a source is "according to" when it is a paper: "according to a United Nations report
# in July", as one regex group.
SOURCE_PAPERS = (
    "(?:" + "|".join(
        sorted("report study survey analysis assessment review estimate poll data figures".split())
    ) + ")"
)
# The descriptors as one regex group, for the readers that look for any of them.
ORG_DESCRIPTOR_PATTERN = "(?:" + "|".join(sorted(ORG_DESCRIPTORS)) + ")"

# Participles and gerunds that open a clause ("Having met the envoy, Rask said", "Having
# Rask announce it shows …"): never part of a name after them.
OPENING_PARTICIPLES = frozenset(
    """Having Being Saying Adding Speaking Writing Responding Asked Citing Noting Referring
    Describing Commenting Explaining Calling Arguing Following Reacting Addressing
    Insisting Warning Stressing Acknowledging Replying Turning""".split()
)

# Verbs that report speech, as one regex alternation ("said|says|…").
# "The ministry earlier said", "the council separately warned": a word between a speaker
# and the verb is no part of who speaks. One only: "Ruiz has also announced a plan" after a
# finished quote reports something new rather than crediting it. Lowercase even where the
# pattern ignores case: "Peace Now said" is a group's whole name.
ADVERB = (
    r"(?:(?-i:also|earlier|later|then|again|previously|separately|meanwhile|further|likewise|"
    r"already|repeatedly|recently|initially|subsequently|too|now|first|simply|flatly|firmly|"
    r"once|had|has|have|would(?:\s+just)?|reportedly|allegedly)\s+)?"
)
SPEECH_VERBS = (
    # "The minister will highlight that “…”": remarks a ministry announces ahead.
    r"will\s+(?:also\s+)?(?:highlight|stress|emphasi[sz]e|underline)|"
    # "on the tape he is heard saying: “…”", "was caught on a hot mic saying"
    r"(?:is|was|are|were|can\s+be|could\s+be)\s+(?:heard|caught|seen|filmed|recorded)"
    r"(?:\s+on\s+(?:a|the)\s+(?:hot\s+)?(?:mic|microphone|tape|video|camera))?\s+saying"
    r"(?:\s+on\s+(?:a|the)\s+(?:hot\s+)?(?:mic|microphone|tape|video|camera))?|"
    "said|says|say|stated|states|added|adds|told|tells|asked|explained|noted|wrote|writes|"
    "argued|insisted|warned|declared|announced|remarked|replied|responded|recalled|"
    # "Employment “continued to strengthen"": going on with something else is no speech
    r"continued(?!\s+to\b)|continues(?!\s+to\b)|"
    "acknowledged|admitted|claimed|commented|conceded|confirmed|contended|cautioned|"
    "emphasized|emphasised|observed|predicted|posted|tweeted|urged|vowed|promised|suggested|"
    "maintained|stressed|complained|countered|joked|quipped|shouted|testified|pointed out|"
    "went on|told reporters|concluded|agreed|disagreed|boasted|conceded|summed up|put it|puts it|"
    "describes it|described it|"
    # Present tense (headlines, live blogs, TV) and the rarer verbs of real copy.
    "notes|argues|claims|insists|warns|declares|announces|explains|recalls|"
    "replies|responds|adds|asks|tweets|posts|predicts|urges|admits|acknowledges|"
    "demanded|demands|wondered|wonders|reasoned|lamented|laments|charged|alleged|alleges|"
    "chimed in|interjected|yelled|screamed|chanted|cried|pleaded|begged|implored|thundered|"
    "scoffed|bragged|brags|speculated|mused|opined|reiterated|repeated|elaborated|"
    "clarified|pressed|questioned|challenged|reported|reports|sang|sings|"
    "quoted|fired back|shot back|retorted|added later|wrote in|said in|told CNN|"
    "saying|adding|telling|asking|noting|arguing|writing|stating|explaining|warning|"
    "asserted|asserts|points out|contends|observes|stresses|emphasizes|cautions|"
    "complains|counters|jokes|quips|agrees|concedes|recounts|"
    "retorts|boasts|retaliated|revealed|reveals|write|trumpets|"
    "trumpeted|reacted|decried|decries|"
    # "“…,” underlined Ruiz", "“…!” snaps the grocer": rarer verbs of real copy.
    "underlined|underlines|snapped|snaps|sighed|sighs|"
    # "The Commissioner further advised: “Avoid contact …”"
    "advised|advises|"
    # "“The state must release the files,” the court ordered": a court's words
    "ordered|"
    # "the opinion reads", "the letter reads": a document's words. Not "read", which is as
    # often the present ("they read the news").
    "reads|"
    # "“…,” a statement by Likud read.": the past closing its attribution, whoever's paper
    # (not a sign's "“…,” it read.", which the one holding it may own).
    r"(?<!\bit\s)read(?=\.(?:\s|$))|"
    # "the FCC statement read", "the communique on Wednesday read": the past, only after a
    # paper or the day it came out.
    + "|".join(
        rf"(?<={word}\s)read"
        for word in (
            "statement letter communique communiqué release conclusions declaration petition "
            # "the opinion read", "the readout read": a court's or a government's paper
            "opinion ruling judgment judgement readout order filing motion memo post message note "
            # "the communique on Friday read", "… later that day read": the day it came out
            "day"
        ).split()
    )
)

# A capitalised word that names a country or its people ("U.S.", "Afghan", "Lisbon").
COUNTRY_WORDS = DEMONYMS | PLACES | frozenset(PLACE_ALIASES)
