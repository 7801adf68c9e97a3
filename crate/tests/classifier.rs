//! The sentence classifier: its committed weights are exactly what `ambassadeur train`
//! writes from the committed training sentences, and its findings behave like the rules'.
//! Retrain with `cargo run --release -- train`.

use ambassadeur::classifier::train::{load, load_background, train};
use std::path::Path;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/corpus");

#[test]
fn committed_weights_are_what_training_writes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let examples = load(&Path::new(DATA).join("training"), &root).expect("the training files are valid");
    let background = load_background(Path::new(CORPUS)).expect("the corpus is readable");
    let trained = train(&examples, &background);
    let committed = std::fs::read(Path::new(DATA).join("classifier.bin")).unwrap_or_default();
    assert!(
        trained.bytes == committed,
        "data/classifier.bin is not what training writes: run `cargo run --release -- train`"
    );
    let report = std::fs::read_to_string(Path::new(DATA).join("classifier.md")).unwrap_or_default();
    assert_eq!(trained.report, report, "data/classifier.md is stale");
}
