"""Actor mentions: the people, organisations, countries and places an article names.

Built on spaCy's named entities, then cleaned up within the article:

* boundaries: a leading "the" and a trailing possessive are not part of the name; a
  lone surname takes the given name before it ("Junius [Ho]"), an organisation that
  stops at its organisation word takes the rest of its name ("Andy Warhol Foundation
  for the Visual Arts"), and an entity holding an inner "the" is two names ("[Rathbun]
  the [Scientology] property");
* people: a surname or a first name maps to the longest full name that contains it
  ("Lavrov" -> "Sergei Lavrov"), which also repairs spaCy labelling a lone surname as
  an organisation or a place;
* countries: aliases are normalised ("U.S.", "America" -> "United States") and
  demonyms become the country ("Russian" -> "Russia"); cities stay places;
* people: titles and roles stay out of the name ("U.S. President Donald Trump" ->
  "Donald Trump"), and so do leading lower-case modifiers ("pro-Beijing");
* a gazetteer of well-known actors (:mod:`extractors.gazetteer`: countries, capitals,
  international organisations, news agencies, world leaders) adds the names spaCy
  misses and corrects its types ("Twitter" is an organisation, not a person);
* within the article, a surname is the person named in full even where spaCy saw no
  name, an acronym defined in brackets ("Kennedy Space Center (KSC)") is that actor,
  and a short form of an organisation's name ("the Corporation") is the full one;
  unlabelled proper-noun acronyms and names ending in an organisation word ("Deseret
  News") are organisations;
* facilities (museums, stations, airports) are places, also where spaCy labelled
  nothing ("Grand Mosque"); names with an organisation word ("Saudi Gazette",
  "Municipality of Livorno") and denominations ("Greek Orthodox Church") are
  organisations; "-ville", "-burg", "-abad" ... words are places; a name spaCy took for a
  place after a name word is an organisation named after a known place ("Environment
  Canada") or else a person ("Vitas Gerulaitis"); an unlabelled name after an
  organisation's possessive is a person ("New People Party's Regina Ip");
* not actors: product and mission codes ("IE6", "STS-1"), religions and festivals,
  products, software and vehicles ("Firefox", "Windows XP", "Space Shuttle Atlantis"
  and then "Atlantis"), programmes, systems, laws and events ("Space Shuttle Program",
  "FIFA World Cup"), adjectives made from names ("Warhol-like"), title fragments
  ("Home" Secretary), common acronyms, and a one-word name the article also writes in
  lower case ("Iodine deficiency ... iodine");
* page furniture yields nothing: furniture lines ("Image source: Tass", newsletter
  boxes, bylines, "Reporting by ..."), inline credits ("... Image: Reuters / John Smith.")
  and the agency of a dateline ("MOSCOW (Reuters) -", whose city stays a place).

Demonyms: spaCy's NORP entities that are nationality adjectives ("Russian") are emitted
as the *country* they point at, so that the pipeline links "Russian troops" to Russia.
They are not place mentions in the usual NER sense (GUM, for one, does not count them):
:func:`is_demonym` tells them apart, and :mod:`wirehouse.ner_evaluation` leaves them out.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from extractors import gazetteer as gz
from extractors.nlp import doc_text
from extractors.records import ActorMention, ActorType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})

# Lines that are page furniture, not article text (a safety net: the page extractor
# should already have dropped them).
FURNITURE_LINE = re.compile(
    r"^\s*(image source|image:|photo:|photo credit|photograph:|credit:|credits:|"
    r"source:|caption:|subscribe to|sign up|facebook comments|you may also like|"
    r"read more|related:|share this|follow us|advertisement)",
    re.IGNORECASE,
)
# The actor extractor's wider net: also credits, bylines, sign-up boxes, tag lists.
ACTOR_FURNITURE_LINE = re.compile(
    r"^\s*(image source|image:|images:|image copyright|image caption|media caption|"
    r"photo:|photos:|photo credit|photograph:|photography:|picture:|pictures:|video:|"
    r"audio:|illustration:|credit:|credits:|source:|sources:|caption:|file photo|"
    r"subscribe|sign up|get our|newsletter|facebook comments|you may also like|"
    r"read more|related:|share this|share$|follow us|advertisement|topics:|tags:|"
    r"email address|first name|last name|copyright|©|\(c\)|all rights reserved|"
    r"\(?(?:additional )?(?:reporting|writing|editing|compiled|translated) by|"
    r"the views and opinions expressed)",
    re.IGNORECASE,
)
# A short line that mentions a newsletter or an inbox is a sign-up box.
NEWSLETTER_LINE = re.compile(r"\b(newsletters?|inbox|unsubscribe)\b", re.IGNORECASE)
# "By John Smith, Reuters" / "By Jane Doe | AFP": a byline.
BYLINE = re.compile(
    r"^\s*[Bb][Yy]\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&))*\s*(?:[,|/–—-].*)?$",
)
# An inline credit: "... held in Washington. Image: United States Navy." and
# "Photo: Reuters/John Smith". It runs to the end of its sentence.
INLINE_CREDIT = re.compile(
    r"\b(?:Images?|Photos?|Photograph|Picture|Video|Audio|Illustration|Credit|Source)"
    r"\s*:\s*[^\n]*?(?=\.(?:\s|$)|\n|$)"
)
# "Photograph: Joe Bloggs/AFP via Getty Images", "(Photo by X/Getty Images)".
GETTY_CREDIT = re.compile(r"\bGetty Images\b")
# A dateline: "MOSCOW (Reuters) -", "KYIV, Ukraine (AP) —". Group 1: the city.
DATELINE = re.compile(
    r"^\s*([A-Z][A-Z .'’-]*[A-Z])(?:,\s*[A-Z][\w .]*?)?\s*(\([^)\n]{1,40}\))\s*[-–—]",
    re.MULTILINE,
)

# Words that are titles, not names: stripped from the edges of a PERSON entity.
PERSON_TITLES = frozenset(
    {
        "president",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "sir",
        "dame",
        "prime",
        "minister",
        "secretary",
        "general",
        "gen.",
        "senator",
        "sen.",
        "rep.",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "premier",
    }
)
# Titles and roles the actor extractor keeps out of person names (a wider net).
NAME_TITLES = PERSON_TITLES | frozenset(
    {
        "vice",
        "foreign",
        "defence",
        "defense",
        "interior",
        "home",
        "shadow",
        "deputy",
        "former",
        "governor",
        "gov.",
        "mayor",
        "ambassador",
        "administrator",
        "commissioner",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "professor",
        "prof.",
        "judge",
        "justice",
        "lord",
        "lady",
        "emeritus",
        "captain",
        "coach",
        "chairman",
        "chairwoman",
        "director",
        "ceo",
        "colonel",
        "col.",
        "lieutenant",
        "lt.",
        "sergeant",
        "sgt.",
        "admiral",
        "adm.",
        "commander",
        "rev.",
        "reverend",
        "archbishop",
        "bishop",
        "cardinal",
        "sheikh",
        "ayatollah",
        "of",
        "state",
        "u.s.",
        "us",
        "uk",
        "u.k.",
        "un",
        "u.n.",
        "eu",
    }
)
# Titles that may stand before a name but are never part of it, as whole phrases.
_TITLE_HEAD = frozenset(
    {
        "president",
        "minister",
        "secretary",
        "ambassador",
        "chancellor",
        "premier",
        "governor",
        "administrator",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "director",
        "chairman",
        "ceo",
    }
)

COUNTRY_ALIASES: dict[str, str] = {
    "us": "United States",
    "u.s.": "United States",
    "u.s": "United States",
    "usa": "United States",
    "u.s.a.": "United States",
    "united states": "United States",
    "united states of america": "United States",
    "america": "United States",
    "the states": "United States",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "united kingdom": "United Kingdom",
    "russian federation": "Russia",
    "prc": "China",
    "people's republic of china": "China",
    "south korea": "South Korea",
    "republic of korea": "South Korea",
    "north korea": "North Korea",
    "dprk": "North Korea",
    "uae": "United Arab Emirates",
    "holland": "Netherlands",
    "the netherlands": "Netherlands",
    "czech republic": "Czechia",
    "burma": "Myanmar",
    "ivory coast": "Côte d'Ivoire",
    "drc": "Democratic Republic of the Congo",
    "turkiye": "Turkey",
    "türkiye": "Turkey",
}

_COUNTRY_WORDS = """Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria
Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan
Bolivia Botswana Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada Chad Chile
China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica
Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia
Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary
Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan
Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho
Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives
Mali Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro
Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria
Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland Portugal
Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia
Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan
Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine
Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe"""

COUNTRIES = frozenset(_COUNTRY_WORDS.split()) | frozenset(
    {
        "United States",
        "United Kingdom",
        "United Arab Emirates",
        "Saudi Arabia",
        "South Africa",
        "South Korea",
        "North Korea",
        "New Zealand",
        "Sri Lanka",
        "Costa Rica",
        "El Salvador",
        "Dominican Republic",
        "Papua New Guinea",
        "Sierra Leone",
        "South Sudan",
        "Burkina Faso",
        "Cape Verde",
        "North Macedonia",
        "Bosnia and Herzegovina",
        "Trinidad and Tobago",
        "Antigua and Barbuda",
        "Central African Republic",
        "Equatorial Guinea",
        "Guinea-Bissau",
        "East Timor",
        "Timor-Leste",
        "Marshall Islands",
        "Solomon Islands",
        "San Marino",
        "Vatican City",
        "Côte d'Ivoire",
        "Democratic Republic of the Congo",
    }
)

# Nationality adjectives (spaCy NORP) -> the country they point at.
DEMONYMS: dict[str, str] = {
    "american": "United States",
    "russian": "Russia",
    "ukrainian": "Ukraine",
    "chinese": "China",
    "british": "United Kingdom",
    "english": "United Kingdom",
    "german": "Germany",
    "french": "France",
    "italian": "Italy",
    "spanish": "Spain",
    "norwegian": "Norway",
    "icelandic": "Iceland",
    "swedish": "Sweden",
    "finnish": "Finland",
    "danish": "Denmark",
    "dutch": "Netherlands",
    "polish": "Poland",
    "belarusian": "Belarus",
    "georgian": "Georgia",
    "armenian": "Armenia",
    "turkish": "Turkey",
    "iranian": "Iran",
    "iraqi": "Iraq",
    "syrian": "Syria",
    "israeli": "Israel",
    "palestinian": "Palestine",
    "egyptian": "Egypt",
    "saudi": "Saudi Arabia",
    "indian": "India",
    "pakistani": "Pakistan",
    "afghan": "Afghanistan",
    "japanese": "Japan",
    "korean": "South Korea",
    "south korean": "South Korea",
    "north korean": "North Korea",
    "australian": "Australia",
    "canadian": "Canada",
    "mexican": "Mexico",
    "brazilian": "Brazil",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "venezuelan": "Venezuela",
    "cuban": "Cuba",
    "nigerian": "Nigeria",
    "kenyan": "Kenya",
    "ethiopian": "Ethiopia",
    "south african": "South Africa",
    "greek": "Greece",
    "hungarian": "Hungary",
    "czech": "Czechia",
    "romanian": "Romania",
    "serbian": "Serbia",
    "estonian": "Estonia",
    "latvian": "Latvia",
    "lithuanian": "Lithuania",
    "irish": "Ireland",
    "scottish": "United Kingdom",
    "welsh": "United Kingdom",
    "swiss": "Switzerland",
    "austrian": "Austria",
    "belgian": "Belgium",
    "portuguese": "Portugal",
    "vietnamese": "Vietnam",
    "thai": "Thailand",
    "indonesian": "Indonesia",
    "filipino": "Philippines",
    "taiwanese": "Taiwan",
    "lebanese": "Lebanon",
    "jordanian": "Jordan",
    "qatari": "Qatar",
    "emirati": "United Arab Emirates",
    "yemeni": "Yemen",
    "libyan": "Libya",
    "moroccan": "Morocco",
    "algerian": "Algeria",
    "kazakh": "Kazakhstan",
    "soviet": "Russia",
}

# Religions, festivals and pilgrimages: spaCy labels them PERSON or ORG; not actors.
_NON_ACTORS_WORDS = """Islam Christianity Judaism Hinduism Buddhism Sikhism Catholicism Protestantism
    Hajj Umrah Ramadan Eid Christmas Easter Passover Diwali Hanukkah Internet Bible Koran
    Quran Torah"""
NON_ACTORS = frozenset(_NON_ACTORS_WORDS.split())

# Last words that make a name a facility, which is a place.
_FACILITY_WORDS_WORDS = """Museum Center Centre Hall Station Airport Stadium Arena Mosque Cathedral Church
    Temple Synagogue Memorial Planetarium Square Palace Tower Towers Bridge Harbour Harbor
    Prison Base Park Zoo Gallery Library Theatre Theater Port"""
FACILITY_WORDS = frozenset(_FACILITY_WORDS_WORDS.split())
_NOT_FACILITY = re.compile(r"\b(?:Research|Policy|Studies|Strategic|Council|Institute|for)\b")

# Names spaCy often labels GPE that are organisations (blocs, groupings).
ORG_OVERRIDES = frozenset({"G7", "G20", "NATO", "EU", "UN", "ASEAN", "OPEC", "BRICS"})

# Single-word ORG entities that are fragments of a title ("Secretary of State").
ORG_FRAGMENTS = frozenset({"state", "government", "secretary", "house", "office"})

# Products, software and vehicles: named, but not actors. spaCy labels them PERSON or ORG
# ("Firefox", "Chrome"); a name ending in one ("Mozilla Firefox", "Internet Explorer 6")
# is a product too.
_PRODUCTS_WORDS = """Firefox Chrome Safari Opera Edge IE IE6 IE7 IE8 IE9 Explorer Windows
    Android iOS macOS Linux iPhone iPad iPod Kindle PlayStation Xbox Wii Polaroid Walkman
    Boeing Airbus Concorde Viagra Prozac Botox Photoshop Excel PowerPoint WhatsApp"""
PRODUCTS = frozenset(_PRODUCTS_WORDS.split())
# A class word before a vehicle's name: "Space Shuttle Atlantis", "USS Enterprise". The
# bare name ("Atlantis") is then the same vehicle for the rest of the article.
VEHICLE_PREFIX = re.compile(
    r"^(?:Space Shuttle|Shuttle|USS|HMS|HMAS|HMCS|RMS|SS|MV|MS|INS|Apollo|Soyuz)(?:\s+|$)"
)
# Last words of names that are programmes, systems, studies, laws and events, not actors.
_NOT_ACTOR_HEADS_WORDS = """Program Programme Project Study Survey System Initiative Act Bill Treaty
    Agreement Accord Plan Strategy Scheme Protocol Doctrine Index Cup Championship
    Championships Olympics Paralympics Games Festival Expo Fair Marathon Tournament Awards
    Prize Trial Trials Election Elections Referendum Pandemic"""
NOT_ACTOR_HEADS = frozenset(_NOT_ACTOR_HEADS_WORDS.split())
# Adjectives made from a name: "Warhol-like".
_NAME_ADJECTIVE = re.compile(r"-(?:like|esque|style|type|era|related|based|backed|led|born)$")
# Denominations: "Catholic Church", "Church of England" are organisations, not buildings.
_DENOMINATION = re.compile(
    r"^(?:(?:Roman |Greek |Russian |Coptic |Eastern |Ethiopian |Serbian |Armenian )?"
    r"(?:Catholic|Orthodox|Anglican|Methodist|Baptist|Lutheran|Presbyterian|Episcopal|"
    r"Evangelical|Pentecostal|Mormon|Coptic|Reformed|Unification|Protestant|Apostolic)"
    r" Church|Church of \w.*)$"
)
# First words of an organisation's name in "X of Y" ("University of Texas",
# "Municipality of Livorno", "Ministry of Defence").
_ORG_OF = re.compile(
    r"^(?:University|Municipality|Ministry|Department|Bank|Council|Government|Institute|"
    r"Federation|Union|Association|Society|Commission|Office|Court|League|Academy|College|"
    r"School|Board|Bureau|Agency|Authority|Corporation|Party|Committee|Federal Reserve|"
    r"Organisation|Organization|Order|Congress|Senate|Parliament|Assembly|Chamber|Church)"
    r" (?:of|for|on) "
)
# Last parts of a one-word place name: "Evansville", "Pittsburgh", "Islamabad".
_PLACE_SUFFIX = re.compile(r"^[A-Z][a-z]+(?:ville|burg|burgh|borough|grad|abad|shire)$")

# "the" inside an entity, after a name word rather than "of", "for" ...: two names.
_INNER_THE = re.compile(
    r"(?<=[A-Za-z])(?<!\bof)(?<!\bfor)(?<!\bon)(?<!\band)(?<!\bat)(?<!\bto)(?<!\bin) the (?=[A-Z])"
)
# A title after a short ORG entity makes it part of that title ("Home Secretary").
_TITLE_AFTER = re.compile(r" (?:Secretary|Minister|Ministers|Secretaries|Spokesman|Spokeswoman)\b")

_LEADING_THE = re.compile(r"^(the|The|THE)\s+")
_LEADING_ARTICLE = re.compile(r"^(the|The|THE|a|an)\s+")
_LEADING_LOWER = re.compile(
    r"^(?!(?:al|el|de|da|di|van|von|bin|ibn|le|la|du|dos|das)\b)[a-z][\w.'’-]*\s+"
)
_LEADING_AFFIX = re.compile(r"^(?:[Pp]ro|[Aa]nti|[Pp]an|[Nn]on|[Ee]x)-[\w-]+\s+")
# A preposition opening a sentence is no part of the name after it: "[Across] Scotland".
_LEADING_PREPOSITION = re.compile(
    r"^(?:Across|After|Around|Before|Despite|During|From|Inside|Outside|Since|Throughout|"
    r"Under|Unlike|Until|Within|Without)\s+(?=[A-Z])"
)
_PARTICLE = re.compile(r"^(?:al|el|de|da|di|van|von|bin|ibn|le|la|du|dos|das)\b")
# A person's name ends before "of" or "from": "Ann Chiang of DAB".
_PERSON_TAIL = re.compile(r"\s(?:of|from|for|at|in)\s.*$", re.DOTALL)
_NAME_SYLLABLE = re.compile(r"-[a-z]{2,5}\b")
_TRAILING_SCORE = re.compile(r"\s\d{1,2}$")
_ROLE_WORDS = frozenset(
    {
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "secretary",
        "minister",
        "director",
        "chairman",
        "chief",
        "official",
        "officials",
        "sheriff",
        "president",
        "ceo",
    }
)
_CODE = re.compile(r"^[A-Za-z]{1,5}-?\d+[A-Za-z]?$")
_TRAILING_POSSESSIVE = re.compile(r"(’s|'s|’|')$")
_TRAILING_PUNCT = re.compile(r"[\s,.;:!?\"“”‘’()\[\]-]+$")
_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}$")
_LEADING_PUNCT = re.compile(r"^[\s\"“”‘’()\[\]-]+")


@dataclass(slots=True)
class NameIndex:
    """Full person names of one article, to resolve surnames and partial names."""

    full_names: list[str] = field(default_factory=list)  # in order of first mention

    def add(self, name: str) -> None:
        if len(name.split()) >= 2 and name not in self.full_names:
            self.full_names.append(name)

    def canonical(self, name: str) -> str | None:
        """The longest full name containing ``name`` as whole words, if any."""
        words = name.split()
        if not words:
            return None
        best: str | None = None
        for full in self.full_names:
            full_words = full.split()
            if _contains_words(full_words, words) and (best is None or len(full) > len(best)):
                best = full
        return best


def _contains_words(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the lines that are page furniture."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if FURNITURE_LINE.match(line):
            spans.append((offset, offset + len(line)))
        offset += len(line)
    return spans


def _in_spans(start: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start < b for a, b in spans)


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of page furniture: whole lines, inline credits, dateline agencies."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if (
            ACTOR_FURNITURE_LINE.match(line)
            or BYLINE.match(line.rstrip())
            or (len(line) < 200 and NEWSLETTER_LINE.search(line))
        ):
            spans.append((offset, offset + len(line)))
        offset += len(line)
    spans.extend((m.start(), m.end()) for m in INLINE_CREDIT.finditer(text))
    for m in GETTY_CREDIT.finditer(text):  # the whole sentence part that credits Getty
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        ends = [i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0]
        spans.append((start, min(ends, default=len(text))))
    spans.extend((m.start(2), m.end(2)) for m in DATELINE.finditer(text))
    return sorted(spans)


def _cut_at_credit(start: int, end: int, spans: list[tuple[int, int]]) -> int:
    """The end of a mention, moved back to where a credit starts inside it."""
    for a, _ in spans:
        if start < a < end:
            end = a
    return end


def _trim_edges(
    text: str, start: int, end: int, leading: tuple[re.Pattern[str], ...], rounds: int
) -> tuple[int, int]:
    """Peel ``leading`` patterns, possessives and stray punctuation off a span's edges."""
    for _ in range(rounds):
        piece = text[start:end]
        m = next((found for pattern in leading if (found := pattern.match(piece))), None)
        if m and m.end() < len(piece):
            start += m.end()
            continue
        m2 = _TRAILING_POSSESSIVE.search(piece) or _TRAILING_PUNCT.search(piece)
        if m2 and _ABBREVIATION.search(piece) and piece[m2.start() :] == ".":
            break  # "U.S.", "U.K.": the point belongs to the name
        if m2 and m2.start() > 0:
            end = start + m2.start()
            continue
        break
    return start, end


