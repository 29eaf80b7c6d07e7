use bangfu_extract::{Published, extract_with};
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let p = args.get(2).and_then(|s| Published::parse(s));
    let ex = extract_with(&args[1], p, &Default::default());
    for e in ex.entities {
        println!("{} {:?}", e.text, e.value);
    }
}
