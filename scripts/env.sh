# Sourced by the other scripts: the PATH and settings every build and test uses.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Trunk must never fetch tools or check for updates (Trunk.toml also sets offline = true).
export TRUNK_SKIP_VERSION_CHECK=true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
