"""A gazetteer of well-known actors: countries, capitals and major places, international
organisations, news agencies and outlets, major companies and world leaders.

The names live in ``gazetteer.tsv`` next to this module (type, canonical name, aliases);
:func:`countries_and_gazetteer` in :mod:`extractors.actors` adds every country name.
Matching is by regular expression over the text, case-sensitive (so "US" the country is
not "us" the pronoun and "WHO" is not "who"), whole words only, and never inside a
hyphenated word ("pro-Beijing" names no place). Longer aliases win over shorter ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from extractors.records import ActorType

DATA = Path(__file__).with_name("gazetteer.tsv")
CITIES = Path(__file__).with_name("cities.txt")
GIVEN_NAMES = Path(__file__).with_name("given_names.txt")
_TYPES = frozenset({"person", "organization", "country", "place"})


@dataclass(frozen=True, slots=True)
class Entry:
    """What a gazetteer alias names."""

    type: ActorType
    canonical: str


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    entry: Entry


def read_words(path: Path) -> frozenset[str]:
    """The words of a one-word-per-line list ("#" comments), such as ``cities.txt``."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def read_gazetteer(path: Path = DATA) -> dict[str, Entry]:
    """Alias -> entry, from a ``type<TAB>canonical<TAB>alias|alias`` file ("#" comments)."""
    entries: dict[str, Entry] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        type_, canonical, aliases = line.split("\t")
        if type_ not in _TYPES:
            raise ValueError(f"unknown actor type {type_!r} in {path}")
        entry = Entry(cast(ActorType, type_), canonical)
        for alias in aliases.split("|"):
            entries.setdefault(alias, entry)
    return entries


class Gazetteer:
    """Finds the aliases of a set of entries in a text."""

    def __init__(self, entries: Mapping[str, Entry]) -> None:
        self.entries = dict(entries)
        aliases = sorted(self.entries, key=len, reverse=True)
        body = "|".join(re.escape(a) for a in aliases) or r"(?!x)x"
        self._pattern = re.compile(rf"(?<![\w.\-])(?:{body})(?![\w\-$])")

    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches, left to right, longest alias first at each position."""
        return [
            Match(m.start(), m.end(), self.entries[m.group()]) for m in self._pattern.finditer(text)
        ]

    def lookup(self, name: str) -> Entry | None:
        return self.entries.get(name)


def build(extra: Iterable[tuple[str, Entry]] = (), path: Path = DATA) -> Gazetteer:
    """The gazetteer of ``path`` plus ``extra`` aliases (the file wins on conflicts)."""
    entries = read_gazetteer(path)
    for alias, entry in extra:
        entries.setdefault(alias, entry)
    return Gazetteer(entries)
