"""dyadflow: geopolitical event data from news, coded into CAMEO events and kept in DuckDB."""

__version__ = "0.1.0"

__all__ = ["__version__"]
