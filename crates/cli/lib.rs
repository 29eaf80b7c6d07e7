//! The library half of the `bangfu` binary: where documents come from
//! ([`input`]), one document through the four stages ([`pipeline`]), how a
//! run is written ([`output`]) and how it is scored ([`eval`]).
//!
//! It is a library only so that the fuzz targets (`fuzz/`) and benchmarks can
//! drive the same code the command runs; it is not a published API — the
//! stage crates (`bangfu-normalize`, `bangfu-segment`, `bangfu-extract`,
//! `bangfu-emit`) are.

pub mod eval;
pub mod input;
pub mod output;
pub mod pipeline;
