//! Entity and aid-record extraction for bangfu (the third stage).
//!
//! Not built yet: tracked by the extractor and aid-record issues.
