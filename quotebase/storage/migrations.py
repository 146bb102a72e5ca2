"""Running the Alembic migrations from code.

The migrations live in the top-level ``alembic/`` folder of the source tree, and ship inside
the wheel as ``quotebase/_migrations``.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

# Objects the migrations make that the models do not describe (full-text search machinery);
# autogenerate must leave them alone.
UNMODELLED_PREFIXES = ("quotes_fts", "ix_quotes_text_trgm")


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic's include_object hook: skip the full-text search tables and indexes."""
    return not (reflected and name is not None and name.startswith(UNMODELLED_PREFIXES))


def script_location() -> Path:
    """Where the migration scripts are: inside the installed package, or in the source tree."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "_migrations", package.parent / "alembic"):
        if (candidate / "env.py").is_file():
            return candidate
    raise FileNotFoundError("quotebase's migrations are missing from this installation")


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location()))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str = "-1") -> None:
    command.downgrade(alembic_config(engine), revision)


def head_revision() -> str:
    """The revision id of the newest migration script."""
    script = ScriptDirectory.from_config(_bare_config())
    head = script.get_current_head()
    assert head is not None
    return head


def _bare_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location()))
    return config


def current(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
