"""Extraction: from article text to quotations with speakers and chains.

Importing this package does not import spaCy; only ``quotebase.extract.pipeline`` does.
"""

# Bump when extraction output changes, so that stored documents get re-extracted.
EXTRACTOR_VERSION = "0.1.0"
