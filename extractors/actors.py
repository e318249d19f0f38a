"""Actor mentions: the people, organisations, countries and places an article names.

Built on spaCy's named entities, then cleaned up within the article:

* boundaries: a leading "the" and a trailing possessive are not part of the name;
* people: a surname or a first name maps to the longest full name that contains it
  ("Lavrov" -> "Sergei Lavrov"), which also repairs spaCy labelling a lone surname as
  an organisation or a place;
* countries: aliases are normalised ("U.S.", "America" -> "United States") and
  demonyms become the country ("Russian" -> "Russia"); cities stay places;
* lines of page furniture ("Image source: Tass") yield nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from extractors.records import ActorMention, ActorType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})

# Lines that are page furniture, not article text (a safety net: the page extractor
# should already have dropped them).
FURNITURE_LINE = re.compile(
    r"^\s*(image source|image:|photo:|photo credit|photograph:|credit:|credits:|"
    r"source:|caption:|subscribe to|sign up|facebook comments|you may also like|"
    r"read more|related:|share this|follow us|advertisement)",
    re.IGNORECASE,
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

# Names spaCy often labels GPE that are organisations (blocs, groupings).
ORG_OVERRIDES = frozenset({"G7", "G20", "NATO", "EU", "UN", "ASEAN", "OPEC", "BRICS"})

# Single-word ORG entities that are fragments of a title ("Secretary of State").
ORG_FRAGMENTS = frozenset({"state", "government", "secretary", "house", "office"})

_LEADING_THE = re.compile(r"^(the|The|THE)\s+")
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


def clean_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim "the", possessives and stray punctuation from the edges of a mention."""
    for _ in range(3):
        piece = text[start:end]
        m = _LEADING_PUNCT.match(piece) or _LEADING_THE.match(piece)
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


def strip_titles(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading titles ("President Joe Biden" -> "Joe Biden") of a person mention."""
    while True:
        piece = text[start:end]
        first, _, rest = piece.partition(" ")
        if rest and first.lower() in PERSON_TITLES:
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


def build_name_index(doc: Doc) -> NameIndex:
    """Collect the article's full person names (two words or more)."""
    index = NameIndex()
    skip = furniture_spans(doc.text)
    for ent in doc.ents:
        if ent.label_ != "PERSON" or _in_spans(ent.start_char, skip):
            continue
        start, end = clean_bounds(doc.text, ent.start_char, ent.end_char)
        start, end = strip_titles(doc.text, start, end)
        index.add(doc.text[start:end])
    return index


def _classify(ent: Span, surface: str, names: NameIndex) -> tuple[ActorType, str] | None:
    label = ent.label_
    person = names.canonical(surface)
    if label == "PERSON":
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
        return "organization", surface
    if label == "GPE":
        if surface in ORG_OVERRIDES:
            return "organization", surface
        country = country_name(surface)
        return ("country", country) if country else ("place", surface)
    # LOC, FAC
    return "place", surface


def extract_actor_mentions(doc: Doc) -> list[ActorMention]:
    """Every person, organisation, country and place mention, in text order."""
    text = doc.text
    skip = furniture_spans(text)
    names = build_name_index(doc)
    mentions: list[ActorMention] = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS or _in_spans(ent.start_char, skip):
            continue
        start, end = clean_bounds(text, ent.start_char, ent.end_char)
        if ent.label_ == "PERSON":
            start, end = strip_titles(text, start, end)
        surface = text[start:end]
        if not surface.strip() or "\n" in surface:
            continue
        classified = _classify(ent, surface, names)
        if classified is None:
            continue
        actor_type, canonical = classified
        mentions.append(ActorMention(surface, canonical, actor_type, start, end))
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions
