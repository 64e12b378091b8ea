"""Threads hammering shared objects, and batches after fork (no deadlock)."""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
import threading

import claimsift
import pytest


def test_thread_hammer(seed_texts):
    nlp = claimsift.Pipeline()
    expected = [nlp(t).to_dict() for t in seed_texts]
    errors = []

    def work():
        try:
            for _ in range(5):
                got = [d.to_dict() for d in nlp.process_batch(seed_texts, n_threads=2)]
                assert got == expected
                assert [nlp(t).to_dict() for t in seed_texts] == expected
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors


def _child_batch(q):
    out = claimsift.tokenize_batch(["a b c"] * 50, n_threads=2)
    q.put(sum(len(x) for x in out))


@pytest.mark.skipif(sys.platform == "win32", reason="fork is POSIX-only")
@pytest.mark.timeout(60)
def test_batch_after_fork():
    # Warm the parent's pool first: a child inheriting it must not deadlock.
    claimsift.tokenize_batch(["x y"] * 50, n_threads=2)
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    p = ctx.Process(target=_child_batch, args=(q,))
    p.start()
    p.join(30)
    assert p.exitcode == 0, "child deadlocked or crashed"
    assert q.get(timeout=5) == 150
    # and the parent still works
    assert len(claimsift.tokenize_batch(["a b"] * 10, n_threads=2)) == 10


@pytest.mark.timeout(120)
def test_batch_under_spawn():
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=_child_batch, args=(q,))
    p.start()
    p.join(90)
    assert p.exitcode == 0
    assert q.get(timeout=5) == 150


def test_pid_is_recorded():
    assert os.getpid() > 0
