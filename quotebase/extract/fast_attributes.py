"""A vectorised drop-in for spaCy's ``attribute_ruler``: the same token attributes, faster.

spaCy's :class:`~spacy.pipeline.AttributeRuler` runs a :class:`~spacy.matcher.Matcher` over
every document and then, for every match, builds a ``Span`` and sets the attributes of one
token from Python. In the English models nearly every token is matched (the tag map alone sets
POS and MORPH from TAG), so the component costs about as much as the parser. Yet its patterns
are look-ups: this component compiles the *same* patterns, read from the model's own ruler at
load time, into numpy tables and applies them with ``Doc.to_array`` / ``Doc.from_array``.

Semantics reproduced from ``spacy/pipeline/attributeruler.py``:

* All matches are found first, on the token values as they were *before* the component ran
  (so a pattern that sets TAG never changes what another pattern sees).
* Matches are applied in the order of their pattern number (the order the patterns were
  added), so for each attribute of each token the pattern with the *highest* number that
  matched and sets that attribute wins.
* The attribute values written are those of ``normalize_token_attrs`` (what the ruler writes).

How it is compiled. Every attribute a pattern reads (TAG, LOWER, DEP, IS_SPACE, ...) has a
small set of values the patterns mention; a token's value is mapped to the index of that value
("its class"), or to one extra class for every value no pattern mentions. A constraint on a
token (exact value, ``IN``, ``NOT_IN``, and ``REGEX`` when the regex is anchored and only
matches finitely many strings) is then a boolean table over classes.

* Single-token patterns that read only TAG and LOWER are folded at load time into one table
  indexed by (LOWER class, TAG class) holding, per attribute, the winning pattern's number and
  value. Per document that is one gather per attribute, whatever the number of patterns.
* The few other patterns (reading DEP or IS_SPACE, or spanning two tokens) are evaluated with
  one boolean gather per token constraint over the whole document, and overwrite the table's
  result where their pattern number is higher.

Patterns outside that subset (quantifiers, fuzzy or comparison predicates, unbounded regexes,
extension attributes...) make the component fall back to a real ``AttributeRuler`` holding the
same patterns, with a warning: slower, never different.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import srsly
from spacy import util
from spacy.attrs import DEP, ENT_TYPE, IDS, LEMMA, LOWER, MORPH, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs
from spacy.vocab import Vocab

FACTORY_NAME = "quotebase_fast_attributes"

# Attributes a pattern may read: token/lexeme attributes whose ``Doc.to_array`` value is the
# value the Matcher compares (plus the lexeme flags IS_*/LIKE_*, ids below 64).
_STRING_READ_ATTRS = {ORTH, LOWER, NORM, TAG, POS, DEP, LEMMA, ENT_TYPE}
_FLAG_LIMIT = 64
# Attributes a pattern may set (through Token.set_struct_attr, as the ruler does).
_WRITE_ATTRS = (POS, TAG, MORPH, LEMMA, DEP)
# A regex is expanded to the strings it matches when there are at most this many.
_MAX_REGEX_STRINGS = 1000


class UnsupportedPattern(ValueError):
    """A pattern this component cannot compile (the real AttributeRuler is used instead)."""


# ---------------------------------------------------------------------------------------------
# Regexes that match finitely many strings


def _sre() -> Any:
    """The regex parser module (``re._parser`` on 3.11+, ``sre_parse`` before)."""
    try:
        return importlib.import_module("re._parser")
    except ImportError:  # pragma: no cover - Python 3.10
        return importlib.import_module("sre_parse")


def _expand_sequence(sre: Any, items: Iterable[tuple[Any, Any]]) -> set[str]:
    results = {""}
    for op, av in items:
        options = _expand_item(sre, op, av)
        results = {r + o for r in results for o in options}
        if len(results) > _MAX_REGEX_STRINGS:
            raise UnsupportedPattern("regex matches too many strings")
    return results


def _expand_item(sre: Any, op: Any, av: Any) -> set[str]:
    if op == sre.LITERAL:
        return {chr(av)}
    if op == sre.IN:
        chars: set[str] = set()
        for sub_op, sub_av in av:
            if sub_op == sre.LITERAL:
                chars.add(chr(sub_av))
            elif sub_op == sre.RANGE and sub_av[1] - sub_av[0] < _MAX_REGEX_STRINGS:
                chars.update(chr(c) for c in range(sub_av[0], sub_av[1] + 1))
            else:
                raise UnsupportedPattern(f"regex class item {sub_op}")
        return chars
    if op == sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise UnsupportedPattern("regex with inline flags")
        return _expand_sequence(sre, sub)
    if op == sre.BRANCH:
        out: set[str] = set()
        for sub in av[1]:
            out |= _expand_sequence(sre, sub)
        return out
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) or op == getattr(sre, "POSSESSIVE_REPEAT", None):
        low, high, sub = av
        if high == sre.MAXREPEAT or high > _MAX_REGEX_STRINGS:
            raise UnsupportedPattern("unbounded regex repeat")
        unit = _expand_sequence(sre, sub)
        out, layer = set(), {""}
        for count in range(high + 1):
            if count >= low:
                out |= layer
            layer = {a + b for a in layer for b in unit}
            if len(out) + len(layer) > _MAX_REGEX_STRINGS:
                raise UnsupportedPattern("regex matches too many strings")
        return out
    raise UnsupportedPattern(f"regex construct {op}")


def regex_strings(pattern: str) -> set[str]:
    """Every string ``re.search(pattern, s)`` accepts, for a regex anchored at both ends.

    Raises:
        UnsupportedPattern: When the regex is not anchored, uses flags or constructs other than
            literals, classes of literals/ranges, groups, alternation and bounded repeats, or
            matches more than a thousand strings.
    """
    sre = _sre()
    parsed = sre.parse(pattern)
    if parsed.state.flags & ~sre.SRE_FLAG_UNICODE:
        raise UnsupportedPattern("regex with flags")
    items = list(parsed)
    begin_codes = (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
    if not items or items[0][0] != sre.AT or items[0][1] not in begin_codes:
        raise UnsupportedPattern("regex not anchored at the start")
    if len(items) < 2 or items[-1][0] != sre.AT:
        raise UnsupportedPattern("regex not anchored at the end")
    end = items[-1][1]
    if end not in (sre.AT_END, sre.AT_END_STRING):
        raise UnsupportedPattern("regex not anchored at the end")
    strings = _expand_sequence(sre, items[1:-1])
    if end == sre.AT_END:  # `$` also matches just before a final newline
        strings |= {s + "\n" for s in strings}
    return strings


# ---------------------------------------------------------------------------------------------
# Compiling patterns


def _attr_id(key: str | int) -> int:
    if isinstance(key, int):
        return key
    name = key.upper()
    if name == "TEXT":
        name = "ORTH"
    if name not in IDS:
        raise UnsupportedPattern(f"unknown attribute {key!r}")
    return int(IDS[name])


def _value_id(value: Any) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (str, int)):
        return int(get_string_id(value))
    raise UnsupportedPattern(f"value {value!r}")


# A constraint on one attribute of one token: ("in" | "not_in", frozenset of value ids).
Constraint = tuple[str, frozenset[int]]


def _constraints(spec: dict[Any, Any]) -> list[tuple[int, Constraint]]:
    out: list[tuple[int, Constraint]] = []
    for key, value in spec.items():
        attr = _attr_id(key)
        if not (attr in _STRING_READ_ATTRS or 0 < attr < _FLAG_LIMIT):
            raise UnsupportedPattern(f"pattern reads attribute {key!r}")
        if not isinstance(value, dict):
            out.append((attr, ("in", frozenset({_value_id(value)}))))
            continue
        for predicate, arg in value.items():
            if predicate == "IN" and isinstance(arg, list):
                out.append((attr, ("in", frozenset(_value_id(v) for v in arg))))
            elif predicate == "NOT_IN" and isinstance(arg, list):
                out.append((attr, ("not_in", frozenset(_value_id(v) for v in arg))))
            elif predicate == "REGEX" and isinstance(arg, str) and attr >= _FLAG_LIMIT:
                ids = frozenset(_value_id(s) for s in regex_strings(arg))
                out.append((attr, ("in", ids)))
            else:
                raise UnsupportedPattern(f"predicate {predicate!r}")
    return out


@dataclass
class _Rule:
    """One compiled pattern alternative: what it reads, which token it sets, what it writes."""

    number: int  # the pattern's position in the ruler: higher wins
    tokens: list[list[tuple[int, Constraint]]]
    index: int  # position, within the match, of the token that is set
    writes: dict[int, int]  # attribute id -> value id


def _compile(vocab: Vocab, patterns: Sequence[dict[str, Any]]) -> list[_Rule]:
    rules = []
    for number, entry in enumerate(patterns):
        normed = normalize_token_attrs(vocab, dict(entry["attrs"]))
        if set(normed) - set(_WRITE_ATTRS):
            raise UnsupportedPattern(f"pattern sets {sorted(entry['attrs'])}")
        writes = {int(attr): int(value) for attr, value in normed.items()}
        index = int(entry.get("index", 0))
        for alternative in entry["patterns"]:
            if not alternative or any("OP" in spec or "_" in spec for spec in alternative):
                raise UnsupportedPattern("quantifier or extension attribute")
            if not -len(alternative) <= index < len(alternative):
                raise UnsupportedPattern("index outside the pattern")
            tokens = [_constraints(spec) for spec in alternative]
            rules.append(_Rule(number, tokens, index % len(alternative), writes))
    return rules


class _Classes:
    """Maps an attribute's values to classes: each mentioned value its own, the rest one."""

    def __init__(self, mentioned: Iterable[int]) -> None:
        self.keys = np.array(sorted(set(mentioned)), dtype=np.uint64)
        self.other = len(self.keys)  # the class of every value no pattern mentions

    @property
    def size(self) -> int:
        return self.other + 1

    def allowed(self, constraint: Constraint) -> np.ndarray:
        kind, values = constraint
        member = np.isin(self.keys, np.array(sorted(values), dtype=np.uint64))
        table = np.append(member, False) if kind == "in" else np.append(~member, True)
        return table

    def of(self, column: np.ndarray) -> np.ndarray:
        if not self.other:
            return np.zeros(len(column), dtype=np.intp)
        pos = np.searchsorted(self.keys, column)
        clipped = np.minimum(pos, self.other - 1)
        return np.where(self.keys[clipped] == column, clipped, self.other)


