# Shared setup for scripts/build, scripts/test, scripts/serve and scripts/lint.
# Sourced, not run. Creates .venv in the repository and installs the project into it,
# but only when pyproject.toml or constraints.txt changed since the last install,
# so a second run starts at once.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv"
# Optional extras from pyproject.toml, e.g. KB_EXTRAS=test (never from "$@": the
# calling script's own arguments are not ours).
EXTRAS="${KB_EXTRAS:-}"

say() { printf '==> %s\n' "$*" >&2; }
fail() { printf 'FEL: %s\n' "$*" >&2; exit 2; }

find_python() {
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
           "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
            command -v "$candidate"; return 0
        fi
    done
    return 1
}

if [ ! -x "$VENV/bin/python" ]; then
    PYTHON="$(find_python)" || fail "Python 3.11 eller nyare behövs. Installera till exempel: sudo apt-get install python3 python3-venv"
    say "Skapar en virtuell Python-miljö i .venv ($("$PYTHON" --version))"
    "$PYTHON" -m venv "$VENV" || fail "Kunde inte skapa .venv. På Debian/Ubuntu: sudo apt-get install python3-venv"
fi

stamp="$VENV/.installerad${EXTRAS:+-$EXTRAS}"
# The folder is part of it: the editable install points at this copy of the project,
# so a moved (or copied) project installs itself again instead of running the old one.
wanted="$( (cat pyproject.toml constraints.txt; echo "$ROOT") | sha256sum | cut -d' ' -f1)"
installed() { [ -f "$1" ] && [ "$(cat "$1")" = "$wanted" ]; }
# An install with the test extras also covers a plain install.
if ! installed "$stamp" && ! { [ -z "$EXTRAS" ] && installed "$VENV/.installerad-test"; }; then
    say "Installerar projektet och dess paket (låsta versioner i constraints.txt)${EXTRAS:+ med [$EXTRAS]}"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    target="."
    [ -n "$EXTRAS" ] && target=".[$EXTRAS]"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -c constraints.txt -e "$target" \
        || fail "Installationen misslyckades. Kontrollera nätverket till PyPI och försök igen."
    echo "$wanted" > "$stamp"
else
    say "Python-miljön i .venv är redan installerad"
fi
export PATH="$VENV/bin:$PATH"

# Debian packages the project needs from the system: installed with apt-get when this
# runs as root, else a message that says what to install.
debianpaket() {
    [ $# -gt 0 ] || return 0
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        say "Installerar Debian-paketen $* med apt-get"
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null \
            || fail "apt-get kunde inte installera $*."
    else
        fail "Det här behövs från systemet: $*. Installera med: sudo apt-get install $*"
    fi
}

# WeasyPrint (the PDF booklets) needs Pango and a font from the system, and HarfBuzz's
# subset library to embed fonts (without it, it falls back to fontTools and warns on
# every booklet). Called by the commands that build booklets (scripts/build, scripts/test).
pdfpaket() {
    if ! python -c "import weasyprint" >/dev/null 2>&1 ||
       ! { /sbin/ldconfig -p 2>/dev/null || ldconfig -p 2>/dev/null; } | grep -q "libharfbuzz-subset\.so\.0"; then
        debianpaket libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core
    fi
}
# Material's end-of-life banner (2027-05-05) is known and planned for; keep the output readable.
export NO_MKDOCS_2_WARNING=1
