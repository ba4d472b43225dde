"""The bundle's entry script: the same `tracker` command as the installed package."""

from tracker.launcher import main

raise SystemExit(main())
