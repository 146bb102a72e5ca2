"""Resolving the names in chains to entity rows: one row per real person across documents."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quotebase.extract import names
from quotebase.extract.pronouns import PRONOUNS
from quotebase.extract.records import EntityKind, Hop
from quotebase.storage.locks import ADVISORY_NAMESPACE, advisory_key
from quotebase.storage.models import Entity, EntityAlias, EntityKey

# Names recur in every document of an archive: fold each surface form once per process.
_lookup_keys = lru_cache(maxsize=65536)(names.lookup_keys)
_is_person_name = lru_cache(maxsize=65536)(names.is_person_name)

_POSSESSIVE = re.compile(r"['’]s?$")


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

    A person's mention counts only when it is a name ("Suleimani", "Maj. Gen. Qasem
    Soleimani"), not a pronoun or a description ("the text", "the New Yorker's Filkins").
    """
    forms = [hop.name]
    if hop.mention is not None:
        text = _POSSESSIVE.sub("", hop.mention.text.strip())
        # A name starts with a capital; "the New Yorker's Dexter Filkins" is a description.
        if hop.kind == EntityKind.PERSON and not (
            text[:1].isupper() and _is_person_name(text)
        ):
            return forms
        if text and text.lower() not in PRONOUNS and text != hop.name:
            forms.append(text)
    return forms


class EntityResolver:
    """Finds or creates the entity for each hop, within one session (one document)."""

    def __init__(self, session: Session, document_id: int) -> None:
        self.session = session
        self.scope = f"doc:{document_id}"
        self._cache: dict[tuple[str, str], Entity] = {}
        self._aliased: set[tuple[int, str]] = set()  # (entity id, alias) known to be stored
        self._locked = False

    def resolve(self, hop: Hop) -> Entity:
        kind = hop.kind.value if isinstance(hop.kind, EntityKind) else str(hop.kind)
        name = description(hop.name) if kind == EntityKind.UNNAMED.value else hop.name
        cached = self._cache.get((kind, name))
        if cached is None:
            self._serialize()
            if kind == EntityKind.UNNAMED.value:
                cached = self._unnamed(hop.name)
            elif kind == EntityKind.PERSON.value:
                cached = self._person(hop.name)
            else:
                cached = self._organization(hop.name, kind)
            self._cache[(kind, name)] = cached
        for alias in surface_aliases(hop):
            if (cached.id, alias) not in self._aliased:
                self._add_alias(cached, alias)
                self._aliased.add((cached.id, alias))
        return cached

    def add_aliases(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Record other surface forms of people this document's chains resolved to.

        Args:
            pairs: (surface form, in-document name) from the extraction; a pair whose name
                is not a person resolved here is ignored.
        """
        for form, name in pairs:
            entity = self._cache.get((EntityKind.PERSON.value, name))
            if entity is not None and (entity.id, form) not in self._aliased:
                self._add_alias(entity, form)
                self._aliased.add((entity.id, form))
        self.session.flush()

    def _serialize(self) -> None:
        """On PostgreSQL, let one transaction at a time resolve entities.

        Matching a name is a read followed by a write; two ingest processes matching
        "Qasem Soleimani" and "Suleimani" at once would each see no match and create two
        people. A transaction-level advisory lock, released at commit, makes the second wait
        and then see the first's entity. Document transactions are short, so the wait is too.
        """
        if self._locked or self.session.get_bind().dialect.name != "postgresql":
            return
        self.session.execute(
            select(func.pg_advisory_xact_lock(ADVISORY_NAMESPACE, advisory_key("entities")))
        )
        self._locked = True

    def _unnamed(self, name: str) -> Entity:
        # Descriptions ("the negotiator") are scoped to their document, never merged across;
        # "The negotiator" at a sentence start is the same description.
        name = description(name)
        found = self.session.scalar(
            select(Entity).where(
                Entity.kind == EntityKind.UNNAMED.value,
                Entity.scope == self.scope,
                Entity.name == name,
            )
        )
        return found or self._create(name, EntityKind.UNNAMED.value, self.scope)

    def _organization(self, name: str, kind: str) -> Entity:
        key = organization_key(name)
        found = self.session.scalar(
            select(Entity)
            .join(EntityKey)
            .where(Entity.kind == kind, Entity.scope == "", EntityKey.key == key)
            .limit(1)
        )
        return found or self._create(name, kind, "")

    def _person(self, name: str) -> Entity:
        keys = _lookup_keys(name)
        candidates: dict[int, Entity] = {}
        if keys:
            rows = self.session.scalars(
                select(Entity)
                .join(EntityKey)
                .where(
                    Entity.kind == EntityKind.PERSON.value,
                    Entity.scope == "",
                    EntityKey.key.in_(keys),
                )
            )
            candidates = {entity.id: entity for entity in rows}
        if candidates:
            known = [
                names.KnownEntity(
                    id=entity.id,
                    canonical=entity.name,
                    aliases=tuple(alias.alias for alias in entity.aliases),
                )
                for entity in sorted(candidates.values(), key=lambda e: e.id)
            ]
            match = names.match_entity(name, known)
            if match is not None:
                entity = candidates[match]
                better = names.canonical_form([entity.name, name])
                if better != entity.name and not self._name_taken(better):
                    entity.name = better
                return entity
        existing = self.session.scalar(
            select(Entity).where(
                Entity.kind == EntityKind.PERSON.value, Entity.scope == "", Entity.name == name
            )
        )
        return existing or self._create(name, EntityKind.PERSON.value, "")

    def _name_taken(self, name: str) -> bool:
        return (
            self.session.scalar(
                select(Entity.id).where(
                    Entity.kind == EntityKind.PERSON.value, Entity.scope == "", Entity.name == name
                )
            )
            is not None
        )

    def _create(self, name: str, kind: str, scope: str) -> Entity:
        entity = Entity(name=name, kind=kind, scope=scope)
        self.session.add(entity)
        self.session.flush()
        return entity

    def _add_alias(self, entity: Entity, alias: str) -> None:
        if any(existing.alias == alias for existing in entity.aliases):
            return
        entity.aliases.append(EntityAlias(alias=alias))
        if entity.kind == EntityKind.PERSON.value:
            keys = _lookup_keys(alias)
        elif entity.kind == EntityKind.UNNAMED.value:
            keys = []  # descriptions are found by name within their document, never by key
        else:
            keys = [organization_key(alias)]
        known = {existing.key for existing in entity.keys}
        for key in dict.fromkeys(keys):
            if key[:128] not in known:
                entity.keys.append(EntityKey(key=key[:128]))
