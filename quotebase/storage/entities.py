"""Resolving the names in chains to entity rows: one row per real person across documents.

A document's names are resolved together: every stored entity they could refer to is read in
two queries (the entities, then their aliases and keys), the names are matched in memory, and
what changed is written back in one statement per table. Matching in memory gives the same
result as a query per name would, because nothing else writes entities meanwhile: SQLite has
one writer, and PostgreSQL ingests take an advisory lock first (see ``EntityResolver.load``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast

from sqlalchemy import (
    Connection,
    Table,
    bindparam,
    func,
    literal_column,
    select,
    union,
    union_all,
    update,
)

from quotebase.extract import names
from quotebase.extract.pronouns import PRONOUNS
from quotebase.extract.records import EntityKind, Hop
from quotebase.storage.bulk import insert_rows
from quotebase.storage.locks import ADVISORY_NAMESPACE, entity_lock_key
from quotebase.storage.models import Entity, EntityAlias, EntityKey

# Names recur in every document of an archive: fold each surface form once per process.
_lookup_keys = lru_cache(maxsize=65536)(names.lookup_keys)
_is_person_name = lru_cache(maxsize=65536)(names.is_person_name)

_POSSESSIVE = re.compile(r"['’]s?$")
_ENTITIES = cast(Table, Entity.__table__)
_ALIASES = cast(Table, EntityAlias.__table__)
_KEYS = cast(Table, EntityKey.__table__)
_PERSON = EntityKind.PERSON.value
_UNNAMED = EntityKind.UNNAMED.value
_PUBLICATION = EntityKind.PUBLICATION.value
_BODIES = frozenset({EntityKind.ORGANIZATION.value, _PUBLICATION})
KEY_LENGTH = 128  # entity_keys.key is a String(128): keys are stored cut to that length

# Entities written this document are ordered after every stored one, in creation order, as
# their ids will be.
_NEW_ORDER = 1 << 62


def organization_key(name: str) -> str:
    """Case- and article-insensitive key for organizations and publications."""
    key = name.strip().lower()
    key = re.sub(r"^the\s+", "", key)
    return "org:" + re.sub(r"\s+", " ", key)


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "one", "another", "some"})


def description(name: str) -> str:
    """An unnamed speaker's description with its leading determiner in lower case."""
    first, sep, rest = name.strip().partition(" ")
    if first.lower() in _DETERMINERS:
        return first.lower() + sep + rest
    return name.strip()


def surface_aliases(hop: Hop) -> list[str]:
    """The surface forms a hop contributes as aliases: its name and the mention used.

    A person's mention counts only as :func:`person_alias` has it.
    """
    name = " ".join(hop.name.split())
    forms = [name]
    if hop.mention is not None:
        if hop.kind == EntityKind.PERSON:
            text = person_alias(hop.mention.text, name)
        else:
            text = _POSSESSIVE.sub("", " ".join(hop.mention.text.split()))
        if text and text.lower() not in PRONOUNS and text != name:
            forms.append(text)
    return forms


def person_alias(form: str, name: str) -> str | None:
    """A surface form of the person named ``name`` as an alias, or None when it is not one.

    Only a name counts ("Suleimani", "Maj. Gen. Qasem Soleimani"), not a pronoun or a
    description ("the text", "the New Yorker's Filkins"), and only as far as the name goes (a
    headline's "Ray Says She Never" gives "Ray"); a form naming someone else first ("Roe, Poe
    and Ray") is none of this person's.
    """
    text = _POSSESSIVE.sub("", names.name_surface(form))
    # A name starts with a capital; "the New Yorker's Dexter Filkins" is a description.
    if not (text[:1].isupper() and _is_person_name(text)) or text.lower() in PRONOUNS:
        return None
    if _is_person_name(name) and not names.same_person(text, name):
        return None
    return text


def _kind(hop: Hop) -> str:
    return hop.kind.value if isinstance(hop.kind, EntityKind) else str(hop.kind)


