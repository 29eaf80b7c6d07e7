//! Segment + extract throughput on ~10 MB of normalised news text.
//!
//! `cargo bench -p bangfu-extract --bench extract`
//!
//! The input is the five corpus articles (as the normaliser would hand them
//! on: the UTF-8 files, which are already simplified except 002), cut into
//! documents of one article each and repeated to ~10 MB.  Extraction runs per
//! document, as the CLI does, so the figure includes segmentation, every
//! entity reader, and the aid records.  The shared segmenter is built before
//! the measurement (it is built once per process).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

fn corpus_docs() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/articles");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = corpus_docs();
    let mut batch = Vec::new();
    let mut bytes = 0;
    while bytes < 10_000_000 {
        for d in &docs {
            bytes += d.len();
            batch.push(d.as_str());
        }
    }
    bangfu_extract::extract("预热", None);
    let mut g = c.benchmark_group("extract");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("segment_extract_10MB", |b| {
        b.iter(|| {
            batch
                .iter()
                .map(|d| bangfu_extract::extract(black_box(d), None).records.len())
                .sum::<usize>()
        })
    });
    // The segmenter alone: the floor under the figure above.
    g.bench_function("segment_only_10MB", |b| {
        b.iter(|| {
            batch
                .iter()
                .map(|d| {
                    bangfu_segment::Segmenter::shared()
                        .words(black_box(d))
                        .len()
                })
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
