"""quotebase works installed as a wheel: the migrations ship inside it."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return next(out.glob("quotebase-*.whl"))


def test_wheel_carries_the_migrations_and_the_console_script(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "quotebase/_migrations/env.py" in names
    assert "quotebase/_migrations/script.py.mako" in names
    assert any(n.startswith("quotebase/_migrations/versions/0001_") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "quotebase = quotebase.cli:app" in text
    assert "quotebase_quotes = quotebase.extract.component:make_quotes_component" in text


def test_installed_wheel_migrates_a_new_database(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import quotebase.storage.migrations as m;"
        "assert str(m.script_location()).startswith(sys.argv[1]), m.script_location();"
        "from quotebase.storage.engine import open_database, current_revision;"
        "print(current_revision(open_database(sys.argv[2])))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(target), str(tmp_path / "w.db")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0002"