@dataclass(eq=False)
class ResolvedEntity:
    """An entity as this document sees it; ``id`` is None until :meth:`EntityResolver.write`."""

    id: int | None
    name: str
    kind: str
    scope: str
    order: int  # the id, or past every id for an entity created here
    aliases: list[str] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)


class EntityResolver:
    """Finds or creates the entity for each hop of one document, within its transaction.

    Use: :meth:`load` with every hop of the document, :meth:`resolve` each hop (in memory),
    :meth:`add_aliases`, then :meth:`write`, after which every resolved entity has its id.
    """

    def __init__(self, conn: Connection, document_id: int) -> None:
        self.conn = conn
        self.scope = f"doc:{document_id}"
        self._cache: dict[tuple[str, str], ResolvedEntity] = {}
        self._by_id: dict[int, ResolvedEntity] = {}
        self._by_key: dict[str, list[ResolvedEntity]] = {}
        self._by_name: dict[tuple[str, str, str], ResolvedEntity] = {}  # (kind, scope, name)
        self._names_loaded: set[str] = set()  # every stored person of these names is loaded
        self._text = ""  # the document's text
        self._created: list[ResolvedEntity] = []
        self._renamed: list[tuple[ResolvedEntity, str]] = []  # in the order they happened
        self._rekinded: list[ResolvedEntity] = []  # stored organisations now publications
        self._new_aliases: list[tuple[ResolvedEntity, str]] = []
        self._new_keys: list[tuple[ResolvedEntity, str]] = []

    # -- reading -------------------------------------------------------------------------------

    def load(self, hops: Iterable[Hop], text: str = "") -> None:
        """Read every stored entity the hops' names could resolve to, in two queries.

        On PostgreSQL this first takes the entity lock (see :meth:`_serialize`), so that what
        is read stays true until the transaction commits.

        Args:
            hops: Every hop of the document.
            text: The document's text: a given name it writes after a title ("Pope
                Francis") is a name by which its bearer is known, not a given name alone.
        """
        self._text = text
        keys: set[str] = set()
        person_names: set[str] = set()
        unnamed = False
        for hop in hops:
            kind = _kind(hop)
            if kind == _PERSON:
                person_names.add(hop.name)
                keys.update(_lookup_keys(hop.name))
            elif kind == _UNNAMED:
                unnamed = True
            else:
                keys.add(organization_key(hop.name))
        if not (keys or person_names or unnamed):
            return
        self._serialize()
        e = _ENTITIES.c
        found = select(e.id, e.name, e.kind, e.scope)
        # One arm per way of finding an entity, each answered by an index (an OR of them
        # would read the whole table, which grows with every document's descriptions).
        arms = []
        if unnamed:
            arms.append(found.where(e.kind == _UNNAMED, e.scope == self.scope))
        if keys:
            by_key = found.join(_KEYS, _KEYS.c.entity_id == e.id)
            arms.append(by_key.where(_KEYS.c.key.in_(keys)))
        if person_names:
            arms.append(found.where(e.kind == _PERSON, e.scope == "", e.name.in_(person_names)))
        self._names_loaded |= person_names
        for id_, name, kind, scope in self.conn.execute(union(*arms)):
            if id_ in self._by_id:
                continue  # found twice: UNION of one arm keeps duplicates
            entity = ResolvedEntity(id_, name, kind, scope, id_)
            self._by_id[id_] = entity
            self._by_name[(kind, scope, name)] = entity
        if not self._by_id:
            return
        ids = list(self._by_id)
        a, k = _ALIASES.c, _KEYS.c
        forms = union_all(
            select(a.id, a.entity_id, a.alias, literal_column("1")).where(a.entity_id.in_(ids)),
            select(k.id, k.entity_id, k.key, literal_column("0")).where(k.entity_id.in_(ids)),
        )
        for _, entity_id, form, is_alias in sorted(self.conn.execute(forms)):
            entity = self._by_id[entity_id]
            if is_alias:
                entity.aliases.append(form)  # in the order they were stored
            else:
                entity.keys.add(form)
                self._by_key.setdefault(form, []).append(entity)

    def _serialize(self) -> None:
        """On PostgreSQL, let one transaction at a time resolve entities.

        Matching a name is a read followed by a write; two ingest processes matching
        "Qasem Soleimani" and "Suleimani" at once would each see no match and create two
        people. A transaction-level advisory lock, released at commit, makes the second wait
        and then see the first's entity. It is taken before the entities are read: under
        READ COMMITTED each statement sees what was committed when it started. Document
        transactions are short, so the wait is too.
        """
        if self.conn.dialect.name != "postgresql":
            return
        key = entity_lock_key(self.conn)
        self.conn.execute(select(func.pg_advisory_xact_lock(ADVISORY_NAMESPACE, key)))

    # -- resolving, in memory --------------------------------------------------------------------

    def resolve(self, hop: Hop) -> ResolvedEntity:
        """The entity of a hop (loaded by :meth:`load`), recording its surface forms."""
        kind = _kind(hop)
        if kind == _PERSON and not _is_person_name(hop.name):
            # "you", "someone", "President", an unresolved "he": no name to meet in another
            # document, so a description of this one
            kind = _UNNAMED
        name = description(hop.name) if kind == _UNNAMED else hop.name
        entity = self._cache.get((kind, name))
        if entity is None:
            if kind == _UNNAMED:
                entity = self._unnamed(hop.name)
            elif kind == _PERSON:
                entity = self._person(hop.name)
            else:
                entity = self._organization(hop.name, kind)
            self._cache[(kind, name)] = entity
        for alias in surface_aliases(hop):
            self._add_alias(entity, alias)
        return entity

    def add_aliases(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Record other surface forms of people this document's chains resolved to.

        Args:
            pairs: (surface form, in-document name) from the extraction; a pair whose name
                is not a person resolved here is ignored.
        """
        for form, name in pairs:
            entity = self._cache.get((_PERSON, name))
            alias = person_alias(form, name) if entity is not None else None
            if entity is not None and alias is not None:
                self._add_alias(entity, alias)

    def _unnamed(self, name: str) -> ResolvedEntity:
        # Descriptions ("the negotiator") are scoped to their document, never merged across;
        # "The negotiator" at a sentence start is the same description.
        name = description(name)
        found = self._by_name.get((_UNNAMED, self.scope, name))
        return found or self._create(name, _UNNAMED, self.scope)

    def _organization(self, name: str, kind: str) -> ResolvedEntity:
        # An outlet credited in the text ("Politico reported") is read as an organisation,
        # and as a publication where it is a document's outlet: one name, one body; an entity
        # of the hop's own kind comes first.
        key = organization_key(name)
        found = [e for e in self._by_key.get(key, ()) if e.kind in _BODIES and e.scope == ""]
        if found:
            entity = min(found, key=lambda e: (e.kind != kind, e.order))
            if kind == _PUBLICATION and entity.kind != kind:
                self._rekind(entity, kind)  # a document's outlet is a publication
            return entity
        return self._create(name, kind, "")

    def _person(self, name: str) -> ResolvedEntity:
        candidates: dict[int, ResolvedEntity] = {}
        for key in _lookup_keys(name):
            for entity in self._by_key.get(key, ()):
                if entity.kind == _PERSON and entity.scope == "":
                    candidates[entity.order] = entity
        if candidates:
            known = [
                names.KnownEntity(id=order, canonical=entity.name, aliases=tuple(entity.aliases))
                for order, entity in sorted(candidates.items())
            ]
            match = names.match_entity(name, known, self._written(name))
            if match is not None:
                entity = candidates[match]
                better = names.canonical_form([entity.name, name])
                if better != entity.name and not self._name_taken(better):
                    self._rename(entity, better)
                return entity
        existing = self._by_name.get((_PERSON, "", name))
        alone = names.is_given_name_alone(name) and not names.written_with_title(name, self._text)
        if existing is None and alone:
            # "Jane" in a document that never gives her surname: like an unresolved "she", a
            # description of this document, not one "Jane" shared by every document
            return self._unnamed(name)
        return existing or self._create(name, _PERSON, "")

    def _written(self, name: str) -> tuple[str, ...]:
        """For a surname alone, the full names this document writes with its spelling."""
        word = names.strip_titles(name)
        if len(word.split()) != 1:
            return ()
        return names.full_names_written(word, self._text)

    def _name_taken(self, name: str) -> bool:
        if (_PERSON, "", name) in self._by_name:
            return True
        if name in self._names_loaded:
            return False  # every stored person of this name is loaded, and none has it now
        stored = self.conn.execute(
            select(_ENTITIES.c.id).where(
                _ENTITIES.c.kind == _PERSON, _ENTITIES.c.scope == "", _ENTITIES.c.name == name
            )
        ).scalars()
        # A loaded entity renamed here keeps its stored name until write(): it no longer counts.
        return any(id_ not in self._by_id for id_ in stored)

    def _rename(self, entity: ResolvedEntity, name: str) -> None:
        del self._by_name[(entity.kind, entity.scope, entity.name)]
        entity.name = name
        self._by_name[(entity.kind, entity.scope, name)] = entity
        if entity.id is not None:
            self._renamed.append((entity, name))

    def _rekind(self, entity: ResolvedEntity, kind: str) -> None:
        del self._by_name[(entity.kind, entity.scope, entity.name)]
        entity.kind = kind
        self._by_name[(kind, entity.scope, entity.name)] = entity
        if entity.id is not None:
            self._rekinded.append(entity)

    def _create(self, name: str, kind: str, scope: str) -> ResolvedEntity:
        entity = ResolvedEntity(None, name, kind, scope, _NEW_ORDER + len(self._created))
        self._created.append(entity)
        self._by_name[(kind, scope, name)] = entity
        return entity

    def _add_alias(self, entity: ResolvedEntity, alias: str) -> None:
        if alias in entity.aliases:
            return
        entity.aliases.append(alias)
        self._new_aliases.append((entity, alias))
        if entity.kind == _PERSON:
            keys = _lookup_keys(alias)
        elif entity.kind == _UNNAMED:
            keys = []  # descriptions are found by name within their document, never by key
        else:
            keys = [organization_key(alias)]
        for key in keys:
            stored = key[:KEY_LENGTH]
            if stored not in entity.keys:
                entity.keys.add(stored)
                self._new_keys.append((entity, stored))
                self._by_key.setdefault(stored, []).append(entity)

    # -- writing ---------------------------------------------------------------------------------

    def write(self) -> None:
        """Write renamed, re-kinded and new entities, then new aliases and keys: one statement
        each."""
        e = _ENTITIES.c
        if self._renamed:
            # In the order they happened: a name given up by one entity may go to another.
            self.conn.execute(
                update(_ENTITIES).where(e.id == bindparam("entity_id")),
                [{"entity_id": entity.id, "name": name} for entity, name in self._renamed],
            )
        if self._rekinded:
            self.conn.execute(
                update(_ENTITIES).where(e.id == bindparam("entity_id")),
                [{"entity_id": x.id, "kind": x.kind} for x in self._rekinded],
            )
        # New entities are matched back by (kind, scope, name), which is unique.
        rows = insert_rows(
            self.conn,
            _ENTITIES,
            [{"name": x.name, "kind": x.kind, "scope": x.scope} for x in self._created],
            returning=("id", "kind", "scope", "name"),
        )
        ids = {(kind, scope, name): id_ for id_, kind, scope, name in rows}
        for entity in self._created:
            entity.id = ids[(entity.kind, entity.scope, entity.name)]
        insert_rows(
            self.conn,
            _ALIASES,
            [{"entity_id": x.id, "alias": alias} for x, alias in self._new_aliases],
        )
        insert_rows(
            self.conn, _KEYS, [{"entity_id": x.id, "key": key} for x, key in self._new_keys]
        )
        self._renamed, self._created, self._new_aliases, self._new_keys = [], [], [], []
        self._rekinded = []
