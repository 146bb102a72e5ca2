"""quotebase: a quote-attribution database.

Who actually said this, and through whom do we know it?
"""

__version__ = "0.1.0"
