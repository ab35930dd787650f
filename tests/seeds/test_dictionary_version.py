"""dictionary_version: a hash over every seed table, so coded events say which dictionary made them."""

from __future__ import annotations

import shutil

from dyadflow.reference import dictionary_version, load_reference


def test_version_is_stable_and_short(reference, repo_root):
    assert reference.dictionary_version == dictionary_version(repo_root / "seeds")
    assert len(reference.dictionary_version) == 16
    int(reference.dictionary_version, 16)


def _copy_seeds(repo_root, tmp_path):
    root = tmp_path / "seeds"
    shutil.copytree(repo_root / "seeds", root)
    return root


def test_any_table_change_changes_the_version(repo_root, tmp_path):
    root = _copy_seeds(repo_root, tmp_path)
    before = dictionary_version(root)
    path = root / "agents.csv"
    path.write_text(path.read_text(encoding="utf-8") + "snipers,MIL,\n", encoding="utf-8")
    after = dictionary_version(root)
    assert after != before
    assert load_reference(root).dictionary_version == after


def test_renaming_a_table_changes_the_version(repo_root, tmp_path):
    root = _copy_seeds(repo_root, tmp_path)
    before = dictionary_version(root)
    (root / "regions.csv").rename(root / "regions_old.csv")
    assert dictionary_version(root) != before


def test_demo_articles_do_not_change_the_version(repo_root, tmp_path):
    root = _copy_seeds(repo_root, tmp_path)
    before = dictionary_version(root)
    (root / "articles" / "_metadata.csv").write_text("file,id,title,source,url,published_at\n", encoding="utf-8")
    (root / "README.md").write_text("changed", encoding="utf-8")
    assert dictionary_version(root) == before
