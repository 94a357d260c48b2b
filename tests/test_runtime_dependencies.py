"""The dashboard runs on requirements.txt alone: no module of the app imports a test-only package.

scipy and statsmodels are test references (requirements-dev.txt); importing scipy.stats would also
cost about a second of every start.
"""

from __future__ import annotations

import subprocess
import sys

from tests.apptest import APP

PACKAGES = ("analysis", "charts", "data_model", "i18n", "reporting", "sample_data", "ui")
IMPORT_EVERYTHING = """
import importlib, pkgutil, sys
for package in sys.argv[1:]:
    for module in pkgutil.walk_packages([package], prefix=package + "."):
        if ".migrations" not in module.name:
            importlib.import_module(module.name)
print(",".join(sorted(name for name in ("scipy", "statsmodels") if name in sys.modules)))
"""


def test_no_app_module_imports_scipy_or_statsmodels() -> None:
    found = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERYTHING, *PACKAGES],
        cwd=APP.parent,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert found.stdout.strip() == ""
