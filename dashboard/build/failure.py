"""Why a build writes nothing."""

from __future__ import annotations


class BuildFailed(Exception):
    """Nothing can be written: the message says why."""
