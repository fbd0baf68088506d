"""Fixtures shared by the unit tests of one area live in that area's helper module."""

from tests.unit.sync_fixtures import trio, trio_template  # noqa: F401
