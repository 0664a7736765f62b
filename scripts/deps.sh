#!/usr/bin/env bash
# Installs the C libraries Sitrep builds against (Debian), when they are missing.
set -euo pipefail
missing=()
pkg-config --exists libsystemd 2>/dev/null || missing+=(libsystemd-dev)
pkg-config --exists libxml-2.0 2>/dev/null || missing+=(libxml2-dev)
command -v pkg-config >/dev/null || missing+=(pkg-config)
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "installing ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# The tests validate records against schema/records.schema.json with Python's jsonschema
# (a test tool only; the daemon never needs Python).
if ! python3 -c "import jsonschema" 2>/dev/null; then
    python3 -m pip install -q jsonschema 2>/dev/null || {
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get install -y -qq python3-jsonschema >/dev/null
    }
fi
