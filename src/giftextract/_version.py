"""The package version, in a module of its own so that any layer may read it
(``text/compiled.py`` keys its cache file with it) without importing the package."""

__version__ = "0.1.0"
