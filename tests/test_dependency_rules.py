"""The dependency rules of docs/architecture.md, checked on the source (no imports run).

- `dyadflow/normalize` and `dyadflow/coder` are pure: they import no duckdb, prefect, httpx,
  polars, pyarrow or other I/O library, and call no file or network I/O.
- Only `dyadflow/cli/run.py` and `dyadflow/cli/serve.py` import `flows` or prefect, and
  only inside functions (so `dyadflow --help` and other commands never load prefect, and
  the Prefect environment is set before it is first imported).
- Nothing in `dyadflow/` imports `flows` (the dependency points the other way).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "dyadflow"
PURE_DIRS = ("normalize", "coder")
IO_MODULES = {"duckdb", "prefect", "httpx", "polars", "pyarrow", "requests", "urllib",
              "socket", "sqlite3", "subprocess", "shutil", "flows", "prefect_dask",
              "dyadflow.resources", "dyadflow.warehouse", "dyadflow.readers",
              "dyadflow.staging", "dyadflow.coding"}
IO_CALLS = {"open", "read_text", "read_bytes", "write_text", "write_bytes", "urlopen",
            "mkdir", "unlink", "rmtree", "iterdir", "glob", "rglob"}
PREFECT_ALLOWED = {PACKAGE / "cli" / "run.py", PACKAGE / "cli" / "serve.py"}


def imports_of(tree: ast.AST) -> list[tuple[str, ast.AST, bool]]:
    """(module, node, at_module_level) of every import in `tree`."""
    found = []
    top_level = {id(node) for node in getattr(tree, "body", [])}
    # imports under `if TYPE_CHECKING:` only exist for type checkers
    type_only = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            type_only.update(id(child) for child in ast.walk(node))
    for node in ast.walk(tree):
        if id(node) in type_only:
            continue
        if isinstance(node, ast.Import):
            found += [(alias.name, node, id(node) in top_level) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, node, id(node) in top_level))
    return found


def _matches(module: str, names: set[str]) -> str | None:
    for name in names:
        if module == name or module.startswith(name + "."):
            return name
    return None


def python_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "_data" not in p.parts)


@pytest.mark.parametrize("folder", PURE_DIRS)
def test_pure_packages_import_no_io_library(folder):
    problems = []
    for path in python_files(PACKAGE / folder):
        for module, node, _ in imports_of(ast.parse(path.read_text(encoding="utf-8"))):
            if _matches(module, IO_MODULES):
                problems.append(f"{path.relative_to(REPO)}:{node.lineno} imports {module}")
    assert problems == []


@pytest.mark.parametrize("folder", PURE_DIRS)
def test_pure_packages_do_no_file_or_network_io(folder):
    problems = []
    for path in python_files(PACKAGE / folder):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in IO_CALLS:
                    problems.append(f"{path.relative_to(REPO)}:{node.lineno} calls {name}()")
    assert problems == []


def test_only_run_and_serve_import_prefect_and_only_inside_functions():
    problems = []
    for path in python_files(PACKAGE):
        for module, node, top_level in imports_of(ast.parse(path.read_text(encoding="utf-8"))):
            if not _matches(module, {"prefect", "flows", "prefect_dask"}):
                continue
            where = f"{path.relative_to(REPO)}:{node.lineno} imports {module}"
            if path not in PREFECT_ALLOWED:
                problems.append(where)
            elif top_level:
                problems.append(where + " at module level")
    assert problems == []


def test_the_scan_sees_what_it_should(tmp_path):
    """The checks above find violations (so their passing means something)."""
    source = (
        "import duckdb\n"
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    import polars\n"
        "def f():\n    from prefect import flow\n    return open('x')\n"
    )
    tree = ast.parse(source)
    found = {(m, top) for m, _, top in imports_of(tree)}
    assert ("duckdb", True) in found and ("prefect", False) in found
    assert not any(m == "polars" for m, _ in found)
    calls = [n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call)
             and isinstance(n.func, ast.Name)]
    assert "open" in calls
