"""Keyword lists for the 17 IPTC Media Topics top-level topics.

The codes and labels are IPTC's (NewsCodes "mediatopic", https://iptc.org/standards/media-topics/);
the keyword lists are Wirehouse's own, written for English-language news.

How a keyword is matched (see :mod:`extractors.topics`):

* Text and keywords are split into word tokens the same way (runs of letters and digits), so
  ``"cease-fire"`` matches "cease-fire" and "cease fire", and a phrase matches across line breaks.
* An all-lowercase keyword matches regardless of case; a keyword with a capital letter matches
  only that exact case (``"WHO"`` is the World Health Organization, not the pronoun).
* A keyword ending in ``*`` matches when its last word is a prefix of the word in the text
  (``"negotiat*"``, ``"interest rate*"``).
  Choose prefixes that do not swallow other words: ``"invest*"`` would match "investigation".
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, NamedTuple


class TopicKeywords(NamedTuple):
    """One top-level IPTC topic: its English label and the phrases that suggest it."""

    label: str
    keywords: tuple[str, ...]


TOPIC_LEVEL: Final = 1

# One keyword per line would make the table hard to read: ruff format leaves it alone.
# fmt: off
TOPIC_KEYWORDS: Final[Mapping[str, TopicKeywords]] = MappingProxyType(
    {
        "medtop:01000000": TopicKeywords(
            "arts, culture, entertainment and media",
            (
                "film", "films", "filmed", "filming", "filmmaker*", "movie*", "cinema*",
                "box office", "actor*", "actress*", "film director*", "screenplay*", "Hollywood",
                "Bollywood", "Nollywood", "album*", "singer*", "singing", "songwriter*", "song",
                "songs", "music", "musical*", "musician*", "concert*", "gig", "gigs", "band",
                "bands", "rapper*", "pop star*", "hip-hop", "hip hop", "rock star*", "jazz", "DJ",
                "record label*", "lyrics", "singles chart", "the charts", "opera", "operas",
                "ballet", "dancer*", "theatre*", "theater*", "Broadway", "West End", "playwright*",
                "on stage", "museum*", "exhibition*", "gallery", "galleries", "art", "arts",
                "artist*", "artwork*", "painting*", "painter*", "sculpture*", "novel", "novels",
                "novelist*", "author", "authors", "book", "books", "poet", "poets", "poetry",
                "literature", "festival*", "Glastonbury", "Oscar", "Oscars", "Bafta*", "BAFTA*",
                "Grammy*", "Emmy*", "Brit Awards", "Eurovision", "documentary", "documentaries",
                "TV series", "TV show*", "television series", "drama", "dramas", "comedy",
                "comedian*", "sitcom*", "episode*", "presenter*", "reality TV", "reality show*",
                "viewers", "audience*", "streaming service*", "Netflix", "Disney", "celebrit*",
                "star", "stars", "famous", "premiere*", "entertainment", "entertainer*",
                "newspaper*", "broadcaster*", "press freedom", "cultural heritage", "bestseller*",
                "comic book*", "cartoon*", "animation", "animated", "fame", "starring", "starred",
            ),
        ),
        "medtop:02000000": TopicKeywords(
            "crime, law and justice",
            (
                "police", "policeman", "policemen", "arrest*", "charged with",
                "criminal charges", "court", "courts", "supreme court", "judge*", "jury",
                "trial", "verdict", "convicted", "conviction*", "sentenced", "prison*",
                "jail*", "prosecutor*", "prosecution", "lawsuit*", "sued", "lawyer*",
                "attorney*", "murder*", "homicide*", "robbery", "theft", "fraud",
                "crime", "crimes", "criminal", "criminals", "suspect", "suspects",
                "guilty", "acquitted", "indicted", "indictment", "extradition",
                "smuggling", "trafficking", "gang", "gangs", "bail", "in custody",
            ),
        ),
        "medtop:03000000": TopicKeywords(
            "disaster, accident and emergency incident",
            (
                "earthquake*", "quake", "tsunami", "flood", "floods", "flooding",
                "flash floods", "wildfire*", "bushfire*", "forest fire*", "cyclone*",
                "typhoon*", "tornado*", "landslide*", "avalanche*", "volcano*", "eruption",
                "explosion", "plane crash", "car crash", "train crash", "derail*",
                "collision", "accident", "accidents", "emergency services", "rescuers",
                "rescue workers", "search and rescue", "death toll", "survivors",
                "firefighters", "fire brigade", "disaster*", "shipwreck", "capsized",
                "evacuated", "state of emergency",
            ),
        ),
        "medtop:04000000": TopicKeywords(
            "economy, business and finance",
            (
                "economy", "economic", "economies", "economist*", "inflation", "cost of living",
                "interest rate*", "central bank", "Bank of England", "federal reserve", "GDP",
                "recession", "economic growth", "stock market*", "stock exchange", "stocks",
                "shares", "share price*", "shareholder*", "investor*", "investment*", "profit*",
                "revenue*", "earnings", "turnover", "sales", "company", "companies", "firm",
                "firms", "business", "businesses", "bank", "banks", "banking", "lender*", "lending",
                "loan", "loans", "mortgage*", "bankrupt*", "into administration", "insolvency",
                "trade deal", "tariff*", "exports", "imports", "exporter*", "debt", "debts",
                "currency", "pound", "sterling", "dollar", "prices", "price rise*", "price cap",
                "energy bills", "energy prices", "oil price*", "petrol", "fuel prices", "merger*",
                "acquisition*", "takeover*", "chief executive*", "CEO", "boss", "bosses",
                "chairman", "IMF", "World Bank", "supply chain*", "consumer*", "customers",
                "retailer*", "retail", "supermarket*", "shops", "shoppers", "high street",
                "quarterly", "market", "markets", "industry", "industries", "manufactur*",
                "factory", "factories", "entrepreneur*", "finance", "financial", "tax", "taxes",
                "VAT", "pension*", "savings", "market value", "valuation", "airline*", "brand",
                "brands", "FTSE", "Dow Jones", "Nasdaq", "per cent", "billion",
            ),
        ),
        "medtop:05000000": TopicKeywords(
            "education",
            (
                "school", "schools", "schooling", "pupil*", "student*", "teacher*",
                "teaching", "university", "universities", "college", "colleges",
                "campus", "curriculum", "classroom*", "exam", "exams", "tuition",
                "education", "educational", "educator*", "graduate*", "graduation",
                "scholarship*", "headteacher*", "kindergarten*", "preschool",
                "lecture", "lectures", "lecturer*", "literacy", "homework",
                "enrolment", "enrollment", "academic*", "school board", "degree course*",
            ),
        ),
        "medtop:06000000": TopicKeywords(
            "environment",
            (
                "climate change", "global warming", "emission", "emissions", "carbon",
                "greenhouse gas*", "pollution", "polluted", "pollutant*", "biodiversity",
                "deforestation", "conservation", "endangered species", "wildlife",
                "renewable*", "solar power", "wind power", "wind farm*", "fossil fuel*",
                "net zero", "recycling", "plastic waste", "environment", "environmental",
                "environmentalist*", "ecosystem*", "habitat*", "extinction",
                "paris agreement", "sustainab*", "clean energy", "coral reef*",
                "climate activist*", "COP28", "COP29",
            ),
        ),
        "medtop:07000000": TopicKeywords(
            "health",
            (
                "health", "healthcare", "health service*", "NHS", "hospital*", "patient*",
                "doctor*", "GP", "GPs", "nurse*", "nursing", "midwi*", "maternity", "A&E",
                "ambulance*", "waiting list*", "waiting time*", "treatment*", "treated",
                "social care", "care home*", "mental health", "disease*", "illness*", "ill",
                "virus", "viruses", "vaccine*", "vaccination*", "jab", "jabs", "booster*",
                "pandemic", "epidemic", "outbreak", "covid*", "Covid*", "coronavirus", "cancer*",
                "tumour*", "tumor*", "dementia", "diabetes", "stroke", "heart disease",
                "heart attack*", "medical", "medicine*", "medication*", "drug trial*", "prescri*",
                "pharmac*", "infection*", "infected", "WHO", "world health organization", "obesity",
                "surgery", "surgeon*", "surgical", "transplant*", "clinic", "clinics", "clinical",
                "clinician*", "symptom*", "diagnos*", "public health", "malaria", "HIV", "measles",
                "monkeypox", "mpox", "life expectancy", "therapy", "therapies", "psychiatr*",
                "autism", "ADHD", "dentist*", "dental", "blood", "pregnan*", "care",
                "health board*", "health secretary", "Department of Health", "UKHSA", "paramedic*",
                "intensive care", "wellbeing", "addiction", "smoking", "vaping", "alcohol",
            ),
        ),
        "medtop:08000000": TopicKeywords(
            "human interest",
            (
                "centenarian*", "birthday", "anniversary", "wedding*", "royal family",
                "prince", "princess", "pet", "pets", "dog", "dogs", "cat", "cats", "zoo",
                "world record", "oldest", "went viral", "heartwarming", "reunited",
                "lottery", "jackpot", "bizarre", "quirky", "hero", "heroes", "heroic",
                "good samaritan", "grandmother", "grandfather", "twins", "ceremony",
                "award", "awards", "prize", "prizes",
            ),
        ),
        "medtop:09000000": TopicKeywords(
            "labour",
            (
                "on strike", "strike action", "general strike", "walkout*", "picket*",
                "trade union*", "labour union*", "labor union*", "unions", "unemployment",
                "unemployed", "jobless", "jobs", "employment", "employer*", "employee*",
                "workers", "workforce", "wage", "wages", "minimum wage", "pay rise",
                "pay dispute", "collective bargaining", "layoff*", "laid off",
                "redundanc*", "retirement age", "labour market", "labor market",
                "job cuts", "working hours", "overtime", "hiring",
            ),
        ),
        "medtop:10000000": TopicKeywords(
            "lifestyle and leisure",
            (
                "travel", "travellers", "travelers", "tourism", "tourist*", "holiday*",
                "vacation*", "recipe*", "cooking", "restaurant*", "chef", "chefs",
                "cuisine", "fashion*", "hobby", "hobbies", "gardening", "fitness", "wine",
                "wines", "beer", "cocktail*", "hotel*", "resort*", "cruise ship*",
                "leisure", "lifestyle", "shopping", "wellness", "yoga", "camping",
                "hiking", "beach", "beaches", "video game*", "gaming", "interior design",
            ),
        ),
        "medtop:11000000": TopicKeywords(
            "politics",
            (
                "government*", "minister*", "prime minister", "first minister", "foreign minister",
                "president*", "presidential", "election*", "by-election*", "elected", "vote",
                "votes", "voting", "voter*", "ballot*", "polls", "polling", "campaign*",
                "manifesto*", "parliament*", "parliamentary", "MP", "MPs", "MSP", "MSPs", "Commons",
                "House of Lords", "Westminster", "Holyrood", "Stormont", "Senedd", "senate",
                "senator*", "congress*", "lawmaker*", "legislat*", "political", "politics",
                "politician*", "opposition", "party leader*", "leadership", "Conservative*", "Tory",
                "Tories", "Labour", "Liberal Democrat*", "Lib Dem*", "SNP", "DUP", "Sinn Féin",
                "Sinn Fein", "Plaid Cymru", "Republican*", "Democrat*", "democra*", "diplomat*",
                "foreign policy", "secretary of state", "home secretary", "foreign secretary",
                "ambassador*", "embassy", "summit", "talks", "bilateral", "sanction*", "treaty",
                "referendum", "independence", "cabinet", "council", "councils", "councillor*",
                "mayor", "governor*", "kremlin", "white house", "downing street", "No 10", "UN",
                "united nations", "EU", "european union", "Brexit", "state department", "negotiat*",
                "policy", "policies", "bill", "legislation", "coup", "regime", "constitution*",
                "impeach*", "resign*", "protest*",
            ),
        ),
        "medtop:12000000": TopicKeywords(
            "religion",
            (
                "church*", "religion*", "religious", "faith", "pope", "vatican", "bishop*",
                "archbishop*", "priest*", "clergy", "mosque*", "imam*", "islam*", "muslim*",
                "christian*", "catholic*", "protestant*", "jewish", "judaism", "synagogue*",
                "rabbi*", "hindu*", "buddhis*", "pilgrim*", "ramadan", "easter", "prayer*",
                "worship*", "holy", "sacred", "theolog*", "sermon*", "evangelical*",
                "diocese*", "temple",
            ),
        ),
        "medtop:13000000": TopicKeywords(
            "science and technology",
            (
                "scientist*", "science", "scientific", "researchers", "technology", "technologies",
                "technological", "tech", "tech firm*", "tech giant*", "artificial intelligence",
                "AI", "machine learning", "chatbot*", "software", "hardware", "internet", "online",
                "website*", "web", "app", "apps", "social media", "platform*", "users", "user",
                "data", "personal data", "privacy", "cyber*", "hacker*", "hacked", "hacking",
                "ransomware", "malware", "password*", "computer*", "computing", "device", "devices",
                "gadget*", "smartphone*", "phone", "phones", "mobile phone*", "iPhone*", "Android",
                "chip", "chips", "microchip*", "semiconductor*", "chipmaker*", "algorithm*",
                "robot*", "automat*", "drone", "drones", "electric car*", "electric vehicle*", "EV",
                "EVs", "battery", "batteries", "broadband", "5G", "4G", "mobile network*", "wi-fi",
                "video game*", "gaming", "gamers", "console*", "PlayStation", "Xbox", "Nintendo",
                "metaverse", "virtual reality", "VR", "crypto*", "bitcoin", "blockchain", "NFT",
                "NFTs", "digital", "engineer*", "engineering", "innovation*", "start-up*",
                "startup*", "Silicon Valley", "Google", "Apple", "Microsoft", "Meta", "Facebook",
                "Instagram", "WhatsApp", "Twitter", "tweet*", "TikTok", "YouTube", "Snapchat",
                "Amazon", "Tesla", "SpaceX", "Samsung", "Huawei", "Ofcom", "online safety",
                "misinformation", "disinformation", "space agency", "NASA", "satellite*",
                "spacecraft", "rocket*", "astronaut*", "telescope*", "physics", "physicist*",
                "quantum", "laboratory", "laboratories", "experiment*", "genetic*", "genome*",
                "dinosaur*", "archaeolog*", "email*", "download*", "encrypt*", "facial recognition",
                "deepfake*", "coding", "programmer*", "outage*", "cloud computing",
                "search engine*",
            ),
        ),
        "medtop:14000000": TopicKeywords(
            "society",
            (
                "poverty", "homeless*", "inequality", "discrimination", "racism", "racist",
                "gender equality", "women's rights", "human rights", "LGBT*", "same-sex",
                "immigration", "immigrant*", "migrant*", "refugee*", "asylum", "welfare",
                "social security", "family", "families", "marriage", "divorce",
                "childcare", "elderly", "disabilit*", "disabled", "community",
                "communities", "charity", "charities", "volunteer*", "population",
                "census", "demographic*", "housing", "youth",
            ),
        ),
        "medtop:15000000": TopicKeywords(
            "sport",
            (
                "sport", "sports", "sporting", "football", "footballer*", "soccer", "match",
                "matches", "game", "games", "goal", "goals", "scored", "scorer*", "win", "wins",
                "won", "winning", "victory", "defeat", "defeated", "draw", "team", "teams",
                "team-mate*", "squad*", "player*", "club", "clubs", "coach", "coaches", "manager",
                "captain*", "fans", "season", "league", "leagues", "premier league",
                "champions league", "title", "final", "finals", "semi-final*", "quarter-final*",
                "cup", "world cup", "Euros", "tournament*", "championship*", "champion",
                "champions", "olympic*", "Olympic*", "Commonwealth Games", "Paralympic*", "medal*",
                "athlete*", "athletics", "sprint*", "race", "races", "racing", "lap", "laps",
                "Formula 1", "formula one", "F1", "grand prix", "tennis", "Wimbledon", "Grand Slam",
                "cricket", "cricketer*", "wicket*", "innings", "batter*", "batsman", "batsmen",
                "bowler*", "bowled", "T20", "ODI", "rugby", "Six Nations", "golf", "golfer*",
                "boxing", "boxer*", "UFC", "cycling", "cyclist*", "Tour de France", "swimming",
                "swimmer*", "marathon", "stadium*", "pitch", "referee*", "VAR", "striker*",
                "midfielder*", "defender*", "goalkeeper*", "transfer window", "penalty",
                "penalties", "hat-trick*", "half-time", "full-time", "extra time", "kick-off",
                "relegation", "relegated", "promotion", "fixture*", "trophy", "trophies", "podium",
                "debut", "FIFA", "UEFA", "NBA", "NFL", "ICC", "IOC", "derby", "qualifier*",
                "qualifying", "knockout", "world champion*", "world record", "personal best",
                "coached", "head coach",
            ),
        ),
        "medtop:16000000": TopicKeywords(
            "conflict, war and peace",
            (
                "war", "wars", "warfare", "military", "army", "armies", "troops",
                "soldier*", "armed forces", "invasion", "invade*", "airstrike*",
                "air strike*", "missile*", "drone strike*", "shelling", "bomb", "bombs",
                "bombing*", "ceasefire*", "cease-fire*", "truce", "peace talks",
                "peace deal", "peace process", "weapon*", "arms deal", "arms control",
                "militant*", "insurgent*", "rebel*", "terroris*", "hostage*", "combat",
                "battle*", "frontline", "front line", "casualties", "annex*",
                "escalation", "NATO", "defence minister", "defense minister", "pentagon",
                "genocide", "war crime*",
            ),
        ),
        "medtop:17000000": TopicKeywords(
            "weather",
            (
                "weather", "weather forecast*", "forecasters", "temperature*",
                "heatwave*", "heat wave*", "rain", "rainfall", "heavy rain", "snow",
                "snowfall", "storm", "storms", "thunderstorm*", "winds", "high winds",
                "gusts", "fog", "frost", "humidity", "meteorolog*", "met office",
                "sunshine", "drought*", "cold snap", "blizzard*", "celsius", "fahrenheit",
                "monsoon*", "weather warning*", "el niño", "el nino", "la niña", "hurricane*",
            ),
        ),
    }
)
# fmt: on
