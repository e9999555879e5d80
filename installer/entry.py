"""PyInstaller entry point: the same as the `maane` console script (desktop.cli:main)."""

import multiprocessing

from desktop.cli import main

if __name__ == "__main__":
    # A frozen program must call this before anything else if any code uses multiprocessing (no-op otherwise).
    multiprocessing.freeze_support()
    raise SystemExit(main())
