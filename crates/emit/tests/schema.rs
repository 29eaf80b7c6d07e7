//! The committed schema is what the types generate (ruff's
//! `generate_json_schema` pattern): change a type, regenerate with
//! `cargo run -- schema > schemas/aid-document.v1.schema.json`, review the diff.

#[test]
fn committed_schema_matches_the_types() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../schemas/aid-document.v1.schema.json"
    );
    let committed =
        std::fs::read_to_string(path).expect("schemas/aid-document.v1.schema.json exists");
    assert!(
        committed == bangfu_emit::schema_json(),
        "schemas/aid-document.v1.schema.json is stale: run `cargo run -- schema > schemas/aid-document.v1.schema.json`"
    );
}

#[test]
fn schema_is_a_valid_2020_12_schema() {
    let schema: serde_json::Value = serde_json::from_str(&bangfu_emit::schema_json()).unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    jsonschema::validator_for(&schema).expect("the schema compiles");
}
