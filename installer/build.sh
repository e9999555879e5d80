#!/usr/bin/env bash
# Build the PyInstaller onedir bundle (dist/maane/) from installer/maane.spec, then run its self-test.
# Normally run through `make installer`, which first makes the venv and compiles the .qm translations.
# Linux: needs objdump (binutils), installed here if missing.  Windows: run from Git Bash.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)

say() { printf '\n==> %s\n' "$*"; }
die() { printf '\ninstaller/build.sh FAILED: %s\n' "$*" >&2; exit 1; }

case "$(uname -s)" in
    MINGW*|MSYS*|CYGWIN*) WINDOWS=1; VENV_BIN=.venv/Scripts; EXE=dist/maane/maane-cli.exe ;;
    *) WINDOWS=0; VENV_BIN=.venv/bin; EXE=dist/maane/maane ;;
esac
[ -x "$VENV_BIN/pyinstaller" ] || [ -x "$VENV_BIN/pyinstaller.exe" ] \
    || die "$VENV_BIN/pyinstaller not found: run 'make venv' first"

# PyInstaller finds shared-library dependencies with objdump on Linux.
if [ "$WINDOWS" = 0 ] && [ "$(uname -s)" = Linux ] && ! command -v objdump >/dev/null 2>&1; then
    say "Installing binutils (objdump, needed by PyInstaller)"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -q
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends binutils
fi

if ! ls resources/translations/*.qm >/dev/null 2>&1; then
    echo "warning: no resources/translations/*.qm; run 'make qm' (the bundle's UI would be English only)"
fi

say "PyInstaller: installer/maane.spec -> dist/maane"
rm -rf dist/maane build/pyinstaller
"$VENV_BIN/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/maane.spec

[ -x "$EXE" ] || die "$EXE was not built"
INTERNAL=dist/maane/_internal
for f in resources/fonts/NotoSansHebrew-Regular.ttf resources/fonts/NotoSansArabic-Regular.ttf \
         resources/fonts/NotoSans-Regular.ttf resources/fonts/OFL.txt models/migrations/env.py; do
    [ -f "$INTERNAL/$f" ] || die "missing from the bundle: $f"
done
ls "$INTERNAL"/PySide6/Qt/translations/qtbase_he.qm "$INTERNAL"/PySide6/translations/qtbase_he.qm \
    >/dev/null 2>&1 || [ -n "$(find "$INTERNAL" -name qtbase_he.qm -print -quit)" ] \
    || die "missing from the bundle: Qt's qtbase_he.qm"
echo "bundle: $(du -sh dist/maane | cut -f1) in dist/maane"

say "Self-test of the built program"
SELFTEST_DIR=$(mktemp -d)
trap 'rm -rf "$SELFTEST_DIR"' EXIT
# Headless machines (CI) have no display: let Qt render offscreen there.
if [ "$WINDOWS" = 0 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
fi
# The bundle must carry its migrations: create the schema with them, then self-test against it.
if ! "$EXE" db upgrade --database "sqlite:///$SELFTEST_DIR/selftest.sqlite"; then
    die "'$EXE db upgrade' failed (are the migration scripts in the bundle?)"
fi
if ! "$EXE" self-test --database "sqlite:///$SELFTEST_DIR/selftest.sqlite"; then
    die "'$EXE self-test' failed"
fi
say "dist/maane built and self-tested"