@dataclass
class _GenericRule:
    number: int
    # per token of the pattern: [(read column position, allowed table over classes)]
    tokens: list[list[tuple[int, np.ndarray]]]
    index: int
    writes: list[tuple[int, int]]  # (write column position, value)


class _Compiled:
    """The patterns as look-up tables (see the module docstring)."""

    TABLE_ATTRS = (LOWER, TAG)

    def __init__(self, rules: list[_Rule]) -> None:
        mentioned: dict[int, set[int]] = {}
        for rule in rules:
            for token in rule.tokens:
                for attr, (_kind, values) in token:
                    mentioned.setdefault(attr, set()).update(values)
        for attr in self.TABLE_ATTRS:
            mentioned.setdefault(attr, set())
        self.read_attrs = sorted(mentioned)
        self.classes = {attr: _Classes(mentioned[attr]) for attr in self.read_attrs}
        self.write_attrs = sorted({attr for rule in rules for attr in rule.writes})
        write_pos = {attr: i for i, attr in enumerate(self.write_attrs)}
        read_pos = {attr: i for i, attr in enumerate(self.read_attrs)}
        lower, tag = (self.classes[a] for a in self.TABLE_ATTRS)
        n_cells = lower.size * tag.size
        n_write = len(self.write_attrs)
        # Winning pattern number (-1: none) and value, per (LOWER class, TAG class) cell.
        self.table_number = np.full((n_cells, n_write), -1, dtype=np.int64)
        self.table_value = np.zeros((n_cells, n_write), dtype=np.uint64)
        self.generic: list[_GenericRule] = []
        for rule in rules:
            reads = {attr for token in rule.tokens for attr, _ in token}
            if len(rule.tokens) == 1 and reads <= set(self.TABLE_ATTRS):
                cells = np.ones((lower.size, tag.size), dtype=bool)
                for attr, constraint in rule.tokens[0]:
                    if attr == LOWER:
                        cells &= lower.allowed(constraint)[:, None]
                    else:
                        cells &= tag.allowed(constraint)[None, :]
                flat = cells.ravel()
                for attr, value in rule.writes.items():
                    col = write_pos[attr]
                    # Rules come in pattern order, so a later one overwrites an earlier one.
                    self.table_number[flat, col] = rule.number
                    self.table_value[flat, col] = value
            else:
                tokens = [
                    [(read_pos[attr], self.classes[attr].allowed(c)) for attr, c in token]
                    for token in rule.tokens
                ]
                writes = [(write_pos[attr], value) for attr, value in rule.writes.items()]
                self.generic.append(_GenericRule(rule.number, tokens, rule.index, writes))
        self.columns: list[int | str] = [*self.read_attrs, *self.write_attrs]
        self.lower_pos = read_pos[LOWER]
        self.tag_pos = read_pos[TAG]
        self.tag_width = tag.size

    def apply(self, doc: Doc) -> None:
        n = len(doc)
        if not n or not self.write_attrs:
            return
        n_read = len(self.read_attrs)
        array: Any = doc.to_array(self.columns)  # uint64 (the stub says float64)
        classes = np.empty((n, n_read), dtype=np.intp)
        for i, attr in enumerate(self.read_attrs):
            classes[:, i] = self.classes[attr].of(array[:, i])
        cell = classes[:, self.lower_pos] * self.tag_width + classes[:, self.tag_pos]
        number = self.table_number[cell]
        value = self.table_value[cell]
        for rule in self.generic:
            length = len(rule.tokens)
            if length > n:
                continue
            starts = n - length + 1
            match = np.ones(starts, dtype=bool)
            for offset, token in enumerate(rule.tokens):
                for col, allowed in token:
                    match &= allowed[classes[offset : offset + starts, col]]
            targets = np.flatnonzero(match) + rule.index
            if not len(targets):
                continue
            for col, val in rule.writes:
                hit = targets[number[targets, col] < rule.number]
                number[hit, col] = rule.number
                value[hit, col] = val
        out = array[:, n_read:]
        np.copyto(out, value, where=number >= 0)
        doc.from_array(self.columns[n_read:], out)


