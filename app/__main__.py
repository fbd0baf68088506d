"""``python -m app`` behaves exactly like the ``zhengai`` command."""

from app.cli import main

raise SystemExit(main())
