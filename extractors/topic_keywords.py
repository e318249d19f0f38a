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
                "film", "films", "movie*", "cinema", "box office", "actress", "actor",
                "album", "singer*", "concert*", "music", "musician*", "song", "songs",
                "opera", "ballet", "theatre", "theater", "broadway", "hollywood",
                "museum*", "exhibition*", "gallery", "art", "artist*", "painting*",
                "sculpture*", "novel", "novelist*", "poet*", "festival*", "oscar*",
                "grammy", "emmy", "documentary", "television series", "tv series",
                "celebrity", "celebrities", "newspaper*", "broadcaster*", "press freedom",
                "cultural heritage", "bestseller*",
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
                "economy", "economic", "economies", "economist*", "inflation",
                "interest rate*", "central bank", "federal reserve", "GDP", "recession",
                "stock market", "stocks", "shares", "shareholder*", "investor*",
                "investment*", "profit*", "revenue*", "earnings", "company", "companies",
                "bank", "banks", "banking", "bankrupt*", "trade deal", "tariff*",
                "exports", "imports", "budget deficit", "debt", "currency", "prices",
                "oil price*", "merger*", "acquisition*", "chief executive", "CEO",
                "IMF", "supply chain*", "consumer*", "retailer*", "quarterly",
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
                "health", "healthcare", "hospital*", "patient*", "doctor*", "nurse*",
                "disease*", "virus", "viruses", "vaccine*", "vaccination*", "pandemic",
                "epidemic", "outbreak", "covid*", "cancer", "diabetes", "medical",
                "medicine*", "medication*", "infection*", "WHO", "world health organization",
                "mental health", "obesity", "surgery", "surgeon*", "clinic", "clinics",
                "clinical", "symptom*", "pharmaceutical*", "NHS", "public health",
                "malaria", "HIV", "measles", "life expectancy",
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
                "government*", "minister*", "prime minister", "foreign minister",
                "president*", "election*", "vote", "votes", "voting", "voter*",
                "parliament*", "senate", "senator*", "congress*", "lawmaker*", "legislat*",
                "political", "politics", "politician*", "opposition", "diplomat*",
                "foreign policy", "secretary of state", "ambassador*", "embassy", "summit",
                "talks", "bilateral", "sanction*", "treaty", "referendum", "cabinet",
                "mayor", "governor*", "democra*", "republican*", "kremlin",
                "white house", "downing street", "UN", "united nations", "EU",
                "european union", "state department", "negotiat*",
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
                "scientist*", "science", "scientific", "researchers", "technology",
                "technologies", "tech", "artificial intelligence", "AI", "machine learning",
                "software", "internet", "cyber*", "computer*", "smartphone*", "robot*",
                "space agency", "NASA", "satellite*", "spacecraft", "astronaut*",
                "telescope*", "physics", "physicist*", "chemistry", "biology", "genetic*",
                "genome*", "quantum", "laboratory", "laboratories", "experiment*",
                "innovation*", "semiconductor*", "microchip*", "chipmaker*", "algorithm*",
                "dinosaur*", "archaeolog*",
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
                "football", "soccer", "match", "matches", "scored", "goalkeeper*",
                "striker*", "midfielder*", "penalty kick", "penalty shootout", "league",
                "premier league", "champions league", "tournament*", "championship*",
                "world cup", "olympic*", "athlete*", "coach", "stadium*", "tennis",
                "cricket", "rugby", "basketball", "baseball", "golf", "cycling", "marathon",
                "formula one", "grand prix", "boxing", "referee*", "half-time",
                "extra time", "FIFA", "UEFA", "NBA", "NFL", "semi-final*", "quarter-final*",
                "derby", "medal*", "trophy", "season opener", "transfer window",
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
