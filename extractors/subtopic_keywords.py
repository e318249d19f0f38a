"""Keyword lists for IPTC Media Topics second-level topics, under their top-level topics.

The codes, labels and the parent of each topic are IPTC's (NewsCodes "mediatopic", vocabulary
version 2023-10-24, https://iptc.org/standards/media-topics/); the keyword lists are Wirehouse's
own, written for English-language news. Keywords are matched as in
:mod:`extractors.topic_keywords` (case rules, ``*`` prefixes, ``~`` for a weak hint).

A second-level topic is only ever considered inside a top-level topic already assigned to the
text (see :func:`extractors.topics.assign_topics`), so its keywords only need to tell it apart
from its siblings, not from the whole vocabulary: "court" under crime, law and justice means
the judiciary, and "title" under sport means a sport achievement.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, NamedTuple


class SubtopicKeywords(NamedTuple):
    """One second-level IPTC topic: its parent's code, its English label, its keywords."""

    parent: str
    label: str
    keywords: tuple[str, ...]


SUBTOPIC_LEVEL: Final = 2

# One keyword per line would make the table hard to read: ruff format leaves it alone.
# fmt: off
SUBTOPIC_KEYWORDS: Final[Mapping[str, SubtopicKeywords]] = MappingProxyType(
    {
        "medtop:20000002": SubtopicKeywords(
            "medtop:01000000",
            "arts and entertainment",
            (
                "film", "films", "movie*", "album*", "singer*", "concert*", "actor*", "actress*",
                "musician*", "TV series", "sitcom*", "comedian*", "box office", "Oscar*", "Grammy*",
                "festival*", "theatre*", "theater*", "ballet", "opera", "music", "band", "~show",
                "~star",
            ),
        ),
        "medtop:20000038": SubtopicKeywords(
            "medtop:01000000",
            "culture",
            (
                "cultural heritage", "museum*", "heritage site*", "UNESCO", "World Heritage",
                "folklore", "traditions", "traditional dance*", "indigenous culture", "language*",
                "dialect*", "cultural", "~customs", "~festival*", "monument*", "archaeolog*",
                "library", "libraries", "literature", "poetry", "novelist*",
            ),
        ),
        "medtop:20000045": SubtopicKeywords(
            "medtop:01000000",
            "mass media",
            (
                "newspaper*", "journalist*", "journalism", "broadcaster*", "BBC", "ITV", "editor*",
                "press freedom", "media outlet*", "news agency", "TV channel*", "radio station*",
                "publisher*", "reporter*", "podcast*", "licence fee", "Ofcom", "~media",
                "~coverage",
            ),
        ),
        "medtop:20000082": SubtopicKeywords(
            "medtop:02000000",
            "crime",
            (
                "murder*", "homicide*", "robbery", "theft", "burglar*", "fraud", "drug dealing",
                "drug trafficking", "smuggling", "trafficking", "assault*", "stabbing*",
                "shooting*", "rape", "sexual abuse", "kidnap*", "gang*", "scam*",
                "money laundering", "crime", "crimes", "criminal*", "~victim*", "cybercrime",
            ),
        ),
        "medtop:20000106": SubtopicKeywords(
            "medtop:02000000",
            "judiciary",
            (
                "court", "courts", "judge*", "jury", "trial", "verdict", "sentenced", "convicted",
                "acquitted", "appeal court", "Court of Appeal", "Supreme Court", "High Court",
                "magistrate*", "prosecutor*", "defence lawyer*", "barrister*", "hearing",
                "pleaded guilty", "pleaded not guilty", "lawsuit*", "sued",
            ),
        ),
        "medtop:20000121": SubtopicKeywords(
            "medtop:02000000",
            "law",
            (
                "legislation", "new law", "laws", "legal", "lawyer*", "attorney*", "unlawful",
                "illegal", "constitution*", "human rights law", "regulation*", "ban on", "banned",
                "legal challenge", "judicial review",
            ),
        ),
        "medtop:20000129": SubtopicKeywords(
            "medtop:02000000",
            "law enforcement",
            (
                "police", "officers", "policing", "arrest*", "detained", "in custody",
                "investigation*", "detective*", "FBI", "Scotland Yard", "Met Police",
                "police force", "charged with", "raid*", "manhunt", "suspect*", "patrol*",
                "police chief", "chief constable",
            ),
        ),
        "medtop:20000139": SubtopicKeywords(
            "medtop:03000000",
            "accident and emergency incident",
            (
                "accident*", "crash*", "collision", "derail*", "plane crash", "car crash",
                "capsized", "explosion", "blaze", "fire broke out", "injured", "killed", "fatal",
                "drowned", "collapsed", "~emergency services",
            ),
        ),
        "medtop:20000148": SubtopicKeywords(
            "medtop:03000000",
            "disaster",
            (
                "earthquake*", "tsunami", "flood*", "wildfire*", "bushfire*", "cyclone*",
                "typhoon*", "hurricane*", "tornado*", "landslide*", "avalanche*", "volcano*",
                "eruption", "drought*", "famine", "disaster*", "death toll",
            ),
        ),
        "medtop:20000168": SubtopicKeywords(
            "medtop:03000000",
            "emergency response",
            (
                "rescue*", "rescuers", "firefighters", "evacuat*", "emergency services",
                "search and rescue", "relief effort*", "aid agencies", "humanitarian aid",
                "emergency shelter*", "state of emergency", "paramedics", "coastguard", "lifeboat*",
            ),
        ),
        "medtop:20000170": SubtopicKeywords(
            "medtop:04000000",
            "business information",
            (
                "company", "companies", "firm", "chief executive*", "CEO", "profit*", "revenue*",
                "sales", "shareholder*", "merger*", "acquisition*", "takeover*", "annual results",
                "bankrupt*", "into administration", "job cuts", "start-up*", "entrepreneur*",
                "boss", "brand*", "~business",
            ),
        ),
        "medtop:20000209": SubtopicKeywords(
            "medtop:04000000",
            "products and services",
            (
                "retail*", "supermarket*", "shops", "shoppers", "customers", "consumer*",
                "airline*", "energy supplier*", "energy bills", "products", "services",
                "manufactur*", "car maker*", "carmaker*", "property", "housing market",
                "restaurant*", "hospitality", "tourism", "telecoms", "banking", "insurance",
                "insurer*",
            ),
        ),
        "medtop:20000344": SubtopicKeywords(
            "medtop:04000000",
            "economy",
            (
                "economy", "economic*", "inflation", "recession", "GDP", "interest rate*",
                "central bank", "Bank of England", "federal reserve", "cost of living",
                "unemployment", "economic growth", "budget", "public finances", "debt", "tax*",
                "trade deal", "tariff*", "exports", "imports", "IMF", "World Bank", "economist*",
            ),
        ),
        "medtop:20000385": SubtopicKeywords(
            "medtop:04000000",
            "market and exchange",
            (
                "stock market*", "stock exchange", "shares", "share price*", "FTSE", "Dow Jones",
                "Nasdaq", "S&P 500", "investors", "bonds", "bond yields", "currency", "currencies",
                "exchange rate*", "pound", "dollar", "euro", "oil price*", "commodit*", "crypto*",
                "bitcoin", "trading", "traders", "Wall Street",
            ),
        ),
        "medtop:20000400": SubtopicKeywords(
            "medtop:05000000",
            "school",
            (
                "school", "schools", "pupil*", "headteacher*", "primary school*",
                "secondary school*", "classroom*", "school year", "Ofsted", "academy", "academies",
                "nursery", "nurseries",
            ),
        ),
        "medtop:20000413": SubtopicKeywords(
            "medtop:05000000",
            "educational testing and examinations",
            (
                "exam", "exams", "examination*", "GCSE*", "A-level*", "A-levels", "results day",
                "grades", "test scores", "SATs", "Highers",
            ),
        ),
        "medtop:20000415": SubtopicKeywords(
            "medtop:05000000",
            "students",
            (
                "student*", "university", "universities", "undergraduate*", "postgraduate*",
                "tuition fees", "student loan*", "campus", "graduate*", "college", "colleges",
            ),
        ),
        "medtop:20000416": SubtopicKeywords(
            "medtop:05000000",
            "teachers",
            (
                "teacher*", "teaching", "teaching staff", "lecturer*", "teachers' union*", "NEU",
                "NASUWT", "teacher shortage*",
            ),
        ),
        "medtop:20000418": SubtopicKeywords(
            "medtop:06000000",
            "climate change",
            (
                "climate change", "global warming", "climate crisis", "emissions",
                "greenhouse gas*", "carbon dioxide", "net zero", "COP26", "COP27", "COP28",
                "Paris agreement", "fossil fuel*", "climate activist*", "decarbonis*",
                "carbon footprint",
            ),
        ),
        "medtop:20000420": SubtopicKeywords(
            "medtop:06000000",
            "conservation",
            (
                "conservation", "endangered species", "wildlife", "biodiversity", "habitat*",
                "extinction", "nature reserve*", "national park*", "rewilding", "protected area*",
                "poaching", "conservationist*",
            ),
        ),
        "medtop:20000424": SubtopicKeywords(
            "medtop:06000000",
            "environmental pollution",
            (
                "pollution", "polluted", "pollutant*", "air quality", "sewage", "plastic waste",
                "plastic pollution", "toxic", "contaminat*", "oil spill*", "waste", "landfill",
                "litter",
            ),
        ),
        "medtop:20000430": SubtopicKeywords(
            "medtop:06000000",
            "natural resources",
            (
                "water supply", "water shortage*", "groundwater", "forest*", "deforestation",
                "mining", "minerals", "fishing", "fish stocks", "renewable*", "solar power",
                "wind power", "wind farm*", "energy", "oil", "gas",
            ),
        ),
        "medtop:20000441": SubtopicKeywords(
            "medtop:06000000",
            "nature",
            (
                "animals", "birds", "species", "trees", "plants", "marine life", "coral reef*",
                "whale*", "ecosystem*", "rivers", "woodland*", "wildflower*",
            ),
        ),
        "medtop:20001374": SubtopicKeywords(
            "medtop:06000000",
            "sustainability",
            (
                "sustainab*", "recycling", "recycled", "circular economy", "green energy",
                "clean energy", "renewable energy", "electric vehicle*", "reuse", "eco-friendly",
                "environmentally friendly",
            ),
        ),
        "medtop:20000446": SubtopicKeywords(
            "medtop:07000000",
            "disease and condition",
            (
                "disease*", "illness*", "virus", "cancer*", "dementia", "diabetes", "stroke",
                "heart disease", "infection*", "covid*", "coronavirus", "outbreak", "pandemic",
                "epidemic", "symptom*", "diagnos*", "condition", "disorder*", "mental health",
                "obesity", "malaria", "HIV", "measles", "mpox", "flu", "Alzheimer*", "autism",
                "asthma",
            ),
        ),
        "medtop:20000461": SubtopicKeywords(
            "medtop:07000000",
            "health facility",
            (
                "hospital*", "clinic", "clinics", "care home*", "hospice*", "A&E", "ward", "wards",
                "intensive care", "GP surger*", "health centre*", "maternity unit*",
            ),
        ),
        "medtop:20000463": SubtopicKeywords(
            "medtop:07000000",
            "health organisation",
            (
                "WHO", "world health organization", "UKHSA", "CDC", "NHS England", "health board*",
                "health trust*", "NHS trust*", "Department of Health", "health authorit*",
                "Medecins Sans Frontieres", "Red Cross",
            ),
        ),
        "medtop:20000464": SubtopicKeywords(
            "medtop:07000000",
            "health treatment and procedure",
            (
                "treatment*", "surgery", "surgical", "operation", "transplant*", "therapy",
                "therapies", "vaccine*", "vaccination*", "medication*", "medicine*", "drug trial*",
                "prescri*", "chemotherapy", "radiotherapy", "screening", "scan", "scans", "jab",
                "jabs", "booster*",
            ),
        ),
        "medtop:20000480": SubtopicKeywords(
            "medtop:07000000",
            "government health care",
            (
                "NHS", "health service*", "health secretary", "health minister", "health budget",
                "waiting list*", "waiting time*", "social care", "public health care", "Medicare",
                "Medicaid", "health policy",
            ),
        ),
        "medtop:20000483": SubtopicKeywords(
            "medtop:07000000",
            "health insurance",
            (
                "health insurance", "health insurer*", "medical insurance", "insurance premiums",
                "Obamacare", "Affordable Care Act",
            ),
        ),
        "medtop:20000484": SubtopicKeywords(
            "medtop:07000000",
            "private health care",
            (
                "private healthcare", "private hospital*", "private clinic*", "private health",
                "private patients", "private sector",
            ),
        ),
        "medtop:20000485": SubtopicKeywords(
            "medtop:07000000",
            "medical profession",
            (
                "doctor*", "nurse*", "nursing", "midwi*", "surgeon*", "GP", "GPs", "paramedic*",
                "junior doctors", "consultant*", "medical staff", "BMA", "Royal College of Nursing",
                "pharmacist*", "dentist*", "clinician*",
            ),
        ),
        "medtop:20001358": SubtopicKeywords(
            "medtop:07000000",
            "public health",
            (
                "public health", "vaccination programme*", "smoking", "vaping", "alcohol",
                "obesity", "life expectancy", "health inequalit*", "lockdown*", "self-isolat*",
                "face mask*", "screening programme*", "sexual health", "drug use", "air quality",
            ),
        ),
        "medtop:20000498": SubtopicKeywords(
            "medtop:08000000",
            "award and prize",
            (
                "award*", "prize*", "honour*", "OBE", "MBE", "CBE", "knighthood", "damehood",
                "Nobel", "medal*", "winner*", "nominated", "nomination*",
            ),
        ),
        "medtop:20000499": SubtopicKeywords(
            "medtop:08000000",
            "record and achievement",
            (
                "world record", "record-breaking", "Guinness World Record*", "oldest", "youngest",
                "first person", "milestone", "feat",
            ),
        ),
        "medtop:20000505": SubtopicKeywords(
            "medtop:08000000",
            "celebrity",
            (
                "celebrit*", "famous", "star", "stars", "influencer*", "reality star*",
                "socialite*", "royal family", "prince", "princess",
            ),
        ),
        "medtop:20001238": SubtopicKeywords(
            "medtop:08000000",
            "birthday",
            (
                "birthday", "birthdays", "turned 100", "centenarian*", "th birthday",
            ),
        ),
        "medtop:20001237": SubtopicKeywords(
            "medtop:08000000",
            "anniversary",
            (
                "anniversary", "anniversaries", "jubilee", "commemorat*", "centenary",
                "years since",
            ),
        ),
        "medtop:20000509": SubtopicKeywords(
            "medtop:09000000",
            "employment",
            (
                "jobs", "employment", "employer*", "employee*", "workers", "workforce", "hiring",
                "recruitment", "staff shortage*", "vacancies", "job cuts", "layoff*", "redundanc*",
                "working hours", "remote working", "work from home",
            ),
        ),
        "medtop:20000523": SubtopicKeywords(
            "medtop:09000000",
            "labour market",
            (
                "labour market", "labor market", "jobs market", "employment rate", "job vacancies",
                "wage growth", "wages", "minimum wage", "living wage", "pay rise", "salaries",
            ),
        ),
        "medtop:20000524": SubtopicKeywords(
            "medtop:09000000",
            "labour relations",
            (
                "strike*", "walkout*", "picket*", "industrial action", "pay dispute", "pay offer",
                "collective bargaining", "ballot*", "union members", "Acas", "pay deal",
            ),
        ),
        "medtop:20000531": SubtopicKeywords(
            "medtop:09000000",
            "retirement",
            (
                "retirement", "retire*", "pension*", "pensioner*", "state pension",
                "retirement age",
            ),
        ),
        "medtop:20000533": SubtopicKeywords(
            "medtop:09000000",
            "unemployment",
            (
                "unemployment", "unemployed", "jobless", "out of work", "benefit claimants",
                "Jobcentre",
            ),
        ),
        "medtop:20000536": SubtopicKeywords(
            "medtop:09000000",
            "unions",
            (
                "union", "unions", "trade union*", "TUC", "Unite", "Unison", "GMB", "RMT",
                "union leader*", "general secretary",
            ),
        ),
        "medtop:20000538": SubtopicKeywords(
            "medtop:10000000",
            "leisure",
            (
                "holiday*", "travel", "tourism", "tourist*", "hobby", "hobbies", "gardening",
                "video game*", "gaming", "cruise*", "camping", "hiking", "theme park*", "day out",
                "beach", "beaches",
            ),
        ),
        "medtop:20000565": SubtopicKeywords(
            "medtop:10000000",
            "lifestyle",
            (
                "fashion*", "food", "recipe*", "cooking", "restaurant*", "chef", "chefs", "cuisine",
                "wine", "beer", "home", "interior design", "shopping", "dating", "relationships",
            ),
        ),
        "medtop:20001339": SubtopicKeywords(
            "medtop:10000000",
            "wellness",
            (
                "wellness", "wellbeing", "fitness", "yoga", "meditation", "mindfulness", "diet",
                "healthy eating", "exercise", "sleep",
            ),
        ),
        "medtop:20000574": SubtopicKeywords(
            "medtop:11000000",
            "election",
            (
                "election*", "by-election*", "vote", "votes", "voting", "voter*", "ballot*",
                "polls", "polling station*", "candidate*", "campaign*", "manifesto*", "referendum",
                "constituency", "seats", "turnout", "electoral",
            ),
        ),
        "medtop:20000587": SubtopicKeywords(
            "medtop:11000000",
            "fundamental rights",
            (
                "human rights", "civil rights", "freedom of speech", "free speech",
                "freedom of expression", "press freedom", "right to protest", "privacy rights",
                "women's rights", "LGBT rights", "censorship", "political prisoner*",
            ),
        ),
        "medtop:20000593": SubtopicKeywords(
            "medtop:11000000",
            "government",
            (
                "government*", "minister*", "prime minister", "president*", "cabinet",
                "parliament*", "MP", "MPs", "Downing Street", "White House", "Kremlin", "council",
                "councils", "mayor", "governor*", "civil servant*", "Whitehall", "ministry",
            ),
        ),
        "medtop:20000621": SubtopicKeywords(
            "medtop:11000000",
            "government policy",
            (
                "policy", "policies", "legislation", "bill", "new law*", "plans to",
                "announced plans", "reform*", "budget", "spending", "funding", "strategy",
                "regulation*", "consultation", "U-turn",
            ),
        ),
        "medtop:20000638": SubtopicKeywords(
            "medtop:11000000",
            "international relations",
            (
                "diplomat*", "diplomacy", "foreign minister", "foreign secretary", "foreign policy",
                "embassy", "ambassador*", "summit", "bilateral", "sanction*", "treaty", "UN",
                "united nations", "EU", "european union", "NATO", "G7", "G20", "state visit",
                "talks", "envoy*",
            ),
        ),
        "medtop:20000646": SubtopicKeywords(
            "medtop:11000000",
            "non-governmental organisation",
            (
                "NGO", "NGOs", "charity", "charities", "non-governmental", "Amnesty International",
                "Human Rights Watch", "Greenpeace", "Oxfam", "campaign group*", "pressure group*",
                "think tank*",
            ),
        ),
        "medtop:20000647": SubtopicKeywords(
            "medtop:11000000",
            "political crisis",
            (
                "political crisis", "constitutional crisis", "resign*", "no confidence",
                "confidence vote", "coup", "turmoil", "deadlock", "collapse of the government",
                "snap election", "impeach*", "scandal",
            ),
        ),
        "medtop:20000648": SubtopicKeywords(
            "medtop:11000000",
            "political dissent",
            (
                "protest*", "demonstrat*", "dissident*", "opposition activist*", "activist*",
                "rally", "rallies", "march", "civil disobedience", "crackdown",
            ),
        ),
        "medtop:20000649": SubtopicKeywords(
            "medtop:11000000",
            "political process",
            (
                "legislat*", "parliamentary", "Commons", "House of Lords", "senate", "congress*",
                "lawmaker*", "debate", "vote in parliament", "devolution", "political party",
                "party leader*", "leadership contest", "coalition", "Brexit", "independence",
            ),
        ),
        "medtop:20000657": SubtopicKeywords(
            "medtop:12000000",
            "belief systems",
            (
                "Christian*", "Muslim*", "Islam*", "Jewish", "Judaism", "Hindu*", "Buddhis*",
                "Sikh*", "Catholic*", "Protestant*", "atheis*", "faith", "religion*", "religious",
            ),
        ),
        "medtop:20000690": SubtopicKeywords(
            "medtop:12000000",
            "religious festival and holiday",
            (
                "Christmas", "Easter", "Ramadan", "Eid", "Diwali", "Hanukkah", "Passover",
                "Vaisakhi", "Lent",
            ),
        ),
        "medtop:20000697": SubtopicKeywords(
            "medtop:12000000",
            "religious facility",
            (
                "church*", "mosque*", "synagogue*", "temple*", "cathedral*", "chapel*", "gurdwara*",
                "monaster*", "abbey",
            ),
        ),
        "medtop:20000703": SubtopicKeywords(
            "medtop:12000000",
            "religious leader",
            (
                "pope", "archbishop*", "bishop*", "priest*", "imam*", "rabbi*", "vicar*", "clergy",
                "cardinal*", "Dalai Lama",
            ),
        ),
        "medtop:20000710": SubtopicKeywords(
            "medtop:13000000",
            "biomedical science",
            (
                "genetic*", "genome*", "DNA", "gene", "genes", "stem cell*", "biotech*",
                "vaccine research", "clinical trial*", "drug trial*", "cells", "protein*",
                "bacteria", "antibod*",
            ),
        ),
        "medtop:20000715": SubtopicKeywords(
            "medtop:13000000",
            "mathematics",
            (
                "mathematic*", "maths", "mathematician*", "equation*", "algebra", "geometry",
                "statistics", "prime number*",
            ),
        ),
        "medtop:20000717": SubtopicKeywords(
            "medtop:13000000",
            "natural science",
            (
                "physics", "physicist*", "chemistry", "chemist*", "biology", "biologist*",
                "astronomy", "astronomer*", "space", "planet*", "galaxy", "black hole*",
                "telescope*", "fossil*", "dinosaur*", "species", "evolution", "geolog*",
                "climate scientist*", "quantum",
            ),
        ),
        "medtop:20000735": SubtopicKeywords(
            "medtop:13000000",
            "scientific research",
            (
                "research", "researchers", "scientist*", "study", "studies", "experiment*",
                "findings", "published in", "journal", "peer-reviewed", "laboratory",
                "laboratories", "data", "analysis",
            ),
        ),
        "medtop:20000741": SubtopicKeywords(
            "medtop:13000000",
            "scientific institution",
            (
                "NASA", "space agency", "European Space Agency", "CERN", "Royal Society",
                "university research", "research institute*", "research centre*", "laboratory",
                "Met Office",
            ),
        ),
        "medtop:20000756": SubtopicKeywords(
            "medtop:13000000",
            "technology and engineering",
            (
                "technology", "tech", "software", "hardware", "artificial intelligence", "AI",
                "computer*", "internet", "smartphone*", "app", "apps", "robot*", "semiconductor*",
                "chip*", "engineer*", "engineering", "cyber*", "online", "digital",
                "electric vehicle*", "battery", "batteries", "satellite*", "rocket*", "drone*",
                "social media", "platform*", "gadget*", "5G", "broadband", "crypto*", "blockchain",
            ),
        ),
        "medtop:20000768": SubtopicKeywords(
            "medtop:14000000",
            "communities",
            (
                "community", "communities", "residents", "neighbourhood*", "neighborhood*",
                "local people", "villagers", "volunteer*", "community group*",
            ),
        ),
        "medtop:20000770": SubtopicKeywords(
            "medtop:14000000",
            "demographics",
            (
                "population", "census", "demographic*", "birth rate*", "ageing population",
                "aging population", "life expectancy", "migration figures",
            ),
        ),
        "medtop:20000771": SubtopicKeywords(
            "medtop:14000000",
            "immigration",
            (
                "immigration", "immigrant*", "migrant*", "asylum", "asylum seeker*", "refugee*",
                "small boats", "Channel crossing*", "border control*", "deportation*", "deported",
                "visa*",
            ),
        ),
        "medtop:20000775": SubtopicKeywords(
            "medtop:14000000",
            "discrimination",
            (
                "discrimination", "racism", "racist", "sexism", "sexist", "homophob*", "transphob*",
                "prejudice", "hate crime*", "antisemit*", "Islamophob*", "misogyn*", "harassment",
            ),
        ),
        "medtop:20000780": SubtopicKeywords(
            "medtop:14000000",
            "family",
            (
                "family", "families", "parent*", "children", "child", "marriage", "divorce",
                "childcare", "adoption", "foster*", "mother", "father", "baby", "babies",
            ),
        ),
        "medtop:20000799": SubtopicKeywords(
            "medtop:14000000",
            "social condition",
            (
                "poverty", "homeless*", "inequality", "deprivation", "food bank*", "cost of living",
                "fuel poverty", "social housing", "slum*",
            ),
        ),
        "medtop:20000802": SubtopicKeywords(
            "medtop:14000000",
            "social problem",
            (
                "addiction", "drug abuse", "alcoholism", "gambling", "domestic abuse",
                "domestic violence", "child abuse", "knife crime", "antisocial behaviour",
                "loneliness", "suicide",
            ),
        ),
        "medtop:20000817": SubtopicKeywords(
            "medtop:14000000",
            "welfare",
            (
                "welfare", "benefits", "universal credit", "social security", "food stamps",
                "child benefit", "disability benefit*", "welfare state", "pension credit",
            ),
        ),
        "medtop:20001373": SubtopicKeywords(
            "medtop:14000000",
            "diversity, equity and inclusion",
            (
                "diversity", "inclusion", "inclusive", "equality", "gender equality", "equal pay",
                "gender pay gap", "representation", "underrepresented", "LGBT*", "disabilit*",
                "accessib*",
            ),
        ),
        "medtop:20000822": SubtopicKeywords(
            "medtop:15000000",
            "competition discipline",
            (
                "football", "soccer", "cricket", "tennis", "rugby", "golf", "boxing", "athletics",
                "cycling", "swimming", "Formula 1", "F1", "motorsport", "basketball", "baseball",
                "hockey", "snooker", "darts", "horse racing", "gymnastics", "sailing", "rowing",
                "netball", "volleyball",
            ),
        ),
        "medtop:20001103": SubtopicKeywords(
            "medtop:15000000",
            "disciplinary action in sport",
            (
                "banned", "ban", "suspension", "suspended", "disciplinary", "red card", "fined",
                "sanction*", "misconduct charge*", "FA charge*", "points deduction",
            ),
        ),
        "medtop:20001104": SubtopicKeywords(
            "medtop:15000000",
            "drug use in sport",
            (
                "doping", "anti-doping", "banned substance*", "failed drugs test",
                "failed a drugs test", "WADA", "performance-enhancing", "drug test*",
            ),
        ),
        "medtop:20001108": SubtopicKeywords(
            "medtop:15000000",
            "sport event",
            (
                "world cup", "Olympic*", "Commonwealth Games", "Paralympic*", "championship*",
                "tournament*", "grand prix", "Wimbledon", "Six Nations", "Ashes", "Euros",
                "Super Bowl", "Tour de France", "final", "semi-final*", "marathon",
            ),
        ),
        "medtop:20001124": SubtopicKeywords(
            "medtop:15000000",
            "sport industry",
            (
                "broadcast rights", "TV rights", "sponsorship", "sponsor*", "kit deal",
                "ticket prices", "revenue", "Financial Fair Play", "wages", "salary cap",
            ),
        ),
        "medtop:20001125": SubtopicKeywords(
            "medtop:15000000",
            "sport organisation",
            (
                "FIFA", "UEFA", "IOC", "ICC", "FA", "Football Association", "Premier League", "EFL",
                "World Athletics", "World Rugby", "ECB", "RFU", "governing body", "NBA", "NFL",
            ),
        ),
        "medtop:20001126": SubtopicKeywords(
            "medtop:15000000",
            "sport venue",
            (
                "stadium*", "ground", "arena*", "racecourse", "circuit", "velodrome", "Wembley",
                "Old Trafford", "Anfield", "Lord's", "Twickenham", "Murrayfield", "pitch",
            ),
        ),
        "medtop:20001148": SubtopicKeywords(
            "medtop:15000000",
            "sports transaction",
            (
                "transfer*", "signed", "signing*", "transfer fee", "transfer window", "loan deal",
                "contract extension", "new contract", "release clause", "free agent", "joined from",
            ),
        ),
        "medtop:20001301": SubtopicKeywords(
            "medtop:15000000",
            "sport achievement",
            (
                "world record", "gold medal*", "silver medal*", "bronze medal*", "medal*", "title",
                "champion*", "trophy", "trophies", "personal best", "hat-trick*", "podium",
                "record-breaking", "won the",
            ),
        ),
        "medtop:20001323": SubtopicKeywords(
            "medtop:15000000",
            "sports coaching",
            (
                "coach", "coaches", "coached", "head coach", "manager", "management", "tactics",
                "tactical", "training", "training ground", "assistant manager", "boss",
            ),
        ),
        "medtop:20001324": SubtopicKeywords(
            "medtop:15000000",
            "sports management and ownership",
            (
                "owner*", "takeover", "chairman", "board", "consortium", "sale of the club",
                "club owner*", "investment", "bought the club",
            ),
        ),
        "medtop:20001325": SubtopicKeywords(
            "medtop:15000000",
            "sports officiating",
            (
                "referee*", "VAR", "umpire*", "linesman", "assistant referee", "officiating",
                "decision review", "DRS", "offside", "penalty decision*", "match official*",
            ),
        ),
        "medtop:20000053": SubtopicKeywords(
            "medtop:16000000",
            "act of terror",
            (
                "terror*", "terrorist*", "terrorism", "suicide bomb*", "jihadist*", "extremist*",
                "Islamic State", "IS", "al-Qaeda", "al-Shabab", "Boko Haram", "counter-terror*",
            ),
        ),
        "medtop:20000056": SubtopicKeywords(
            "medtop:16000000",
            "armed conflict",
            (
                "war", "military", "troops", "soldier*", "army", "invasion", "airstrike*",
                "air strike*", "missile*", "shelling", "frontline", "front line", "offensive",
                "combat", "battle*", "rebel*", "militant*", "insurgen*", "fighting",
            ),
        ),
        "medtop:20000065": SubtopicKeywords(
            "medtop:16000000",
            "civil unrest",
            (
                "riot*", "unrest", "clashes", "protesters", "tear gas", "curfew", "looting",
                "violent protest*", "demonstrators", "crackdown",
            ),
        ),
        "medtop:20000070": SubtopicKeywords(
            "medtop:16000000",
            "coup d'etat",
            (
                "coup", "coups", "junta", "seized power", "military takeover", "ousted",
                "overthrow*", "putsch",
            ),
        ),
        "medtop:20000071": SubtopicKeywords(
            "medtop:16000000",
            "massacre",
            (
                "massacre*", "genocide", "mass killing*", "mass grave*", "killing of civilians",
                "ethnic cleansing", "atrocit*", "war crime*",
            ),
        ),
        "medtop:20000073": SubtopicKeywords(
            "medtop:16000000",
            "peace process",
            (
                "ceasefire*", "cease-fire*", "truce", "peace talks", "peace deal", "peace process",
                "peace agreement", "negotiat*", "mediat*", "peacekeep*",
            ),
        ),
        "medtop:20000077": SubtopicKeywords(
            "medtop:16000000",
            "post-war reconstruction",
            (
                "reconstruction", "rebuild*", "demining", "landmine*", "war-torn",
            ),
        ),
        "medtop:20000080": SubtopicKeywords(
            "medtop:16000000",
            "prisoners of war",
            (
                "prisoners of war", "prisoner of war", "POW", "POWs", "prisoner swap*",
                "prisoner exchange*", "captured soldiers", "hostage*",
            ),
        ),
        "medtop:20001361": SubtopicKeywords(
            "medtop:16000000",
            "cyber warfare",
            (
                "cyber-attack*", "cyber attack*", "cyber warfare", "state-sponsored hack*",
                "hackers", "cyber espionage", "hacking group*", "ransomware",
            ),
        ),
        "medtop:20001128": SubtopicKeywords(
            "medtop:17000000",
            "weather forecast",
            (
                "forecast*", "forecasters", "Met Office", "meteorolog*", "outlook", "this week",
                "tomorrow", "weekend weather",
            ),
        ),
        "medtop:20001129": SubtopicKeywords(
            "medtop:17000000",
            "weather phenomena",
            (
                "rain", "rainfall", "heavy rain", "snow", "snowfall", "storm", "storms",
                "thunderstorm*", "heatwave*", "heat wave*", "fog", "frost", "hail", "wind", "winds",
                "gusts", "hurricane*", "monsoon*", "drought*", "blizzard*",
            ),
        ),
        "medtop:20001130": SubtopicKeywords(
            "medtop:17000000",
            "weather statistic",
            (
                "temperature*", "record temperature*", "hottest", "coldest", "wettest", "driest",
                "celsius", "fahrenheit", "degrees", "millimetres", "rainfall total*", "on record",
            ),
        ),
        "medtop:20001131": SubtopicKeywords(
            "medtop:17000000",
            "weather warning",
            (
                "weather warning*", "yellow warning", "amber warning", "red warning",
                "flood warning*", "severe weather", "warning for", "warnings in place",
            ),
        ),
    }
)
# fmt: on
