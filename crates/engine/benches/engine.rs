//! Benchmarks of the full results computation on generated frameworks.
//!
//! Scales: `1x` is about the size of a real framework (100 competences, 21 roles, 40 routes),
//! `10x` and `100x` multiply every count, and `10k` is 10,000 competences, 1,000 roles and
//! 5,000 routes, far past anything the widget ships, to show the growth is near linear.
//! Nothing here asserts a time: the numbers are for reading, not for failing a build.

use divan::{black_box, Bencher};
use hjcp_engine::testgen::{generated_answers, generated_framework};
use hjcp_engine::{recommend, Framework, Prepared, Rating};

fn main() {
    divan::main();
}

const SCALES: [&str; 4] = ["1x", "10x", "100x", "10k"];

fn framework(scale: &str) -> Framework {
    let (c, r, n) = match scale {
        "1x" => (100, 21, 40),
        "10x" => (1_000, 210, 400),
        "100x" => (10_000, 2_100, 4_000),
        _ => (10_000, 1_000, 5_000),
    };
    generated_framework(c, r, n, 42)
}

/// `recommend` from scratch: build the lookups, resolve, fit every role, rank, find the path
/// to the target and the plan. This is what the first results screen costs.
#[divan::bench(args = SCALES)]
fn full_recommend(bencher: Bencher, scale: &str) {
    let fw = framework(scale);
    let answers = generated_answers(&fw, 7);
    bencher.bench_local(|| recommend(black_box(&fw), black_box(&answers)));
}

/// One rating changes, then re-resolve and recompute with the framework's lookups kept from
/// before, as the widget does on every answer.
#[divan::bench(args = SCALES)]
fn update_after_one_rating_change(bencher: Bencher, scale: &str) {
    let fw = framework(scale);
    let prepared = Prepared::new(fw.clone());
    let answers = generated_answers(&fw, 7);
    let id = fw.competences[fw.competences.len() / 2].id.clone();
    let mut step = 0u8;
    bencher.with_inputs(|| answers.clone()).bench_local_refs(|answers| {
        step = (step + 1) % 4;
        answers.set_rating(&id, Some(Rating::Level(step)), 1);
        let resolved = prepared.resolve(answers);
        prepared.recommend_resolved(answers, &resolved)
    });
}
