"""Replay the calls one extract makes to named functions: a revision's code against the worktree's, alternated.

    python bench/replay_calls.py --base main parley.events._parse:governing_verb parley.coder._sparse:_up:list

A speed repair inside one function is too small to see in a whole-pipeline bench (under 1 % of an
article), and a cProfile of the extract charges garbage collections to whatever allocates at that
moment. This records the arguments of every call the extract of ``extract_check.py``'s parsed
real-looking articles makes to each named function (``module:function``, ``:list`` for a generator
whose items are read), then calls the function of the base revision (its module's source at
``--base``, loaded beside the worktree's) and the worktree's on the same arguments, alternated for
``--rounds`` rounds, each article's calls inside :func:`parley._columns.holding_columns` of its Doc as
the pipeline holds it. It checks that both give the same results, and prints the CPU time of each
per article (best and median): the saving a repair measures on its own callers.

A recorded call keeps its arguments (and so their Docs and token views) alive: the views are not
released while recording, and a function whose calls change their arguments cannot be replayed.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import subprocess
import sys
import time
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
#: A recorded call: its positional and keyword arguments.
Call = tuple[tuple[Any, ...], dict[str, Any]]


@dataclass(frozen=True)
class Target:
    """A function to replay: ``module:function`` (``:list`` when it is a generator read to the end)."""

    module: str
    function: str
    drained: bool = False

    @classmethod
    def parse(cls, spec: str) -> Target:
        parts = spec.split(":")
        if len(parts) not in (2, 3) or (len(parts) == 3 and parts[2] != "list"):
            raise ValueError(f"expected module:function or module:function:list, got {spec!r}")
        return cls(parts[0], parts[1], len(parts) == 3)


@dataclass
class Timings:
    """CPU milliseconds an article of each replay round, old and new."""

    old: list[float] = field(default_factory=list)
    new: list[float] = field(default_factory=list)

    def line(self) -> str:
        def best_median(xs: list[float]) -> str:
            return f"{min(xs):.3f}/{statistics.median(xs):.3f}"

        return f"old best/median {best_median(self.old)}, new {best_median(self.new)} ms CPU an article"


def module_from_source(name: str, source: str, path: str) -> types.ModuleType:
    """A module named ``name`` + "_base" run from ``source`` in the package of ``name`` (so its relative
    imports reach the worktree's modules), registered in ``sys.modules`` (dataclasses look it up there)."""
    module = types.ModuleType(name + "_base")
    module.__package__ = name.rpartition(".")[0]
    module.__file__ = path
    sys.modules[module.__name__] = module
    exec(compile(source, path, "exec"), module.__dict__)  # noqa: S102 (the repository's own code at a revision)
    return module


def _base_function(target: Target, base: str) -> Callable[..., Any]:
    path = "src/" + target.module.replace(".", "/") + ".py"
    source = subprocess.run(["git", "show", f"{base}:{path}"], capture_output=True, text=True, check=True).stdout
    function: Callable[..., Any] = getattr(module_from_source(target.module, source, path), target.function)
    return function


def _patch_everywhere(name: str, old: object, new: object) -> list[tuple[types.ModuleType, str, object]]:
    """Put ``new`` wherever a loaded module holds ``old`` under ``name`` (its own module and importers)."""
    done = []
    for module in list(sys.modules.values()):
        if isinstance(module, types.ModuleType) and module.__dict__.get(name) is old:
            setattr(module, name, new)
            done.append((module, name, old))
    return done


def _record(targets: list[Target], count: int, coder: str) -> dict[Target, list[Call]]:
    """Every call to each target during one extract of ``count`` parsed bench articles."""
    sys.path.insert(0, str(HERE))
    import extract_check

    from parley.coder import _view

    pipeline, docs, sdocs = extract_check.prepared(count, coder)
    calls: dict[Target, list[Call]] = {t: [] for t in targets}
    undo = _patch_everywhere("release", _view.release, lambda views: None)  # recorded views keep their links
    for target in targets:
        original = getattr(importlib.import_module(target.module), target.function)

        def recording(*args: Any, _f: Callable[..., Any] = original, _to: list[Call] = calls[target], **kw: Any) -> Any:
            _to.append((args, kw))
            return _f(*args, **kw)

        undo += _patch_everywhere(target.function, original, recording)
    try:
        extract_check._extract(pipeline, docs, sdocs)
    finally:
        for module, name, old in reversed(undo):
            setattr(module, name, old)
    return calls


def _run(function: Callable[..., Any], by_doc: list[tuple[Any, list[Call]]], drained: bool) -> float:
    from parley._columns import holding_columns

    start = time.process_time()
    for sdoc, calls in by_doc:
        with holding_columns(sdoc):
            for args, kw in calls:
                if drained:
                    list(function(*args, **kw))
                else:
                    function(*args, **kw)
    return time.process_time() - start


def _same(a: Any, b: Any) -> bool:
    """Equal results (spaCy tokens and token views compare by index)."""
    if hasattr(a, "i") and hasattr(b, "i"):
        return type(a) is type(b) and a.i == b.i
    return bool(a == b)


def replay(target: Target, calls: list[Call], base: str, rounds: int, articles: int) -> Timings:
    """Check the base's and the worktree's function give the same results on ``calls``, then time both."""
    new = getattr(importlib.import_module(target.module), target.function)
    old = _base_function(target, base)
    for args, kw in calls:
        a, b = old(*args, **kw), new(*args, **kw)
        if target.drained:
            a, b = list(a), list(b)
        if isinstance(a, list) and isinstance(b, list):
            same = len(a) == len(b) and all(map(_same, a, b))
        else:
            same = _same(a, b)
        if not same:
            raise AssertionError(f"{target.function}: base gave {a!r}, worktree {b!r}")
    by_doc: dict[int, tuple[Any, list[Call]]] = {}
    for args, kw in calls:
        sdoc = getattr(args[0], "doc", None) if args else None
        by_doc.setdefault(id(sdoc), (sdoc, []))[1].append((args, kw))
    timings = Timings()
    for _ in range(rounds):
        timings.old.append(1000 * _run(old, list(by_doc.values()), target.drained) / articles)
        timings.new.append(1000 * _run(new, list(by_doc.values()), target.drained) / articles)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("targets", nargs="+", help="module:function or module:function:list")
    parser.add_argument("--base", default="main", help="the revision to compare with (default main)")
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--real", type=int, default=100, help="parsed real-looking articles (default 100)")
    parser.add_argument("--coder", default="learned")
    args = parser.parse_args()
    targets = [Target.parse(spec) for spec in args.targets]
    calls = _record(targets, args.real, args.coder)
    for target in targets:
        timings = replay(target, calls[target], args.base, args.rounds, args.real)
        per_article = len(calls[target]) / args.real
        print(f"{target.module}.{target.function}: {per_article:.0f} calls an article; {timings.line()}")


if __name__ == "__main__":
    main()