def clean_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim "the", possessives and stray punctuation from the edges of a mention."""
    return _trim_edges(text, start, end, (_LEADING_PUNCT, _LEADING_THE), rounds=3)


def clean_name_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """:func:`clean_bounds` for the actor extractor: also trims "a"/"an", leading
    lower-case modifiers ("pro-Beijing New People Party") and an unclosed bracket."""
    piece = text[start:end]
    if "(" in piece and ")" not in piece[piece.index("(") :]:
        end = start + piece.index("(")  # "World Health Organisation (WHO"
    leading = (
        _LEADING_PUNCT,
        _LEADING_ARTICLE,
        _LEADING_LOWER,
        _LEADING_AFFIX,
        _LEADING_PREPOSITION,
    )
    return _trim_edges(text, start, end, leading, rounds=8)


def strip_titles(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading titles ("President Joe Biden" -> "Joe Biden") of a person mention."""
    while True:
        piece = text[start:end]
        first, _, rest = piece.partition(" ")
        if rest and first.lower() in PERSON_TITLES:
            start += len(first) + 1
        else:
            return start, end


def strip_person_titles(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading titles ("U.S. President Joe Biden" -> "Joe Biden") of a person mention."""
    while True:
        piece = text[start:end]
        first, _, rest = piece.partition(" ")
        if not rest:
            return start, end
        word = first.lower()
        second = rest.partition(" ")[0].lower()
        if (
            word in NAME_TITLES
            or (second in _TITLE_HEAD and (is_demonym(first) or country_name(first)))
            or (second in _TITLE_HEAD and first.isupper() and len(rest.split()) > 1)
        ):
            start += len(first) + 1
        else:
            return start, end


def country_name(surface: str) -> str | None:
    """The normalised country a surface form names, or ``None`` if it is not a country."""
    key = _LEADING_THE.sub("", surface.strip()).strip()
    alias = COUNTRY_ALIASES.get(key.lower())
    if alias is not None:
        return alias
    for country in COUNTRIES:
        if country.lower() == key.lower():
            return country
    return None


def is_demonym(surface: str) -> bool:
    """Whether a surface form is a nationality adjective ("Russian", "South Korean")."""
    return surface.strip().lower() in DEMONYMS


@functools.cache
def gazetteer() -> gz.Gazetteer:
    """The well-known actors of ``gazetteer.tsv`` plus every country name."""
    countries = [(name, gz.Entry("country", name)) for name in sorted(COUNTRIES)]
    return gz.build(countries)


@functools.cache
def cities() -> frozenset[str]:
    """Large cities (``cities.txt``): spaCy sometimes labels one a person ("Glasgow")."""
    return gz.read_words(gz.CITIES)


@functools.cache
def given_names() -> frozenset[str]:
    """Common given names (``given_names.txt``)."""
    return gz.read_words(gz.GIVEN_NAMES)


_NAME_WORD = re.compile(r"^[A-Z][\w'’-]*[a-z][\w'’-]*$")


def _looks_like_a_person(surface: str) -> bool:
    """A two- or three-word name opening with a common given name and made of nothing
    else a name of an organisation or a place is made of: "Claire Keegan", not "John
    Lewis Partnership" or "Victoria Station"."""
    words = surface.split()
    return (
        2 <= len(words) <= 3
        and words[0] in given_names()
        and all(_NAME_WORD.match(w) for w in words)
        and not any(w in ORG_HEADS or w in FACILITY_WORDS or w in NOT_ACTOR_HEADS for w in words)
        and words[-1] not in COUNTRIES
        and words[-1] not in cities()
        and gazetteer().lookup(surface) is None
    )


@functools.cache
def gazetteer_canonicals() -> frozenset[str]:
    """The canonical names of the gazetteer: already normalised, never shortened."""
    return frozenset(e.canonical for e in gazetteer().entries.values())


@dataclass(slots=True)
class Candidate:
    """A mention before classification: a cleaned span and where it came from."""

    start: int
    end: int
    label: str  # a spaCy label, or "GAZ" for a gazetteer match
    entry: gz.Entry | None = None


def _name_token(token: Token) -> bool:
    """A token that may extend a name: an unlabelled proper noun, not a title."""
    return (
        token.pos_ == "PROPN"
        and not token.ent_type_
        and token.text[:1].isupper()
        and token.text.lower() not in NAME_TITLES
        and token.text.lower().rstrip(".") not in NAME_TITLES
        and not token.is_sent_start
    )


def _expanded(doc: Doc, start: int, end: int, lower: frozenset[str]) -> tuple[int, int]:
    """Token bounds of a one-word entity grown over the given name before it: spaCy
    often labels a surname alone ("Junius [Ho]", "singer-songwriter Carly [Simon]"). A
    word the article also writes in lower case (``lower``) is no given name ("Side")."""
    if end - start != 1 or start == 0 or doc[start].is_sent_start:
        return start, end
    before = doc[start - 1]
    if (
        _name_token(before)
        and len(before.text) > 1
        and before.text.lower() not in lower
        and before.whitespace_ == " "
        and (before.i == 0 or before.is_sent_start or doc[before.i - 1].pos_ != "PROPN")
        and gazetteer().lookup(before.text) is None
    ):
        return start - 1, end
    return start, end


def _spacy_candidates(doc: Doc, skip: list[tuple[int, int]]) -> list[Candidate]:
    text = doc_text(doc)
    found: list[Candidate] = []
    lower = _lower_case_words(text)
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS or _in_spans(ent.start_char, skip):
            continue
        label = ent.label_
        first, stop = ent.start, ent.end
        if label != "NORP":
            first, stop = _expanded(doc, ent.start, ent.end, lower)
        if first < ent.start and label in {"GPE", "LOC"}:
            # "Environment [Canada]" names an organisation after a known place; "Vitas
            # [Gerulaitis]" is a person spaCy took for a place.
            known = gazetteer().lookup(ent.text) or country_name(ent.text)
            label = "ORG" if known else "PERSON"
        span = doc[first:stop]
        end = _cut_at_credit(span.start_char, span.end_char, skip)
        start, end = clean_name_bounds(text, span.start_char, end)
        if label == "PERSON":
            start, end = strip_person_titles(text, start, end)
            tail = _PERSON_TAIL.search(text, start, end)
            if tail is not None:
                end = tail.start()
            start, end = clean_name_bounds(text, start, end)
            rest = _NAME_SYLLABLE.match(text, end)
            if rest is not None:
                end = rest.end()  # spaCy splits "Wong Kwok-hing" at the hyphen
        elif label == "ORG":
            if _TITLE_AFTER.match(text, ent.end_char) and ent.end - ent.start <= 2:
                continue  # "Home Secretary", "Foreign Affairs Minister": a title
            # "State Department Spokesperson": the role is not part of the organisation.
            head, _, last = text[start:end].rpartition(" ")
            if head and last.lower() in _ROLE_WORDS:
                end = start + len(head)
                start, end = clean_name_bounds(text, start, end)
        score = _TRAILING_SCORE.search(text, start, end)
        if score is not None and gazetteer().lookup(text[start : score.start()]) is not None:
            end = score.start()  # "Sweden 1 – 0 Korea Republic"
        surface = text[start:end]
        if not surface.strip() or "\n" in surface:
            continue
        inner = _INNER_THE.search(surface) if label != "PERSON" else None  # "Ivan the Terrible"
        if inner is not None:
            # "[Rathbun] the [Scientology] property": two names, not one.
            for a, b in ((start, start + inner.start()), (start + inner.end(), end)):
                found.append(Candidate(a, b, label, gazetteer().lookup(text[a:b])))
            continue
        entry = gazetteer().lookup(surface)
        found.append(Candidate(start, end, label, entry))
    return found


def _merge(spacy: list[Candidate], matches: list[gz.Match]) -> list[Candidate]:
    """spaCy's mentions and the gazetteer's: a gazetteer match replaces the spaCy
    mentions it overlaps, unless one of them strictly contains it ("Texas" inside
    "University of Texas" stays part of the university)."""
    merged = list(spacy)
    for match in matches:
        overlapping = [c for c in merged if c.start < match.end and match.start < c.end]
        if any(
            c.start <= match.start
            and match.end <= c.end
            and (c.start, c.end) != (match.start, match.end)
            for c in overlapping
        ):
            continue
        merged = [c for c in merged if c not in overlapping]
        merged.append(Candidate(match.start, match.end, "GAZ", match.entry))
    return sorted(merged, key=lambda c: (c.start, c.end))


def build_name_index(doc: Doc, candidates: list[Candidate] | None = None) -> NameIndex:
    """Collect the article's full person names (two words or more)."""
    index = NameIndex()
    text = doc_text(doc)
    if candidates is None:
        skip = credit_spans(text)
        candidates = _merge(_spacy_candidates(doc, skip), _gazetteer_matches(text, skip))
    for c in candidates:
        if c.entry is not None and c.entry.type == "person":
            index.add(c.entry.canonical)
        elif c.label == "PERSON" and c.entry is None:
            name = text[c.start : c.end]
            if not (is_product(name) or _not_a_name(name)):  # "Space Shuttle Atlantis"
                index.add(name)
        elif c.label in {"ORG", "GPE", "LOC", "FAC"} and c.entry is None:
            name = text[c.start : c.end]
            if _looks_like_a_person(name):  # spaCy's organisation "Claire Keegan"
                index.add(name)
    return index


def _gazetteer_matches(text: str, skip: list[tuple[int, int]]) -> list[gz.Match]:
    return [m for m in gazetteer().find(text) if not _in_spans(m.start, skip)]


def _is_facility(surface: str) -> bool:
    words = surface.split()
    return (
        len(words) > 1
        and (words[-1] in FACILITY_WORDS or words[0] == "Museum")
        and not _NOT_FACILITY.search(surface)
        and not _DENOMINATION.match(surface)
    )


def is_product(surface: str) -> bool:
    """Whether a name is a product, a piece of software or a vehicle, not an actor:
    "Firefox", "Mozilla Firefox", "Windows XP", "Internet Explorer 6", "Space Shuttle
    Atlantis"."""
    words = surface.split()
    return bool(
        surface in PRODUCTS
        or VEHICLE_PREFIX.match(surface)
        or (len(words) > 1 and words[-1].rstrip("s") in PRODUCTS)
        or (words[0] in PRODUCTS and len(words) == 2 and not words[1][0].islower())
        or (
            len(words) > 1
            and re.fullmatch(r"v?\d+(?:\.\d+)*", words[-1])
            and (" ".join(words[:-1]) in PRODUCTS or words[-2] in PRODUCTS)
        )
    )


def _organisation_by_name(surface: str) -> bool:
    """Names that are organisations whatever spaCy's label: "Sea Org", "Saudi Gazette"
    (an organisation word last), "Municipality of Livorno" (first), "Catholic Church"."""
    words = surface.split()
    return len(words) > 1 and (
        (words[-1] in ORG_HEADS and words[-1] not in FACILITY_WORDS)
        or bool(_ORG_OF.match(surface))
        or bool(_DENOMINATION.match(surface))
    )


def _not_a_name(surface: str) -> bool:
    """Words spaCy labels that name no actor: "Warhol-like", "Pro-Beijing", "IQ", and
    programmes, systems, laws and events ("Space Shuttle Program", "Clean Air Act",
    "FIFA World Cup")."""
    words = surface.split()
    return bool(
        (len(words) > 1 and words[-1] in NOT_ACTOR_HEADS)
        or _NAME_ADJECTIVE.search(surface)
        or (" " not in surface and _LEADING_AFFIX.match(surface + " "))
        or surface in COMMON_ACRONYMS
        or surface.startswith("@")
    )


def _classify(c: Candidate, surface: str, names: NameIndex) -> tuple[ActorType, str] | None:
    label = c.label
    if surface in NON_ACTORS or (surface[0].islower() and not _PARTICLE.match(surface)):
        return None
    if c.entry is None and (is_product(surface) or _not_a_name(surface)):
        return None
    person = names.canonical(surface)
    if c.entry is not None and c.entry.type != "person" and person is not None and label != "GAZ":
        return "person", person
    if c.entry is not None:
        if c.entry.type == "person":
            return "person", names.canonical(c.entry.canonical) or c.entry.canonical
        if person is not None and label in {"PERSON", "GAZ"} and " " not in surface:
            # "Paris" in an article about Valeska Paris is the woman, not the city.
            return "person", person
        return c.entry.type, c.entry.canonical
    if _CODE.match(surface) and surface not in ORG_OVERRIDES:
        return None  # "IE6", "STS-1": products and missions
    if label == "PERSON":
        if person is None and surface.isupper() and len(surface) > 1:
            return "organization", surface  # an acronym: a party, an agency
        if _is_facility(surface):
            return "place", surface
        if person is None and _organisation_by_name(surface):
            return "organization", surface
        if person is None and (_PLACE_SUFFIX.match(surface) or surface in cities()):
            return "place", surface
        return "person", person or surface
    if person is not None and label in {"ORG", "GPE", "LOC", "NORP", "FAC"}:
        # spaCy sometimes labels a lone surname ORG or GPE; the article knows better.
        return "person", person
    if label == "NORP":
        country = DEMONYMS.get(surface.lower())
        return ("country", country) if country else None
    if label == "ORG":
        if surface.lower() in ORG_FRAGMENTS:
            return None
        if _is_facility(surface):
            return "place", surface
        if _PLACE_SUFFIX.match(surface):
            return "place", surface
        return "organization", surface
    if _organisation_by_name(surface):
        return "organization", surface
    if label == "GPE":
        if surface in ORG_OVERRIDES:
            return "organization", surface
        country = country_name(surface)
        return ("country", country) if country else ("place", surface)
    # LOC, FAC
    return "place", surface


def _dateline_cities(text: str) -> list[Candidate]:
    """The city of each dateline ("MOSCOW (Reuters) -"), as a gazetteer-style candidate."""
    found = []
    for m in DATELINE.finditer(text):
        city = m.group(1)
        entry = gazetteer().lookup(city) or gazetteer().lookup(city.title())
        if entry is None:
            country = country_name(city.title())
            kind: ActorType = "country" if country else "place"
            entry = gz.Entry(kind, country or city.title())
        found.append(Candidate(m.start(1), m.end(1), "GAZ", entry))
    return found


def extract_actor_mentions(doc: Doc) -> list[ActorMention]:
    """Every person, organisation, country and place mention, in text order."""
    text = doc_text(doc)
    skip = credit_spans(text)
    matches = _gazetteer_matches(text, skip)
    datelines = _dateline_cities(text)
    dateline_spans = [(c.start, c.end) for c in datelines]
    spacy = [c for c in _spacy_candidates(doc, skip) if not _in_spans(c.start, dateline_spans)]
    candidates = _merge(spacy, [m for m in matches if not _in_spans(m.start, dateline_spans)])
    candidates = sorted(candidates + datelines, key=lambda c: (c.start, c.end))
    candidates = _whole_organisation_names(text, candidates)
    candidates = _organisations_named_for_a_country(doc, candidates)
    names = build_name_index(doc, candidates)
    vehicles = _vehicle_names(text, candidates)
    # Words of the article's longer names: "the Church" is short for "Church of ...".
    name_words = {
        w
        for c in candidates
        if " " in (name := text[c.start : c.end]) and not (is_product(name) or _not_a_name(name))
        for w in name.split()
    }
    words = _lower_case_words(text) - {w.lower() for w in name_words}
    mentions: list[ActorMention] = []
    for c in candidates:
        surface = text[c.start : c.end]
        if surface in vehicles and c.entry is None:
            continue
        if (
            c.entry is None
            and " " not in surface
            and surface.lower() in words
            and names.canonical(surface) is None
        ):
            continue  # "Iodine deficiency ...": the article writes it "iodine" elsewhere
        classified = _classify(c, surface, names)
        if classified is None:
            continue
        actor_type, canonical = classified
        mentions.append(ActorMention(surface, canonical, actor_type, c.start, c.end))
    mentions = _acronyms(text, mentions, skip)
    mentions = _surnames(doc, mentions, names, skip)
    mentions = _unlabelled_organisations(doc, mentions, skip)
    mentions = _possessed_people(doc, mentions, names, skip)
    mentions = _short_organisation_names(mentions)
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


_CALENDAR = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b"
)
# What continues an organisation's name after its organisation word: "Foundation [for
# the Visual Arts]", "Union [of Rationalist Atheists and Agnostics]".
_NAME_CONTINUES = re.compile(
    r"(?: (?:for|of|on) (?:the )?(?!" + _CALENDAR + r")[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)+"
    r"(?: and [A-Z][\w’'-]*(?![ \w]*[A-Z]))?"
)


