//! Engine timings and memory, for the performance report (`scripts/bench.sh`). Not a test:
//! nothing here asserts a time, and it only builds with `--features bench`.
//!
//! In the browser (what the widget really runs):
//!   cargo test --release --target wasm32-unknown-unknown --features bench --test wasm_bench -- --nocapture
//! Natively (same code, `Instant` instead of `performance.now()`):
//!   cargo test --release --features bench --test wasm_bench -- --nocapture --test-threads 1
//!
//! Cases: every real framework (from the embedded catalog, `hjcp_widget::catalog::decode()`),
//! and generated frameworks at 1x, 10x and 100x the size of a real one plus the 10k case
//! (10,000 competences, 1,000 roles, 5,000 routes). For each: the cost of a full recompute
//! (`hjcp_engine::recommend`, which also builds the lookups), of `Prepared::recommend` with the
//! lookups kept, and of an update after one rating change (set the rating, re-resolve,
//! recompute), and the heap bytes the framework and one set of results occupy (a counting
//! allocator wraps the system one in this test binary only).
//!
//! Every result is one line `BENCH|<target>|<case>|<metric>|<value>|<unit>` for the script.

// The peak-memory figure needs a counting global allocator, which is an unsafe impl by nature;
// it is only in this bench, never in the widget.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use hjcp_engine::testgen::{generated_answers, generated_framework};
use hjcp_engine::{recommend, Framework, Prepared, Rating};

/// Counts live heap bytes so a value's size can be read as the difference before and after.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size, Ordering::Relaxed);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn live() -> usize {
    LIVE.load(Ordering::Relaxed)
}

