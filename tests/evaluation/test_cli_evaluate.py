"""`dyadflow evaluate` argument handling (no coder needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadflow.cli import main


def test_missing_data_directory_is_a_clear_error(tmp_path: Path, capsys) -> None:
    assert main(["evaluate", "--data", str(tmp_path / "absent")]) == 2
    err = capsys.readouterr().err
    assert "evaluation data directory not found" in err and "absent" in err


def test_help_names_the_sets(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["evaluate", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "petr2, plover, conflibert" in out
