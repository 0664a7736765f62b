#!/usr/bin/env bash
# Installs Sitrep as a systemd service: builds a release binary, installs it with the unit,
# sysusers and tmpfiles entries, a configuration (kept if present) and the logrotate example.
# Idempotent: run it again to upgrade. `install.sh --uninstall` removes what it installed and
# keeps the data in /var/lib/sitrep and /var/log/sitrep.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
prefix="${PREFIX:-/usr/local}"

need_root() {
    if [ "$(id -u)" -ne 0 ]; then
        echo "install.sh: run as root (sudo $0 $*)" >&2
        exit 1
    fi
}

systemd_running() { [ -d /run/systemd/system ] && command -v systemctl >/dev/null; }

do_uninstall() {
    need_root
    if systemd_running; then
        systemctl disable --now sitrep.service 2>/dev/null || true
    fi
    rm -f /etc/systemd/system/sitrep.service "$prefix/bin/sitrep" \
        /usr/lib/sysusers.d/sitrep.conf /usr/lib/tmpfiles.d/sitrep.conf /etc/logrotate.d/sitrep
    rm -rf "$prefix/share/sitrep"
    if systemd_running; then systemctl daemon-reload; fi
    echo "sitrep uninstalled; data kept in /var/lib/sitrep and /var/log/sitrep, config in /etc/sitrep"
}

do_install() {
    need_root
    if ! pkg-config --exists libsystemd 2>/dev/null || ! pkg-config --exists libxml-2.0 2>/dev/null; then
        apt-get update -qq && apt-get install -y -qq libsystemd-dev libxml2-dev pkg-config
    fi
    (cd "$root" && swift build -c release --product sitrep)
    install -D -m 0755 "$root/.build/release/sitrep" "$prefix/bin/sitrep"
    # Found by the binary as ../share/sitrep/gazetteer.tsv.
    install -D -m 0644 "$root/gazetteer/gazetteer.tsv" "$prefix/share/sitrep/gazetteer.tsv"
    install -D -m 0644 "$root/gazetteer/README.md" "$prefix/share/sitrep/GAZETTEER-README.md"
    install -D -m 0644 "$here/sitrep.service" /etc/systemd/system/sitrep.service
    if [ "$prefix" != /usr/local ]; then
        sed -i "s#/usr/local/bin/sitrep#$prefix/bin/sitrep#" /etc/systemd/system/sitrep.service
    fi
    install -D -m 0644 "$here/sitrep.sysusers.conf" /usr/lib/sysusers.d/sitrep.conf
    install -D -m 0644 "$here/sitrep.tmpfiles.conf" /usr/lib/tmpfiles.d/sitrep.conf
    install -D -m 0644 "$here/sitrep.logrotate" /etc/logrotate.d/sitrep
    if [ ! -e /etc/sitrep/sitrep.toml ]; then
        install -D -m 0644 "$here/sitrep.toml" /etc/sitrep/sitrep.toml
    fi
    systemd-sysusers /usr/lib/sysusers.d/sitrep.conf
    systemd-tmpfiles --create /usr/lib/tmpfiles.d/sitrep.conf
    "$prefix/bin/sitrep" check --config /etc/sitrep/sitrep.toml || true
    if systemd_running; then
        systemctl daemon-reload
        systemctl enable sitrep.service
        systemctl restart sitrep.service
        systemctl --no-pager status sitrep.service || true
    else
        echo "systemd is not PID 1 here: the unit is installed; start it where systemd runs."
    fi
    echo "installed: drop articles into /var/lib/sitrep/inbox; follow with: sitrep tail -f --config /etc/sitrep/sitrep.toml"
}

case "${1:-}" in
    --uninstall) do_uninstall ;;
    "") do_install ;;
    *) echo "usage: install.sh [--uninstall]" >&2; exit 64 ;;
esac
