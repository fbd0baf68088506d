"""Sync by signed bundles between the quality office and the units (issue 5).

A unit's PC has no network: its secretary exports a bundle (``.zgb``, a signed
zip) to a USB stick, the quality office imports every unit's bundle, merges, and
sends each unit a bundle back. The modules, each small and free of Qt:

- :mod:`.vectors`  version vectors (never wall clocks)
- :mod:`.registry` the travelling record types and who may author each
- :mod:`.codec`    records to and from JSON, with validation
- :mod:`.keys`, :mod:`.trust`  Ed25519 keys, fingerprints, trusted peers
- :mod:`.bundle_format`, :mod:`.zipcheck`  the file and its defensive reading
- :mod:`.verify`   every check before anything is written
- :mod:`.index`, :mod:`.export`  the change feed and writing bundles
- :mod:`.merge`, :mod:`.importer`  one-transaction merge, refusal, summary
- :mod:`.conflicts`, :mod:`.enrol`, :mod:`.status`
"""
