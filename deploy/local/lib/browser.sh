# shellcheck shell=bash
# Headless Chromium for the tests that render pages in a real browser (the linkage engine's quality report).

CHROMIUM=/usr/bin/chromium

chromium_install() {
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1
}

# Installs Debian's chromium when it is missing and we may (root with apt-get). Otherwise, or when that fails, the
# browser tests skip themselves: a missing browser is no reason to fail the whole test run.
browser_for_tests() {
    if [[ -x "$CHROMIUM" ]]; then
        ok "headless browser: $CHROMIUM"
        return
    fi
    if [[ $EUID -ne 0 ]] || ! command -v apt-get >/dev/null; then
        note "no $CHROMIUM, and installing it needs root and apt-get: the browser tests will be skipped"
        return
    fi
    note "installing Debian package chromium"
    # A fresh machine may have no package lists yet: refresh them only when the install needs it.
    if chromium_install || { DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 && chromium_install; }
    then
        if [[ -x "$CHROMIUM" ]]; then
            ok "headless browser: $CHROMIUM"
        else
            note "chromium installed, but not as $CHROMIUM: the browser tests will be skipped"
        fi
    else
        note "could not install chromium: the browser tests will be skipped"
    fi
}
