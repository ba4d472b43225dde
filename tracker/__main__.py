from tracker.launcher import main

raise SystemExit(main())