# ---------------------------------------------------------------------------------------------
# The component


class FastAttributeRuler:
    """Sets POS, TAG, MORPH, LEMMA and DEP exactly as an ``AttributeRuler`` with the same
    patterns would, through numpy look-up tables.

    Args:
        vocab: The pipeline's vocabulary.
        name: The component's name.
    """

    def __init__(self, vocab: Vocab, name: str = FACTORY_NAME) -> None:
        self.vocab = vocab
        self.name = name
        self._patterns: list[dict[str, Any]] = []
        self._compiled: _Compiled | None = None
        self._fallback: AttributeRuler | None = None

    @property
    def patterns(self) -> list[dict[str, Any]]:
        """The patterns, in the ``AttributeRuler.patterns`` format."""
        return list(self._patterns)

    @property
    def is_fast(self) -> bool:
        """Whether every pattern was compiled (False: a real AttributeRuler does the work)."""
        return self._fallback is None

    def add_patterns(self, patterns: Iterable[dict[str, Any]]) -> None:
        """Add patterns (dicts with ``patterns``, ``attrs`` and optional ``index``), then
        recompile all of them."""
        self._patterns.extend(
            {"patterns": p["patterns"], "attrs": p["attrs"], "index": p.get("index", 0)}
            for p in patterns
        )
        self._build()

    def _build(self) -> None:
        self._compiled, self._fallback = None, None
        try:
            self._compiled = _Compiled(_compile(self.vocab, self._patterns))
        except UnsupportedPattern as exc:
            warnings.warn(
                f"{self.name}: {exc}; using spaCy's AttributeRuler instead (same result, slower)",
                stacklevel=2,
            )
            self._fallback = AttributeRuler(self.vocab, name=self.name)
            self._fallback.add_patterns(self._patterns)

    def __call__(self, doc: Doc) -> Doc:
        if self._fallback is not None:
            return self._fallback(doc)
        if self._compiled is not None:
            self._compiled.apply(doc)
        return doc

    # Serialization: the patterns, as the AttributeRuler stores them.

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return util.to_bytes({"patterns": lambda: srsly.msgpack_dumps(self._patterns)}, exclude)

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> FastAttributeRuler:
        def load(b: bytes) -> None:
            self._patterns = []
            self.add_patterns(srsly.msgpack_loads(b))

        util.from_bytes(data, {"patterns": load}, exclude)
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        writers: dict[str, Callable[[Path], None]] = {
            "patterns": lambda p: srsly.write_msgpack(p, self._patterns)
        }
        util.to_disk(path, writers, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> FastAttributeRuler:
        def load(p: Path) -> None:
            self._patterns = []
            self.add_patterns(srsly.read_msgpack(p))

        util.from_disk(path, {"patterns": load}, exclude)
        return self


@Language.factory(
    FACTORY_NAME,
    assigns=["token.pos", "token.tag", "token.morph", "token.lemma"],
)
def make_fast_attributes(nlp: Language, name: str) -> FastAttributeRuler:
    """An empty component; fill it with :meth:`FastAttributeRuler.add_patterns`, or use
    :func:`replace_attribute_ruler` to take over a loaded model's ``attribute_ruler``."""
    return FastAttributeRuler(nlp.vocab, name)


def replace_attribute_ruler(nlp: Language, ruler_name: str = "attribute_ruler") -> bool:
    """Swap the pipeline's AttributeRuler for a :class:`FastAttributeRuler` holding its
    patterns, at the same position, under the name ``quotebase_fast_attributes``.

    Returns:
        True when the ruler was replaced; False when the pipeline has none by that name.
    """
    if ruler_name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(ruler_name)
    if not isinstance(ruler, AttributeRuler):
        return False
    patterns = ruler.patterns
    nlp.replace_pipe(ruler_name, FACTORY_NAME)
    nlp.rename_pipe(ruler_name, FACTORY_NAME)
    fast = nlp.get_pipe(FACTORY_NAME)
    assert isinstance(fast, FastAttributeRuler)
    fast.add_patterns(patterns)
    return True
