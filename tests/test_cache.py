"""The build's one cache (pytorch_notes/cache.py): keyed by what a result is made from,
written whole, one entry per slot, made once by builds that ask at the same time."""

from __future__ import annotations

import threading

from pytorch_notes import cache


def test_the_key_follows_every_input():
    key = cache.key("code", ["2.15.0", "3.11"], {"font": "a.ttf"})
    assert key == cache.key("code", ["2.15.0", "3.11"], {"font": "a.ttf"})
    assert key != cache.key("code", ["2.15.0", "3.11"], {"font": "b.ttf"})
    assert key != cache.key("code!", ["2.15.0", "3.11"], {"font": "a.ttf"})


def test_a_slot_keeps_its_newest_entry_only(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "CACHE", tmp_path)
    kept = cache.Cache("plots", ".svg")
    kept.put("lr.en", "k1", b"one")
    kept.put("lr.zh", "k1", b"other language")
    kept.put("lr.en", "k2", b"two")
    assert kept.get("lr.en", "k1") is None and kept.get("lr.en", "k2") == b"two"
    assert kept.get("lr.zh", "k1") == b"other language"
    assert sorted(p.name for p in (tmp_path / "plots").iterdir() if not p.name.startswith(".")) == [
        "lr.en--k2.svg", "lr.zh--k1.svg"]


def test_builds_at_once_make_an_entry_once(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "CACHE", tmp_path)
    kept, made = cache.Cache("notebooks", ".json"), []

    def make():
        made.append(1)
        return b"executed"

    threads = [threading.Thread(target=lambda: kept.get_or_make("training", "k", make)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert made == [1] and kept.get("training", "k") == b"executed"
