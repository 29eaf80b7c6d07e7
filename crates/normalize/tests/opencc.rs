//! OpenCC 1.4.2's official test cases are the oracle for conversion.

mod common;

use bangfu_normalize::Config;
use bangfu_normalize::convert::convert_str;

#[path = "lenient_json.rs"]
mod lenient_json;

fn cases() -> serde_json::Value {
    lenient_json::parse(&std::fs::read_to_string(common::data("opencc_testcases.json")).unwrap())
}

#[test]
fn official_cases_pass_for_every_supported_config() {
    let cases = cases();
    let mut failures = Vec::new();
    let mut total = 0;
    for case in cases["cases"].as_array().unwrap() {
        let input = case["input"].as_str().unwrap();
        for config in [Config::T2s, Config::Tw2s, Config::Hk2s, Config::Tw2sp] {
            if let Some(expected) = case["expected"][config.name()].as_str() {
                total += 1;
                let got = convert_str(input, config);
                if got != expected {
                    failures.push(format!(
                        "{} {}: {input}\n  got      {got}\n  expected {expected}",
                        case["id"],
                        config.name()
                    ));
                }
            }
        }
    }
    assert!(total >= 160, "only {total} cases");
    assert!(
        failures.is_empty(),
        "{} of {total} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
