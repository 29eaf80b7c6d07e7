//! The segmenter's words and tags, one line per argument:
//! `cargo run -p bangfu-segment --example words -- 湖滨市人民医院对口支援青岚县`.

fn main() {
    let s = bangfu_segment::Segmenter::shared();
    for a in std::env::args().skip(1) {
        let w: Vec<String> = s
            .words(&a)
            .iter()
            .map(|w| format!("{}/{}", w.text, w.tag))
            .collect();
        println!("{}", w.join(" "));
    }
}
