"""The benchmark's report: the machine, the table per page, and the targets met or not."""

from __future__ import annotations

import datetime as dt
import os
import platform
import sqlite3
import statistics
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

WARM_TARGET = 1.0
COLD_TARGET = 3.0
COMPARISON_WARM_TARGET = 2.0
RATIO_TARGET = 10.0
MEMORY_TARGET_MIB = 1024.0
STARTUP_TARGET = 5.0
NAN = float("nan")


Timing = tuple[float, float]  # wall-clock seconds, CPU seconds of the process


@dataclass
class PageResult:
    page: str
    cold: list[Timing] = field(default_factory=list)
    warm: list[Timing] = field(default_factory=list)
    uncached: list[Timing] = field(default_factory=list)
    other_team: list[Timing] = field(default_factory=list)
    naive: list[Timing] = field(default_factory=list)
    uncached_reads: list[float] = field(default_factory=list)  # seconds in the page's reads
    naive_reads: list[float] = field(default_factory=list)
    peak_rss_mib: float = 0.0
    naive_rss_mib: float = 0.0
    figures: dict[str, str] = field(default_factory=dict)  # the page's metrics, label → value
    same_figures: bool | None = None
    error: str = ""

    @property
    def ratio(self) -> float | None:
        """Whole page, naive ÷ ours, both with the data cache empty."""
        if not self.naive or not self.uncached:
            return None
        return wall(self.naive) / wall(self.uncached)

    @property
    def reads_ratio(self) -> float | None:
        """The page's reads alone: whole tables filtered in pandas ÷ filtered in the database."""
        if not self.naive_reads or not self.uncached_reads:
            return None
        return statistics.median(self.naive_reads) / statistics.median(self.uncached_reads)


def wall(timings: list[Timing]) -> float:
    return statistics.median(t[0] for t in timings)


def cpu(timings: list[Timing]) -> float:
    return statistics.median(t[1] for t in timings)


@dataclass
class Run:
    started: dt.datetime
    machine: dict[str, str]
    store: dict[str, str]
    team: str
    startups: list[Timing]
    pages: list[PageResult]
    session_rss_mib: float
    settings: str


