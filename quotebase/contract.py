"""The JSON contract for extraction results that have not been stored (``quotebase extract``).

Stored quotes use :meth:`quotebase.storage.queries.QuoteView.contract`; both give the same
fields: ``id, document, start, end, text, kind, speaker, speaker_start, speaker_end, cue,
reporting_source, chain, parent_id``. Unstored quotes are numbered from 1 in document order.
"""

from __future__ import annotations

from typing import Any

from quotebase.extract.records import Extraction


def extraction_records(document: str, extraction: Extraction) -> list[dict[str, Any]]:
    """One contract record per quote of an extraction, ids numbered from 1."""
    records = []
    for i, quote in enumerate(extraction.quotes):
        speaker = quote.speaker
        mention = speaker.mention if speaker else None
        source = quote.reporting_source
        records.append(
            {
                "id": i + 1,
                "document": document,
                "start": quote.start,
                "end": quote.end,
                "text": quote.text,
                "kind": quote.kind.value,
                "speaker": speaker.name if speaker else None,
                "speaker_start": mention.start if mention else None,
                "speaker_end": mention.end if mention else None,
                "cue": quote.cue,
                "reporting_source": source.name if source else None,
                "chain": [hop.name for hop in quote.chain],
                "parent_id": quote.parent + 1 if quote.parent is not None else None,
            }
        )
    return records
