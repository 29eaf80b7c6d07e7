//! Normalisation throughput on ~10 MB of simplified and of traditional text.
//!
//! `cargo bench -p bangfu-normalize --bench normalize`
//!
//! The inputs are made from the corpus: seed 000 (clean simplified news) and
//! the repaired traditional text of seed 002 (`corpus/encodings/002_*.big5.txt`
//! decoded). Each is measured two ways:
//! - `*_10MB`: repeated to ~10 MB as one document of many paragraphs (the
//!   worst case: every buffer is fresh memory the kernel must map);
//! - `*_articles`: ~10 MB of article-sized documents, one `normalize` call
//!   per article, as a dump is processed.
//!
//! `normalize` composes the change log only when it is asked for
//! (`Normalized::changes`); `*_with_log` asks for it, as the `extract`
//! command does for its summary. The figures are recorded in the README.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

use bangfu_normalize::{Options, normalize};

fn repo_file(rel: &str) -> Vec<u8> {
    std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(rel),
    )
    .unwrap()
}

fn ten_mb(text: &str) -> String {
    let mut out = String::with_capacity(10_500_000);
    while out.len() < 10_000_000 {
        out.push_str(text.trim_end());
        out.push_str("\n\n");
    }
    out
}

fn bench(c: &mut Criterion) {
    let simplified_article =
        String::from_utf8(repo_file("corpus/articles/000_2c29c94c3b5408b2.txt")).unwrap();
    let simplified = ten_mb(&simplified_article);
    let big5 = repo_file("corpus/encodings/002_09eddb1405d72439.big5.txt");
    let traditional_article = encoding_rs::BIG5.decode(&big5).0.into_owned();
    let traditional = ten_mb(&traditional_article);
    let opts = Options::default();
    // warm the lazily built tables outside the measurement
    normalize("醫療".as_bytes(), &opts).unwrap();
    let mut g = c.benchmark_group("normalize");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(simplified.len() as u64));
    g.bench_function("simplified_10MB", |b| {
        b.iter(|| normalize(black_box(simplified.as_bytes()), &opts).unwrap())
    });
    g.throughput(Throughput::Bytes(traditional.len() as u64));
    g.bench_function("traditional_10MB", |b| {
        b.iter(|| normalize(black_box(traditional.as_bytes()), &opts).unwrap())
    });
    for (name, article) in [
        ("simplified", &simplified_article),
        ("traditional", &traditional_article),
    ] {
        let reps = 10_000_000 / article.len() + 1;
        g.throughput(Throughput::Bytes((article.len() * reps) as u64));
        g.bench_function(format!("{name}_articles"), |b| {
            b.iter(|| {
                for _ in 0..reps {
                    black_box(normalize(black_box(article.as_bytes()), &opts).unwrap());
                }
            })
        });
        g.bench_function(format!("{name}_articles_with_log"), |b| {
            b.iter(|| {
                for _ in 0..reps {
                    let n = normalize(black_box(article.as_bytes()), &opts).unwrap();
                    black_box(n.changes().len());
                }
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
