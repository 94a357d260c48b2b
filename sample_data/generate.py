"""Command line: fill an empty store with the fictional sample data.

    python -m sample_data.generate --db sqlite:///data/teamspiegel.db [--seed 2015]
        [--as-of 2025-06-30] [--scale regio|national] [--factor 0.01]

`--scale national` makes a store the size of all Dutch wijkteams together (about 350
municipalities, 400 teams, 500,000 cases; about a minute); `--factor` shrinks it.

Exit codes: 0 loaded, 1 store cannot be opened, 2 refused (store has data, or bad arguments).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence

from data_model.meta import SAMPLE_DATA_KEY, set_store_setting
from data_model.store import StoreError, open_store
from sample_data.dataset import (
    DEFAULT_SEED,
    EARLIEST_AS_OF,
    REGIONAL,
    SCALE_NAMES,
    StoreNotEmptyError,
    build_dataset,
    populate,
    populate_scale,
)

__all__ = ["build_dataset", "main", "populate"]

EXIT_STORE_ERROR = 1
EXIT_REFUSED = 2
TABLE_LABELS = {
    "municipality": "gemeenten",
    "area": "wijken en buurten",
    "population_education": "bevolkingscijfers",
    "team": "teams",
    "member": "teamleden",
    "case": "casussen",
    "assignment": "toewijzingen",
    "phase_period": "faseperiodes",
}


def _as_of_argument(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is geen geldige datum; gebruik JJJJ-MM-DD."
        ) from None
    if day < EARLIEST_AS_OF:
        raise argparse.ArgumentTypeError(
            f"de peildatum moet op of na {EARLIEST_AS_OF.isoformat()} liggen."
        )
    return day


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m sample_data.generate",
        description="Vul een lege Teamspiegel-database met fictieve voorbeeldgegevens.",
    )
    parser.add_argument("--db", required=True, help="database-URL, bv. sqlite:///data/demo.db")
    parser.add_argument(
        "--seed", type=int, default=DEFAULT_SEED, help="startwaarde (standaard 2015)"
    )
    parser.add_argument(
        "--as-of",
        type=_as_of_argument,
        default=None,
        help="peildatum JJJJ-MM-DD (standaard vandaag)",
    )
    parser.add_argument(
        "--scale",
        choices=SCALE_NAMES,
        default=REGIONAL.name,
        help="omvang: regio (standaard) of national (alle wijkteams van Nederland)",
    )
    parser.add_argument(
        "--factor",
        type=_factor_argument,
        default=1.0,
        help="alleen bij national: deel van de landelijke omvang, bv. 0.01 (standaard 1)",
    )
    return parser


def _factor_argument(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen getal.") from None
    if not 0 < value <= 2:
        raise argparse.ArgumentTypeError("de factor moet groter dan 0 en hoogstens 2 zijn.")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.factor != 1.0 and args.scale != "national":
        parser.error("--factor kan alleen met --scale national")
    try:
        engine = open_store(args.db).engine
    except StoreError as error:
        print(error.message, file=sys.stderr)
        return EXIT_STORE_ERROR
    try:
        counts = populate_scale(engine, args.scale, args.seed, args.as_of, factor=args.factor)
        set_store_setting(engine, SAMPLE_DATA_KEY, "fictief")
    except StoreNotEmptyError as error:
        print(error, file=sys.stderr)
        return EXIT_REFUSED
    finally:
        engine.dispose()
    print(_summary(counts))
    return 0


def _summary(counts: dict[str, int]) -> str:
    lines = ["Fictieve voorbeeldgegevens geladen:"]
    lines += [f"  {TABLE_LABELS.get(table, table)}: {count}" for table, count in counts.items()]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
