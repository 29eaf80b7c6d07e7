//! The document JSON, its schema and the JSONL/CSV writers (the last stage).
//!
//! Not built yet: tracked by the aid-record / CLI issue.