def machine() -> dict[str, str]:
    return {
        "cores (nproc)": str(len(os.sched_getaffinity(0))),
        "CPU": _cpu_model(),
        "RAM": f"{_memory_gib():.1f} GiB",
        "load average at start (1/5/15 min)": " / ".join(f"{x:.2f}" for x in os.getloadavg()),
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "versions": ", ".join(
            f"{name} {version(name)}"
            for name in ("streamlit", "pandas", "sqlalchemy", "numpy", "plotly")
        )
        + f", SQLite {sqlite3.sqlite_version}",
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gib() -> float:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024**2
    except OSError:
        pass
    return float("nan")


def _median(timings: list[Timing]) -> str:
    """'wall (cpu)' medians in seconds."""
    return f"{wall(timings):.2f} ({cpu(timings):.2f})" if timings else "–"


def _yes(flag: bool | None) -> str:
    return "–" if flag is None else "yes" if flag else "**NO**"


def page_table(pages: list[PageResult]) -> list[str]:
    lines = [
        "| page | cold | warm | uncached | other team | naive | naive ÷ uncached "
        "| reads: ours / naive | reads ratio | peak RSS MiB | naive RSS MiB | same figures |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for result in pages:
        if result.error:
            lines.append(f"| {result.page} | error: {result.error} |||||||||||")
            continue
        naive_rss = f"{result.naive_rss_mib:.0f}" if result.naive_rss_mib else "–"
        lines.append(
            f"| {result.page} | {_median(result.cold)} | {_median(result.warm)} "
            f"| {_median(result.uncached)} | {_median(result.other_team)} "
            f"| {_median(result.naive)} | {_times(result.ratio)} | {_reads(result)} "
            f"| {_times(result.reads_ratio)} | {result.peak_rss_mib:.0f} | {naive_rss} "
            f"| {_yes(result.same_figures)} |"
        )
    return lines


def _times(ratio: float | None) -> str:
    return "–" if ratio is None else f"{ratio:.0f}×" if ratio >= 2 else f"{ratio:.1f}×"


def _reads(result: PageResult) -> str:
    if not result.naive_reads or not result.uncached_reads:
        return "–"
    ours = statistics.median(result.uncached_reads)
    return f"{ours:.3f} / {statistics.median(result.naive_reads):.2f}"


def targets(run: Run, comparison_page: str) -> list[str]:
    ok = [p for p in run.pages if not p.error]
    team_pages = [p for p in ok if p.page != comparison_page]
    comparison = [p for p in ok if p.page == comparison_page]
    worst_warm = max(((wall(p.warm), p.page) for p in team_pages if p.warm), default=(NAN, "–"))
    worst_cold = max(((wall(p.cold), p.page) for p in ok if p.cold), default=(NAN, "–"))
    ratios = [(p.reads_ratio, p.page) for p in ok if p.reads_ratio is not None]
    page_ratios = [(p.ratio, p.page) for p in ok if p.ratio is not None]
    peak = max([p.peak_rss_mib for p in ok] + [run.session_rss_mib])
    startup = wall(run.startups) if run.startups else NAN
    rows = [
        (
            f"every page warm < {WARM_TARGET:g} s (one team)",
            worst_warm[0] < WARM_TARGET,
            f"slowest {worst_warm[0]:.2f} s ({worst_warm[1]})",
        ),
        (
            f"every page cold < {COLD_TARGET:g} s",
            worst_cold[0] < COLD_TARGET,
            f"slowest {worst_cold[0]:.2f} s ({worst_cold[1]})",
        ),
    ]
    if comparison and comparison[0].warm:
        value = wall(comparison[0].warm)
        rows.append(
            (
                f"comparison page, all municipalities, warm < {COMPARISON_WARM_TARGET:g} s",
                value < COMPARISON_WARM_TARGET,
                f"{value:.2f} s",
            )
        )
    if ratios:
        low, low_page = min(ratios), min(page_ratios)
        rows.append(
            (
                f"≥ {RATIO_TARGET:g}× faster than naive: the page's reads (same figures)",
                low[0] >= RATIO_TARGET,
                f"lowest {low[0]:.0f}× ({low[1]}); whole page run, rendering included: "
                f"lowest {_times(low_page[0])} ({low_page[1]})",
            )
        )
    rows += [
        (
            f"peak memory of a dashboard process < {MEMORY_TARGET_MIB:g} MiB",
            peak < MEMORY_TARGET_MIB,
            f"{peak:.0f} MiB",
        ),
        (
            f"startup against the national store < {STARTUP_TARGET:g} s",
            startup < STARTUP_TARGET,
            f"median {startup:.2f} s (CPU {cpu(run.startups) if run.startups else NAN:.2f} s), "
            f"slowest {max((t[0] for t in run.startups), default=NAN):.2f} s",
        ),
    ]
    lines = ["| target | met | measured |", "|---|---|---|"]
    lines += [f"| {name} | {_yes(met)} | {measured} |" for name, met, measured in rows]
    return lines


def markdown(run: Run, comparison_page: str) -> str:
    parts = [
        f"# Benchmark — {run.started:%Y-%m-%d %H:%M}",
        "",
        "`python -m benchmarks.run` " + run.settings,
        "",
        "## Machine",
        "",
        *[f"- {key}: {value}" for key, value in run.machine.items()],
        "",
        "## Store",
        "",
        *[f"- {key}: {value}" for key, value in run.store.items()],
        f"- selected: {run.team}",
        "",
        "## Targets",
        "",
        *targets(run, comparison_page),
        "",
        "## Pages (medians: wall-clock seconds, in brackets CPU seconds of the process)",
        "",
        *page_table(run.pages),
        "",
        _legend(run),
    ]
    return "\n".join(parts) + "\n"


def _legend(run: Run) -> str:
    return (
        "Server-side, through streamlit's AppTest. Wall-clock time is what a user waits for; "
        "the CPU time of the process beside it shows how much of that was work rather than "
        "waiting for a core on a busy machine (see the load average). *startup*: fresh process "
        "until the default page (Overzicht) is rendered, imports and opening the store "
        f"included (median of {len(run.startups)} processes). *cold*: a page's first render in "
        "a fresh process right after startup, data cache empty (median over fresh processes). "
        "*warm*: rerun with the cached reads. *uncached*: rerun with the data cache cleared "
        "(every read goes to the database). *other team*: the next-biggest teams, never read "
        "before in the process. *naive*: the same page with every read replaced by reading the "
        "whole tables with pandas and filtering in memory (each table once per run), data cache "
        "cleared; *naive ÷ uncached* compares the two for the same page, team and figures. "
        "*reads*: of those runs, the seconds spent in the page's reads (data_model.queries), "
        "ours / naive, and their ratio: the work the naive approach changes; the rest of a run "
        "(analysis, charts, AppTest) is the same both ways. "
        "*peak RSS*: the dashboard process's peak resident memory (VmHWM); *naive RSS* of the "
        "naive one. *same figures*: the page's metrics are identical both ways. Peak memory of "
        f"one process that served every page for three teams: {run.session_rss_mib:.0f} MiB."
    )
