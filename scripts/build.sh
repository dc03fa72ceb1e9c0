#!/usr/bin/env bash
# Builds the release bundle into dist/ (set-up first, so it works on a fresh machine).
#
# Trunk builds the page, the stylesheet and the copied files; the wasm is built here, because
# Trunk cannot split a module. With the `split` feature (the default) the results screens
# (src/results_half.rs) become a second wasm file, fetched after the first screen has painted:
#   cargo build (relocations kept) → wasm-split → wasm-bindgen (main) → wasm-opt (each file)
#   → scripts/assemble.mjs (hashed names, the loader, index.html, and each framework's content
#     file, which build.rs wrote and the page fetches when the framework is chosen)
# HJCP_SPLIT=0 scripts/build.sh builds the single-file bundle instead, for comparison;
# HJCP_DIST=<folder> writes the bundle there instead of dist/.
#
# Then the framework studio (crates/studio) into its own folder, dist-studio/ (HJCP_STUDIO_DIST;
# HJCP_STUDIO=0 skips it): a page and one wasm module, which its Web Worker loads too. Nothing of
# it is in dist/, so a host copying dist/ for the widget never publishes the studio.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

split=${HJCP_SPLIT:-1}
dist=${HJCP_DIST:-dist}
out=target/wasm-out
rm -rf "$out" && mkdir -p "$out"

trunk build --release --offline --dist "$dist"

if [[ "$split" == 1 ]]; then
  # wasm-split reads the linker's relocations; its own target dir, so switching flags does not
  # rebuild the test builds' artefacts. RUSTFLAGS for the target replace the config's, so the
  # type-erased views (.cargo/config.toml) are asked for again.
  target_dir=target/split
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Clink-args=--emit-relocs" \
    cargo build --release --target wasm32-unknown-unknown --bin hjcp-widget --features split \
      --target-dir "$target_dir" --message-format=json-render-diagnostics >"$out/cargo.json"
  wasm-split-cli "$target_dir/wasm32-unknown-unknown/release/hjcp-widget.wasm" "$out" --out-name hjcp-widget
  # Symbols must survive for the chunks, which call the main module through its table.
  wasm-bindgen --target web --keep-lld-exports --no-demangle --out-dir "$out" --out-name hjcp-widget \
    "$out/hjcp-widget.wasm"
else
  cargo build --release --target wasm32-unknown-unknown --bin hjcp-widget \
    --message-format=json-render-diagnostics >"$out/cargo.json"
  wasm-bindgen --target web --out-dir "$out" --out-name hjcp-widget \
    target/wasm32-unknown-unknown/release/hjcp-widget.wasm
fi
rm -f "$out/hjcp-widget.wasm"
# cargo's messages (kept in the file above) say where build.rs wrote the content files.

# wasm-opt -Oz plus facts true of a Rust wasm-bindgen module: the main module's memory is its
# own and starts zeroed, and the lowest 1 KiB is never used (the stack grows down towards it
# from 1 MiB). A chunk shares the main module's memory, already written to, so it is not told
# that memory starts zeroed. Each choice is measured in docs/performance.md.
common=(-Oz --low-memory-unused --strip-producers --strip-target-features)
wasm-opt "${common[@]}" --zero-filled-memory "$out/hjcp-widget_bg.wasm" -o "$out/hjcp-widget_bg.wasm"
for chunk in "$out"/split_*.wasm; do
  [[ -e "$chunk" ]] || continue
  wasm-opt "${common[@]}" "$chunk" -o "$chunk"
done

node scripts/assemble.mjs "$out" "$dist"
node scripts/postbuild.mjs "$dist"

if [[ "${HJCP_STUDIO:-1}" == 1 ]]; then
  studio_dist=${HJCP_STUDIO_DIST:-dist-studio}
  studio_out=target/studio-out
  rm -rf "$studio_out" && mkdir -p "$studio_out"
  cargo build --release --target wasm32-unknown-unknown -p hjcp-studio --lib
  wasm-bindgen --target web --out-dir "$studio_out" --out-name hjcp-studio \
    target/wasm32-unknown-unknown/release/hjcp_studio.wasm
  wasm-opt "${common[@]}" --zero-filled-memory "$studio_out/hjcp-studio_bg.wasm" -o "$studio_out/hjcp-studio_bg.wasm"
  node scripts/assemble-studio.mjs "$studio_out" "$studio_dist"
  node scripts/postbuild.mjs "$studio_dist"
fi
