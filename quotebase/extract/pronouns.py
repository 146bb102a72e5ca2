"""Pronoun sets shared by coreference, storage and the scorer (no spaCy needed)."""

from __future__ import annotations

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
NARRATOR_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our"})
SECOND_PERSON_PRONOUNS = frozenset({"you", "your", "yours", "yourself"})
THIRD_PERSON_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
DEMONSTRATIVE_PRONOUNS = frozenset({"this", "that", "these", "those"})

# Any of these names no one by itself.
PRONOUNS = (
    THIRD_PERSON_PRONOUNS
    | NEUTER_PRONOUNS
    | NARRATOR_PRONOUNS
    | SECOND_PERSON_PRONOUNS
    | RELATIVE_PRONOUNS
    | DEMONSTRATIVE_PRONOUNS
)
