use bangfu_extract::{EntityValue, Published, extract_with};
use serde_json::Value;
fn published(c: &Value) -> Option<Published> {
    if let Some(p) = c["base_time"].as_str().and_then(Published::parse) {
        return Some(p);
    }
    let h: Vec<i64> = c["base_handler"]
        .as_array()?
        .iter()
        .map(|v| v.as_i64().unwrap_or(-1))
        .collect();
    let known = |k: usize| h.get(k).copied().filter(|v| *v >= 0).map(|v| v as u32);
    let (month, day) = (known(1), known(2).filter(|_| known(1).is_some()));
    Some(Published {
        year: known(0)? as i32,
        month,
        day,
        time: day
            .and(known(3))
            .map(|h| (h, known(4).unwrap_or(0), known(5).unwrap_or(0))),
    })
}
fn main() {
    let want_kind = std::env::args().nth(1).unwrap_or("time_point".into());
    let path = format!(
        "{}/tests/data/jionlp_time.jsonl",
        env!("CARGO_MANIFEST_DIR")
    );
    for l in std::fs::read_to_string(path).unwrap().lines() {
        let c: Value = serde_json::from_str(l).unwrap();
        if c["func"] != "jio.parse_time" {
            continue;
        }
        let kind = c["expected"]["type"].as_str().unwrap();
        if kind != want_kind {
            continue;
        }
        let base = c["base_time"].as_str().unwrap_or("");
        let text = c["text"].as_str().unwrap();
        let ex = extract_with(text, published(&c), &Default::default());
        let t = &c["expected"]["time"];
        let conv = |v: &Value| match v.as_str() {
            Some("inf") | Some("-inf") => None,
            Some(s) => Some(s.replace(' ', "T")),
            None => None,
        };
        let (s, e) = (conv(&t[0]), conv(&t[1]));
        let mut got = vec![];
        let mut ok = false;
        for x in &ex.entities {
            match &x.value {
                EntityValue::Date(d) => {
                    if d.start == s && d.end == e {
                        ok = true;
                    }
                    got.push(format!("[{}] {:?}..{:?}", x.text, d.start, d.end));
                }
                EntityValue::Duration(d) => {
                    got.push(format!("[{}] dur {}", x.text, d.value));
                }
                _ => {}
            }
        }
        if kind == "time_delta" {
            println!(
                "{} | {} | {} | {}",
                text,
                base,
                c["expected"]["time"],
                got.join(" ; ")
            );
            continue;
        }
        if !ok {
            println!(
                "{} | {} | {:?}..{:?} | {}",
                text,
                base,
                s,
                e,
                got.join(" ; ")
            );
        }
    }
}
