fn main() {
    let s = bangfu_segment::Segmenter::shared();
    for t in std::env::args().skip(1) {
        let w: Vec<String> = s
            .words(&t)
            .iter()
            .map(|w| format!("{}/{}", w.text, w.tag))
            .collect();
        println!(
            "{} -> {:?}",
            w.join(" "),
            s.lexicon().get(&t).map(|e| e.kind)
        );
    }
}