#[cfg(target_arch = "wasm32")]
mod clock {
    pub const TARGET: &str = "wasm";
    thread_local! {
        static PERF: web_sys::Performance = web_sys::window().expect("a window").performance().expect("performance");
    }
    /// Milliseconds from `performance.now()`.
    pub fn now_ms() -> f64 {
        PERF.with(|p| p.now())
    }
    pub fn print(line: &str) {
        wasm_bindgen_test::console_log!("{}", line);
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod clock {
    pub const TARGET: &str = "native";
    thread_local! {
        static START: std::time::Instant = std::time::Instant::now();
    }
    pub fn now_ms() -> f64 {
        START.with(|s| s.elapsed().as_secs_f64() * 1000.0)
    }
    pub fn print(line: &str) {
        println!("{line}");
    }
}

fn report(case: &str, metric: &str, value: f64, unit: &str) {
    clock::print(&format!("BENCH|{}|{case}|{metric}|{value:.4}|{unit}", clock::TARGET));
}

/// Mean milliseconds per call: one warm-up call, then as many calls as fit in about 200 ms
/// (at least 3), timed together so the browser's coarse `performance.now()` does not matter.
fn time_ms(mut f: impl FnMut()) -> f64 {
    f();
    let start = clock::now_ms();
    let mut n = 0u32;
    loop {
        f();
        n += 1;
        let spent = clock::now_ms() - start;
        if (spent >= 200.0 && n >= 3) || n >= 100_000 {
            return spent / n as f64;
        }
    }
}

fn bench_framework(case: &str, fw: &Framework) {
    report(case, "competences", fw.competences.len() as f64, "count");
    report(case, "roles", fw.roles.len() as f64, "count");
    report(case, "routes", fw.routes.len() as f64, "count");

    // Memory: heap bytes of a copy of the framework, of its lookups, and of one set of results.
    let before = live();
    let copy = fw.clone();
    report(case, "framework_heap", (live() - before) as f64, "bytes");
    drop(copy);
    let answers = generated_answers(fw, 7);
    let shared = Arc::new(fw.clone());
    let before = live();
    let prepared = Prepared::new(Arc::clone(&shared));
    report(case, "prepared_heap", (live() - before) as f64, "bytes");
    let before = live();
    let results = prepared.recommend(&answers);
    report(case, "results_heap", (live() - before) as f64, "bytes");
    drop(results);

    // The first call of all, as the first results screen pays it (caches cold).
    let start = clock::now_ms();
    std::hint::black_box(recommend(fw, &answers));
    report(case, "first_full_recommend", clock::now_ms() - start, "ms");

    let full = time_ms(|| {
        std::hint::black_box(recommend(std::hint::black_box(fw), &answers));
    });
    report(case, "full_recommend", full, "ms");

    let kept = time_ms(|| {
        std::hint::black_box(prepared.recommend(&answers));
    });
    report(case, "prepared_recommend", kept, "ms");

    let id = fw.competences[fw.competences.len() / 2].id.clone();
    let mut changing = answers.clone();
    let mut step = 0u8;
    let update = time_ms(|| {
        step = (step + 1) % 4;
        changing.set_rating(&id, Some(Rating::Level(step)), 1);
        let resolved = prepared.resolve(&changing);
        std::hint::black_box(prepared.recommend_resolved(&changing, &resolved));
    });
    report(case, "update_one_rating", update, "ms");
}

fn real_frameworks() {
    let start = clock::now_ms();
    let before = live();
    let catalog = hjcp_widget::catalog::decode().expect("the embedded catalog decodes");
    report("catalog", "decode_first", clock::now_ms() - start, "ms");
    report("catalog", "catalog_heap", (live() - before) as f64, "bytes");
    report("catalog", "catalog_postcard", hjcp_widget::catalog::bytes_len() as f64, "bytes");
    let decode = time_ms(|| {
        std::hint::black_box(hjcp_widget::catalog::decode().unwrap());
    });
    report("catalog", "decode", decode, "ms");
    for fw in &catalog.frameworks {
        bench_framework(&format!("real:{}", fw.id), fw);
    }
}

fn generated() {
    for (case, c, r, n) in [
        ("gen:1x", 100, 21, 40),
        ("gen:10x", 1_000, 210, 400),
        ("gen:100x", 10_000, 2_100, 4_000),
        ("gen:10k", 10_000, 1_000, 5_000),
    ] {
        let start = clock::now_ms();
        let fw = generated_framework(c, r, n, 42);
        report(case, "generate", clock::now_ms() - start, "ms");
        bench_framework(case, &fw);
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen_test::*;
    wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn engine_on_real_frameworks() {
        super::real_frameworks();
    }

    #[wasm_bindgen_test]
    fn engine_on_generated_frameworks() {
        super::generated();
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    #[test]
    fn engine_on_real_frameworks() {
        super::real_frameworks();
    }

    /// With `HJCP_CONTENT_OUT=<dir>`: writes the content as it is embedded (`catalog.bin`), each
    /// framework encoded alone (`only-<id>.bin`) and the catalog without each one
    /// (`without-<id>.bin`), all postcard, for scripts/bundle-report.mjs to compress: what each
    /// framework costs on its own, and what removing it from the bundle would save.
    #[test]
    fn content_bytes_per_framework() {
        let Some(dir) = std::env::var_os("HJCP_CONTENT_OUT") else { return };
        let dir = std::path::PathBuf::from(dir);
        std::fs::create_dir_all(&dir).unwrap();
        let catalog = hjcp_widget::catalog::decode().unwrap();
        let all = postcard::to_allocvec(&catalog).unwrap();
        assert_eq!(
            all.len(),
            hjcp_widget::catalog::bytes_len(),
            "re-encoding gives the embedded bytes"
        );
        std::fs::write(dir.join("catalog.bin"), all).unwrap();
        for fw in &catalog.frameworks {
            std::fs::write(
                dir.join(format!("only-{}.bin", fw.id)),
                postcard::to_allocvec(fw).unwrap(),
            )
            .unwrap();
            let mut without = catalog.clone();
            without.frameworks.retain(|f| f.id != fw.id);
            std::fs::write(
                dir.join(format!("without-{}.bin", fw.id)),
                postcard::to_allocvec(&without).unwrap(),
            )
            .unwrap();
        }
    }

    #[test]
    fn engine_on_generated_frameworks() {
        super::generated();
    }
}
