"""Normalisers: pure functions and indexes built from the seed tables (a `Reference`).

- `codebook.Codebook`: CAMEO codes, Goldstein, quad classes (schemes as data), PLOVER, ACLED
- `countries.CountryIndex`: ISO/CAMEO/FIPS/COW/GW codes and every name of a country
- `actors.ActorDictionary`: actor mentions with CAMEO codes, country + sector composition,
  people resolved to the role valid on a date
- `dates`: `parse_published_at`, `resolve_event_date`
- `places.Gazetteer`: event location (ISO3 and ISO 3166-2)

Nothing here reads files or loads data at import time; build the indexes once from
`dyadflow.reference.load_reference()` and reuse them.
"""

from dyadflow.normalize.actors import ActorDictionary, ActorMatch, ActorMention
from dyadflow.normalize.codebook import CameoCode, Codebook
from dyadflow.normalize.countries import Country, CountryIndex, CountryMention
from dyadflow.normalize.dates import DateResolution, parse_published_at, resolve_event_date
from dyadflow.normalize.places import Gazetteer, Location

__all__ = [
    "ActorDictionary", "ActorMatch", "ActorMention", "CameoCode", "Codebook", "Country",
    "CountryIndex", "CountryMention", "DateResolution", "Gazetteer", "Location",
    "parse_published_at", "resolve_event_date",
]
