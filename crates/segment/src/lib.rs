//! Word segmentation for bangfu (the second stage).
//!
//! Not built yet: this crate will wrap jieba-rs with bangfu's domain
//! dictionaries and split sentences. Tracked by the segmenter issue.