def _whole_organisation_names(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """spaCy's organisations that stop at their organisation word ("Andy Warhol
    Foundation" for the Visual Arts) grow to the whole name; the names they then
    contain ("Visual Arts") are part of it."""
    result: list[Candidate] = []
    grown: list[tuple[int, int]] = []
    for c in candidates:
        if _in_spans(c.start, grown):
            continue
        surface = text[c.start : c.end]
        rest = _NAME_CONTINUES.match(text, c.end)
        if (
            c.label == "ORG"
            and c.entry is None
            and surface.split()[-1] in ORG_HEADS
            and rest is not None
            and not any(
                o.start < rest.end() and c.end <= o.start and o.label == "PERSON"
                for o in candidates
            )
        ):
            c = Candidate(c.start, rest.end(), c.label)
            grown.append((c.start, c.end))
        result.append(c)
    return result


# Words before a country that make a place, not an organisation: "Northern Ireland",
# "rural Scotland", "Brexit Britain" stays a country.
_NOT_BEFORE_A_COUNTRY_WORDS = """North South East West Northern Southern Eastern Western Central
    Greater Upper Lower New Old Modern Rural Urban Global Little Great Mainland Inner Outer
    Brexit Post-Brexit"""
_NOT_BEFORE_A_COUNTRY = frozenset(_NOT_BEFORE_A_COUNTRY_WORDS.split())


def _organisations_named_for_a_country(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """A country after capitalised nouns that are no entity of their own names an
    organisation: "Public Health Scotland", "Screen Ireland", "Team GB", "Police Scotland"."""
    result = []
    for c in candidates:
        span = doc.char_span(c.start, c.end)
        country = _country_part(c, span) if span is not None else None
        if span is None or country is None:
            result.append(c)
            continue
        first = country
        while first > 0:
            token = doc[first - 1]
            inside = token.i >= span.start
            if (
                token.pos_ not in {"NOUN", "PROPN"}
                or token.is_stop
                or not token.text[:1].isupper()
                or token.whitespace_ != " "
                or token.text in _NOT_BEFORE_A_COUNTRY
                or token.text.lower().rstrip(".") in NAME_TITLES
                or (
                    not inside
                    and (token.ent_type_ or any(o.start <= token.idx < o.end for o in candidates))
                )
            ):
                break
            first -= 1
        if first < country and first <= span.start:
            c = Candidate(doc[first].idx, c.end, "ORG")
        result.append(c)
    return result


def _country_part(c: Candidate, span: Span) -> int | None:
    """The token where the country a candidate ends with starts, if it ends with one."""
    if c.entry is not None:
        return span.start if c.entry.type == "country" else None
    if c.label != "GPE":
        return None
    for i in range(span.start, span.end):
        if country_name(span.doc[i : span.end].text) is not None:
            return i
    return None


@functools.lru_cache(maxsize=4)
def _lower_case_words(text: str) -> frozenset[str]:
    """The words an article writes in lower case: common nouns, not names."""
    return frozenset(re.findall(r"(?<![\w.'’-])[a-z][a-z]+(?![\w'’-])", text))


def _vehicle_names(text: str, candidates: list[Candidate]) -> frozenset[str]:
    """Names the article gives a vehicle ("Space Shuttle Atlantis" -> "Atlantis")."""
    found = set()
    for c in candidates:
        surface = text[c.start : c.end]
        prefix = VEHICLE_PREFIX.match(surface)
        if prefix is not None and prefix.end() < len(surface):
            found.add(surface[prefix.end() :])
    return frozenset(found)


_ACRONYM_DEFINITION = re.compile(r"\s*[(\[]([A-Z][A-Za-z0-9&]{1,9})[)\]]")
_NOT_A_NAME = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def _free(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return not any(a < end and start < b for a, b in taken)


def _acronyms(
    text: str, mentions: list[ActorMention], skip: list[tuple[int, int]]
) -> list[ActorMention]:
    """An acronym defined in brackets after a name ("Kennedy Space Center (KSC)") names
    the same actor, there and wherever else the article uses it."""
    aliases: dict[str, tuple[ActorType, str]] = {}
    for m in mentions:
        d = _ACRONYM_DEFINITION.match(text, m.end)
        if m.type == "person" or d is None:
            continue
        acronym = d.group(1)
        if sum(ch.isupper() for ch in acronym) >= 2 and acronym[0] == m.text[0]:
            aliases.setdefault(acronym, (m.type, m.canonical))
    if not aliases:
        return mentions
    result = [
        ActorMention(m.text, aliases[m.text][1], aliases[m.text][0], m.start, m.end)
        if m.text in aliases
        else m
        for m in mentions
    ]
    taken = [(m.start, m.end) for m in result]
    pattern = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
        + r")(?![\w-])"
    )
    for hit in pattern.finditer(text):
        if _free(hit.start(), hit.end(), taken) and not _in_spans(hit.start(), skip):
            type_, canonical = aliases[hit.group()]
            result.append(ActorMention(hit.group(), canonical, type_, hit.start(), hit.end()))
            taken.append((hit.start(), hit.end()))
    return result


_MINOR_WORDS = frozenset({"of", "the", "and", "for", "&", "on", "in", "at", "de"})


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in _MINOR_WORDS and w[0].isalpha())


def _short_organisation_names(mentions: list[ActorMention]) -> list[ActorMention]:
    """Within an article, a short form of an organisation's name ("the Church", "Home
    Office", "NPP") is the organisation named in full ("Church of Scientology", "United
    Kingdom Home Office", "New People Party"), when exactly one full name fits."""
    known = gazetteer_canonicals()
    orgs = {m.canonical for m in mentions if m.type == "organization"}
    mapping: dict[str, str] = {}
    for short in orgs:
        if short in known:
            continue
        words = short.split()
        containers = [
            full for full in orgs if full != short and _contains_words(full.split(), words)
        ]
        if short.isupper() and len(short) >= 2:
            containers += [full for full in orgs if full != short and _initials(full) == short]
        if not containers:
            continue
        longest = max(containers, key=len)
        if all(_contains_words(longest.split(), c.split()) for c in containers):
            mapping[short] = longest
    if not mapping:
        return mentions
    return [
        ActorMention(m.text, mapping[m.canonical], m.type, m.start, m.end)
        if m.type == "organization" and m.canonical in mapping
        else m
        for m in mentions
    ]


# Acronyms that name no actor.
_COMMON_ACRONYMS_WORDS = """CEO CFO COO CTO TV PC VR AR AI GMT UTC BST EST PST MP MEP QC SC KC AM PM GDP GNP DNA
    RNA HIV AIDS ID OK USD EUR GBP PhD MBA FAQ CCTV COVID SARS LGBT LGBTQ IT IP URL PDF
    SMS GPS UFO ATM VIP BC AD CE BCE NB PS RIP ASAP IQ EQ FYI A&E GP GPs ICU ER"""
COMMON_ACRONYMS = frozenset(_COMMON_ACRONYMS_WORDS.split())
# Last words that make an unlabelled proper-noun phrase an organisation.
_ORG_HEADS_WORDS = """Party Democrats Republicans Council Committee Commission Association Union Ministry
    Department Agency Authority Bureau Institute University College School Foundation
    Corporation Company Group Bank Fund Trust Society Federation League Alliance Front
    Movement Army Navy Police Court Parliament Assembly Senate News Times Post Herald
    Journal Gazette Press Tribune Telegraph Guardian Observer Weekly Daily Radio Television
    Network Org Corps Inc Ltd LLC Club Municipality Ministry Gazette Chronicle Magazine"""
ORG_HEADS = frozenset(_ORG_HEADS_WORDS.split())


def _unlabelled_organisations(
    doc: Doc, mentions: list[ActorMention], skip: list[tuple[int, int]]
) -> list[ActorMention]:
    """Proper-noun phrases spaCy did not label but that look like organisations: an
    acronym ("ADPL") or a name ending in an organisation word ("Deseret News"); or like
    facilities, which are places ("Grand Mosque", "Shandao Station")."""
    text = doc_text(doc)
    taken = [(m.start, m.end) for m in mentions]
    result = list(mentions)
    run: list[Token] = []
    for token in [*doc, None]:
        if token is not None and (
            (token.pos_ == "PROPN" and not token.ent_type_ and "\n" not in token.text)
            or (
                run  # "Sea-Air-Space": a hyphen inside a name
                and token.text == "-"
                and not run[-1].whitespace_
                and not token.whitespace_
            )
        ):
            run.append(token)
            continue
        if run:
            start, end = run[0].idx, run[-1].idx + len(run[-1].text)
            surface = text[start:end]
            words = surface.split()
            acronym = (
                len(run) == 1 and surface.isalpha() and surface.isupper() and 2 <= len(surface) <= 6
            )
            named = len(words) >= 2 and words[-1] in ORG_HEADS and words[0][0].isupper()
            facility = _is_facility(surface) and words[0][0].isupper()
            if (
                ((acronym and surface not in COMMON_ACRONYMS) or named or facility)
                and _free(start, end, taken)
                and not _in_spans(start, skip)
                and not is_product(surface)
            ):
                kind: ActorType = "place" if facility and not named else "organization"
                result.append(ActorMention(surface, surface, kind, start, end))
                taken.append((start, end))
            run = []
    return result


def _possessed_people(
    doc: Doc, mentions: list[ActorMention], names: NameIndex, skip: list[tuple[int, int]]
) -> list[ActorMention]:
    """An unlabelled name of two or three words after an organisation's or a country's
    possessive is a person: "New People Party's Regina Ip", "Russia's Sergei Lavrov";
    not if the article writes one of its words in lower case ("NASA's Science Mission
    Directorate")."""
    ends = {m.end: m for m in mentions if m.type in {"organization", "country", "place"}}
    text = doc_text(doc)
    lower = _lower_case_words(text)
    taken = [(m.start, m.end) for m in mentions]
    result = list(mentions)
    for token in doc:
        if token.text not in {"'s", "’s"} or token.i == 0:
            continue
        owner = doc[token.i - 1]
        if owner.idx + len(owner.text) not in ends:
            continue
        run = []
        for t in doc[token.i + 1 : token.i + 4]:
            if t.pos_ != "PROPN" or t.ent_type_ or not t.text[:1].isupper():
                break
            run.append(t)
        if len(run) < 2:
            continue
        start, end = run[0].idx, run[-1].idx + len(run[-1].text)
        surface = text[start:end]
        last = surface.split()[-1]
        if (
            "\n" in surface
            or last in ORG_HEADS
            or last in FACILITY_WORDS
            or is_product(surface)
            or any(t.text.lower() in NAME_TITLES or t.text.lower() in lower for t in run)
            or not _free(start, end, taken)
            or _in_spans(start, skip)
        ):
            continue
        result.append(
            ActorMention(surface, names.canonical(surface) or surface, "person", start, end)
        )
        taken.append((start, end))
    return result


def _surnames(
    doc: Doc, mentions: list[ActorMention], names: NameIndex, skip: list[tuple[int, int]]
) -> list[ActorMention]:
    """A lone surname of a person the article names in full is that person, also where
    spaCy did not see a name ("Rathbun said")."""
    text = doc_text(doc)
    surnames: dict[str, str] = {}
    for full in names.full_names:
        last = full.split()[-1]
        if len(last) >= 3 and last[0].isupper() and gazetteer().lookup(last) is None:
            surnames.setdefault(last, names.canonical(last) or full)
    if not surnames:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    result = list(mentions)
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in surnames) + r")(?![\w-])"
    )
    for hit in pattern.finditer(text):
        start, end = hit.span()
        if not _free(start, end, taken) or _in_spans(start, skip):
            continue
        span = doc.char_span(start, end)
        if span is None or any(t.pos_ != "PROPN" or t.ent_type_ in _NOT_A_NAME for t in span):
            continue
        before = text[:start].rstrip(" ").rsplit(" ", 1)[-1] if text[:start].endswith(" ") else ""
        after = text[end:].lstrip(" ").split(" ", 1)[0] if text[end:].startswith(" ") else ""
        if (before[:1].isupper() and before[-1:].isalpha()) or after[:1].isupper():
            continue  # part of a longer name: "John Rathbun", "Rathbun Foundation"
        result.append(ActorMention(hit.group(), surnames[hit.group()], "person", start, end))
        taken.append((start, end))
    return result
