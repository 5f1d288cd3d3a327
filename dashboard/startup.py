"""Keep a build process lean: it never uses pandas, but pyarrow imports pandas (about a third of
a second, as long as the rest of the start-up) at its first conversion whenever it can.

`refuse_pandas()` makes pandas unimportable in this process, so pyarrow finds none and goes on
without it. Call it only where nothing after needs pandas: `python -m dashboard build`, not
the app (where pandas is already loaded and this does nothing).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from types import ModuleType


class _PandasRefused(MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname == "pandas" or fullname.startswith("pandas."):
            raise ModuleNotFoundError("this build process does not load pandas (dashboard.startup)", name=fullname)
        return None


def refuse_pandas() -> None:
    """Refuse pandas to every later import in this process; nothing is done when it is loaded
    already.

    >>> import subprocess, sys
    >>> code = "from dashboard.startup import refuse_pandas; refuse_pandas(); import pyarrow as pa; pa.array([1]); import pandas"
    >>> "ModuleNotFoundError" in subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stderr
    True
    """
    if "pandas" not in sys.modules and not any(isinstance(f, _PandasRefused) for f in sys.meta_path):
        sys.meta_path.insert(0, _PandasRefused())
