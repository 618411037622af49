# Sourced by the scripts in this folder: puts the project's tools on PATH. The wasm-opt that
# Trunk runs comes from the npm package binaryen; Debian's is too old for today's rustc.
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

step() { printf '\n==> %s\n' "$*"; }
