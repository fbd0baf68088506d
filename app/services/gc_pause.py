"""Pausing Python's cycle collector while a bulk job builds many objects.

The collector runs after every ~700 new containers (dicts, lists) and, as they
pile up, walks the survivors again and again, the whole app's objects too. A
sync import parses tens of thousands of records into dicts: measured on the
sample college, the collector took more time than the JSON parser. Records hold
no reference cycles, so nothing needs collecting until the job is done; the
collector resumes then and catches up at its next run. (Mercurial's ``nogc``
does the same for its large containers.)
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the body with the cycle collector off; restore it as it was afterwards.

    Nesting and other threads are safe: only the outermost pause that found the
    collector on turns it back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
