"""Readers for each input format, each turning raw input into ``SourceDocument`` objects.

- ``base``: the document record, read errors, byte limits and decoding;
- ``meta``: metadata from plain-text headers, front matter, file names and sidecar files;
- ``text``: plain text and Markdown files (``.txt``, ``.md``);
- ``html``: news pages (``.html``, ``.htm``), main text extracted with trafilatura;
- ``jsonl``: archives with one article per line (``.jsonl``), read as a stream;
- ``stdin``: standard input, as a JSONL archive or as one plain text.

``quotebase.reading`` picks the reader for each path; callers use it, not these modules.
"""
