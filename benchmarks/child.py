"""One measured dashboard process: `python -m benchmarks.child '<json spec>'`.

Runs the app server-side with streamlit's AppTest against the store in the spec and prints one
line `BENCH-RESULT {json}`. Modes:

- `page`: startup (fresh process → the default page rendered, one team selected), then the
  page's cold run (its first render, data cache empty), then warm reruns (cache hits),
  uncached reruns (data cache cleared each time) and runs for other teams (cache misses).
- `naive`: the same page with `data_model.queries` replaced by whole-table reads filtered in
  pandas (benchmarks.naive); uncached runs only.
- `session`: every page in turn for several teams, for the peak memory of a process that has
  served everything.

Heavy imports happen inside `main`, after the clock started, so startup includes them.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

APP = Path(__file__).resolve().parent.parent / "app.py"
TIMEOUT = 600
COMPARISON_PAGE = "pages/vergelijken.py"


def main(spec: dict[str, Any]) -> dict[str, Any]:
    os.environ["TEAMSPIEGEL_DATABASE_URL"] = spec["url"]
    os.environ["TEAMSPIEGEL_SAMPLE_DATA"] = "0"
    os.environ["TEAMSPIEGEL_SINGLE_USER"] = "1"  # one local user: no login screen in between
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    _select(at, spec["team"], spec["period"])
    at.run()
    startup = (time.perf_counter() - STARTED, time.process_time())
    _check(at, "startup")
    result: dict[str, Any] = {"startup": startup, "pages": [_page_path(p) for p in at_pages(at)]}
    mode = spec["mode"]
    if mode == "page":
        result |= _measure_page(at, spec)
    elif mode == "naive":
        result |= _measure_naive(at, spec)
    elif mode == "session":
        result |= _visit_everything(at, spec)
    else:
        raise ValueError(mode)
    result["peak_rss_mib"] = peak_rss_mib()
    return result


def peak_rss_mib() -> float:
    """This process's peak resident memory (VmHWM). Unlike ru_maxrss it starts afresh at exec,
    so a child never reports its parent's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def at_pages(at: Any) -> list[str]:
    """Script paths of the pages the app registered with st.navigation, in menu order."""
    return [str(info["script_path"]) for info in at._registered_pages.values()]


def _page_path(script_path: str) -> str:
    return str(Path(script_path).resolve().relative_to(APP.parent))


def _select(at: Any, team: dict[str, int], period: list[str]) -> None:
    import datetime as dt

    at.session_state["filter_municipality"] = team["municipality_id"]
    at.session_state["filter_team"] = team["team_id"]
    at.session_state["filter_period"] = tuple(dt.date.fromisoformat(day) for day in period)


def _check(at: Any, what: str) -> None:
    if at.exception:
        raise RuntimeError(f"{what}: {at.exception[0].value}")


def _timed(run: Callable[[], Any]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (all threads of this process) of one run."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def _clear_data_cache() -> None:
    import streamlit as st

    st.cache_data.clear()


def _open_page(at: Any, spec: dict[str, Any]) -> None:
    if spec["page"] == COMPARISON_PAGE:
        at.session_state["comparison_teams"] = spec["all_team_ids"]  # every municipality
    at.switch_page(spec["page"])


def _measure_page(at: Any, spec: dict[str, Any]) -> dict[str, Any]:
    _clear_data_cache()
    _open_page(at, spec)
    cold = _timed(at.run)
    _check(at, spec["page"])
    result: dict[str, Any] = {"cold": cold, "figures": _figures(at)}
    if spec.get("cold_only"):
        return result
    runs = spec["runs"]
    result["warm"] = [_timed(at.run) for _ in range(runs)]
    with timed_reads():
        uncached = [_uncached_run(at) for _ in range(runs)]
    result["uncached"] = [run[:2] for run in uncached]
    result["uncached_reads"] = [run[2] for run in uncached]
    _check(at, spec["page"])
    if spec["page"] != COMPARISON_PAGE:
        result["other_team"] = _other_team_runs(at, spec)
    return result


def _uncached_run(at: Any, forget: Callable[[], None] = lambda: None) -> tuple[float, ...]:
    """Wall, CPU and read seconds of a run with the data cache cleared (every read is done)."""
    _clear_data_cache()
    forget()
    READS[0] = 0.0
    return (*_timed(at.run), READS[0])


READS = [0.0]  # seconds spent in data_model.queries reads during the current run


@contextmanager
def timed_reads() -> Iterator[None]:
    """Count the time spent in the page reads (`data_model.queries.load_*`) into READS."""
    from benchmarks.naive import PATCHED
    from data_model import queries

    saved = {name: getattr(queries, name) for name in PATCHED}

    def timed(function: Callable[..., Any]) -> Callable[..., Any]:
        def read(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                READS[0] += time.perf_counter() - started

        return read

    try:
        for name, function in saved.items():
            setattr(queries, name, timed(function))
        yield
    finally:
        for name, function in saved.items():
            setattr(queries, name, function)


def _other_team_runs(at: Any, spec: dict[str, Any]) -> list[tuple[float, float]]:
    """Runs for teams not read before. AppTest cannot always hand a page's own selectboxes a
    new team through the session (KeyError in its widget bookkeeping): then none are reported."""
    runs = []
    try:
        for team in spec["other_teams"]:
            _select(at, team, spec["period"])
            runs.append(_timed(at.run))
            _check(at, spec["page"])
    except KeyError:
        return []
    return runs


def _measure_naive(at: Any, spec: dict[str, Any]) -> dict[str, Any]:
    from benchmarks.naive import forget_tables, naive_queries

    _open_page(at, spec)
    at.run()  # the page's modules imported, as for the uncached runs of the real queries
    with naive_queries(), timed_reads():
        runs = [_uncached_run(at, forget_tables) for _ in range(spec["naive_runs"])]
        _check(at, spec["page"])
        return {
            "naive": [run[:2] for run in runs],
            "naive_reads": [run[2] for run in runs],
            "figures": _figures(at),
        }


def _visit_everything(at: Any, spec: dict[str, Any]) -> dict[str, Any]:
    seconds: dict[str, float] = {}
    for team in [spec["team"], *spec["other_teams"]]:
        _select(at, team, spec["period"])
        for page in spec["pages"]:
            _open_page(at, spec | {"page": page})
            seconds[page] = seconds.get(page, 0.0) + _timed(at.run)[0]
            _check(at, page)
    return {"session_seconds": seconds}


def _figures(at: Any) -> dict[str, str]:
    """What the page shows as metrics: the same figures both ways means the same answers."""
    return {metric.label: str(metric.value) for metric in at.metric}


if __name__ == "__main__":
    print("BENCH-RESULT " + json.dumps(main(json.loads(sys.argv[1]))), flush=True)
