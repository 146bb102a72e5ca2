"""Extraction: from article text to quotations with speakers and chains.

Importing this package does not import spaCy; only ``quotebase.extract.pipeline`` does.
"""

# Bump when extraction output changes, so that stored documents get re-extracted.
EXTRACTOR_VERSION = "0.9.0"

# spaCy's own default max_length: longer texts are refused before parsing (the parser's memory
# grows with the text), with a message naming the document.
MAX_CHARS = 1_000_000
