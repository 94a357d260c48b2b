"""Benchmark every page on the national-size store, the way it runs in production and naively.

    python -m benchmarks.run [--runs 5] [--naive-runs 3] [--page pages/duos.py ...] [--quick]

Generates the national store into benchmarks/data/ the first time (about a minute), then times
every page server-side with streamlit's AppTest for the biggest team and the last 12 months:
startup and cold in fresh processes, warm and uncached reruns, other teams, the naive baseline,
peak memory. Prints a Markdown table and writes benchmarks/results/latest.md (and .json).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from benchmarks.child import COMPARISON_PAGE
from benchmarks.national_store import STORE_PATH, StoreInfo, load_or_generate
from benchmarks.report import PageResult, Run, Timing, machine, markdown

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
DEFAULT_PAGE = "pages/overzicht.py"
# Pages whose every read goes through data_model.queries, so the naive baseline applies.
NAIVE_PAGES = (
    "pages/overzicht.py",
    "pages/samenstelling.py",
    "pages/bevolking.py",
    "pages/duos.py",
    "pages/fasen.py",
    "pages/bevoegdheden.py",
)
CHILD_TIMEOUT = 3600


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    started = dt.datetime.now()
    machine_info = machine()
    print("== store", flush=True)
    info, generated = load_or_generate(args.store, args.seed, args.as_of)
    spec = _base_spec(info, args)
    first = _page_results(args.page[0] if args.page else DEFAULT_PAGE, spec, args.runs)
    pages = args.page or [DEFAULT_PAGE, *[p for p in first.pop("pages") if p != DEFAULT_PAGE]]
    results, startups = [first["result"]], list(first["startups"])
    print(f"   startup {first['startups']}", flush=True)
    for page in pages[1:]:
        found = _page_results(page, spec, args.runs)
        results.append(found["result"])
        startups += found["startups"]
    for result in results:
        if result.page in NAIVE_PAGES and not result.error and args.naive_runs:
            _add_naive(result, spec, args.naive_runs)
    session_rss = _session_peak(spec, pages)
    run = Run(
        started=started,
        machine=machine_info | {"load average at end": _load()},
        store=_store_facts(info, generated),
        team=_team_text(info),
        startups=startups,
        pages=results,
        session_rss_mib=session_rss,
        settings=" ".join(sys.argv[1:]) or "(defaults: --runs 5 --naive-runs 3)",
    )
    text = markdown(run, COMPARISON_PAGE)
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)
    args.out.with_suffix(".json").write_text(json.dumps(_raw(run), indent=2, default=str))
    print(f"written: {args.out}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="fresh processes and reruns per page")
    parser.add_argument("--naive-runs", type=int, default=3, help="naive runs per page (0: none)")
    parser.add_argument("--page", action="append", help="only this page (repeatable)")
    parser.add_argument("--quick", action="store_true", help="--runs 3 --naive-runs 1")
    parser.add_argument("--store", type=Path, default=STORE_PATH)
    parser.add_argument("--seed", type=int, default=2015)
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=None)
    parser.add_argument("--out", type=Path, default=RESULTS / "latest.md")
    return parser


def _base_spec(info: StoreInfo, args: argparse.Namespace) -> dict[str, Any]:
    if args.quick:
        args.runs, args.naive_runs = 3, min(args.naive_runs, 1)
    start, end = info.period
    team = info.teams[0]
    return {
        "url": info.url,
        "period": [start.isoformat(), end.isoformat()],
        "team": {"team_id": team.team_id, "municipality_id": team.municipality_id},
        "other_teams": [
            {"team_id": t.team_id, "municipality_id": t.municipality_id}
            for t in info.teams[1 : args.runs + 1]
        ],
        "all_team_ids": info.all_team_ids,
        "runs": args.runs,
        "naive_runs": args.naive_runs,
    }


def _child(spec: dict[str, Any]) -> dict[str, Any]:
    env = dict(os.environ, STREAMLIT_LOGGER_LEVEL="error", PYTHONPATH=str(PROJECT_ROOT))
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.child", json.dumps(spec)],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
    )
    for line in reversed(done.stdout.splitlines()):
        if line.startswith("BENCH-RESULT "):
            return dict(json.loads(line.removeprefix("BENCH-RESULT ")))
    tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
    raise RuntimeError(" / ".join(tail) or f"exit code {done.returncode}")


def _page_results(page: str, spec: dict[str, Any], runs: int) -> dict[str, Any]:
    print(f"== {page}", flush=True)
    result = PageResult(page)
    startups: list[Timing] = []
    pages: list[str] = []
    try:
        for index in range(runs):
            found = _child(spec | {"mode": "page", "page": page, "cold_only": index > 0})
            startups.append((found["startup"][0], found["startup"][1]))
            pages = pages or found["pages"]
            result.cold.append(tuple(found["cold"]))
            result.peak_rss_mib = max(result.peak_rss_mib, found["peak_rss_mib"])
            for key in ("warm", "uncached", "other_team"):
                getattr(result, key).extend(tuple(t) for t in found.get(key, []))
            result.uncached_reads.extend(found.get("uncached_reads", []))
            result.figures = result.figures or found["figures"]
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        result.error = str(error)[:200]
    return {"result": result, "startups": startups, "pages": pages}


def _add_naive(result: PageResult, spec: dict[str, Any], runs: int) -> None:
    print(f"== naive {result.page}", flush=True)
    try:
        found = _child(spec | {"mode": "naive", "page": result.page, "naive_runs": runs})
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        result.error = f"naive: {str(error)[:180]}"
        return
    result.naive = [tuple(t) for t in found["naive"]]
    result.naive_reads = found["naive_reads"]
    result.naive_rss_mib = found["peak_rss_mib"]
    result.same_figures = bool(result.figures) and result.figures == found["figures"]


def _session_peak(spec: dict[str, Any], pages: list[str]) -> float:
    print("== session (every page, three teams)", flush=True)
    session = spec | {"mode": "session", "pages": pages, "other_teams": spec["other_teams"][:2]}
    try:
        return float(_child(session)["peak_rss_mib"])
    except (RuntimeError, subprocess.TimeoutExpired) as error:
        print(f"session failed: {error}", file=sys.stderr)
        return float("nan")


def _store_facts(info: StoreInfo, generated: bool) -> dict[str, str]:
    size = Path(info.path).stat().st_size / 1024**2
    rows = ", ".join(f"{name} {count:,}" for name, count in info.rows.items())
    how = "generated in this run" if generated else "generated earlier"
    return {
        "file": f"{Path(info.path).name}, {size:.0f} MiB (SQLite)",
        "rows": rows,
        "generation": f"{info.generation_seconds:.0f} s ({how}; seed {info.seed}, "
        f"as of {info.as_of})",
    }


def _team_text(info: StoreInfo) -> str:
    team = info.teams[0]
    start, end = info.period
    return (
        f"the biggest team (id {team.team_id}: {team.cases_in_period:,} cases open in the "
        f"period, {team.members} members), period {start:%d-%m-%Y} – {end:%d-%m-%Y}; other "
        f"team: the next-biggest teams"
    )


def _load() -> str:
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


def _raw(run: Run) -> dict[str, Any]:
    raw = asdict(run)
    raw["startup_median"] = statistics.median(t[0] for t in run.startups) if run.startups else None
    return raw


if __name__ == "__main__":
    sys.exit(main())
