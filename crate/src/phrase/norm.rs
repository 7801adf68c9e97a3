//! The normal form of a word, so that one lexicon entry stands for its inflections:
//! "foto's", "fotootje" and "foto" are all "foto"; "gelekte", "gelekt", "lekken" are "lek";
//! "photos" is "photo", "leaked" and "leaking" are "leak"; "grote" and "groot" are "grot".
//!
//! Light on purpose: a few suffixes of Dutch and English, no dictionary. The normal form
//! is not a word to show anyone, only a key: lexicon entries are normalised the same way,
//! so an entry always matches itself, and two words meet when they share a stem. Accents
//! stay ("café"), except the diaeresis, which in Dutch only splits vowels ("officiële").

use super::lexicon::Fnv;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// Words no suffix is taken from: short function words whose ending is no inflection.
const KEEP: &[&str] = &[
    "this",
    "his",
    "has",
    "was",
    "does",
    "goes",
    "is",
    "its",
    "us",
    "yes",
    "news",
    "always",
    "perhaps",
    "thus",
    "plus",
    "less",
    "bus",
    "gas",
    "as",
    "towards",
    "afterwards",
    "series",
    "means",
    "alles",
    "iets",
    "niets",
    "eens",
    "ons",
    "des",
    "pas",
    "als",
    "tijdens",
    "ooit",
    "soms",
    "anders",
    "morgens",
    "avonds",
    "straks",
    "bijna",
    "ben",
    "even",
    "open",
    "eten",
    "zien",
    "heen",
    "geen",
    "een",
    "tien",
    "negen",
    "zeven",
    "boven",
    "beneden",
    "tegen",
    "vanaf",
    "geleden",
    "zoveel",
    "allemaal",
    "jullie",
    "thing",
    "things",
    "nothing",
    "something",
    "anything",
    "everything",
    "being",
    "during",
    "king",
    "ring",
    "bring",
    "sing",
    "wing",
    "spring",
    "string",
    "sting",
    "ding",
    "ling",
    "red",
    "bed",
    "need",
    "feed",
    "seed",
    "speed",
    "shed",
    "used",
];

/// Normalises `word` (in lower case) into `out`.
pub fn norm(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        // Most words: copied at once, and counted and tested as bytes.
        out.push_str(word);
        if word.contains('`') {
            *out = out.replace('`', "'");
        }
        strip_clitic(out);
        if out.len() < 4 || !out.bytes().all(|b| b.is_ascii_alphabetic()) || kept(out) {
            return;
        }
    } else {
        for c in word.chars() {
            out.push(match c {
                '’' | '‘' | '`' | '´' => '\'',
                'ë' => 'e',
                'ï' => 'i',
                c => c,
            });
        }
        strip_clitic(out);
        if out.chars().count() < 4 || !out.chars().all(char::is_alphabetic) || kept(out) {
            return;
        }
    }
    if diminutive(out) {
        undouble_vowel(out);
    } else if !dutch_participle(out) && !english(out) {
        dutch(out);
    }
}

/// `word` is in [`KEEP`]; a set, as every token of every check asks.
fn kept(word: &str) -> bool {
    static SET: OnceLock<HashSet<&str, BuildHasherDefault<Fnv>>> = OnceLock::new();
    SET.get_or_init(|| KEEP.iter().copied().collect()).contains(word)
}

/// "collega's" → "collega", "it's" → "it", "we're" → "we", "sms'je" → "sms"; "m'n", "don't" stay.
fn strip_clitic(w: &mut String) {
    // By bytes: an ASCII quote is never part of another character, and words are short.
    let Some(at) = w.bytes().rposition(|b| b == b'\'') else {
        return;
    };
    if at == 0 {
        return;
    }
    if matches!(
        &w[at + 1..],
        "s" | "re" | "ve" | "ll" | "d" | "m" | "je" | "jes" | "tje" | "tjes"
    ) {
        w.truncate(at);
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

fn has_vowel(s: &[u8]) -> bool {
    s.iter().any(|&c| is_vowel(c))
}

/// Drops the last letter of a doubled consonant: "lekk" → "lek", "stopp" → "stop".
fn undouble(w: &mut String) {
    let b = w.as_bytes();
    let n = b.len();
    if n >= 4 && b[n - 1] == b[n - 2] && b[n - 1].is_ascii_alphabetic() && !is_vowel(b[n - 1]) {
        w.pop();
    }
}

/// Dutch diminutives: "fotootje" → "foto", "filmpje" → "film", "mailtje" → "mail",
/// "berichtje" → "bericht", "balletje" → "bal", "collegaatje" → "collega", and their plurals.
fn diminutive(w: &mut String) -> bool {
    let n = w.len();
    let cut = if w.ends_with("jes") {
        3
    } else if w.ends_with("je") {
        2
    } else {
        return false;
    };
    if n < cut + 3 || !w.is_ascii() {
        return false;
    }
    w.truncate(n - cut);
    let b = w.as_bytes();
    let n = b.len();
    let two_vowels = |end: usize| end >= 2 && is_vowel(b[end - 1]) && is_vowel(b[end - 2]);
    if b[n - 1] == b't' {
        let r = &b[..n - 1];
        let m = r.len();
        if m >= 2 && is_vowel(r[m - 1]) {
            if r[m - 1] == b'e' && m >= 3 && r[m - 2] == r[m - 3] && !is_vowel(r[m - 2]) {
                // "balletje": bal + etje.
                w.truncate(n - 3);
            } else if r[m - 1] == b'e' && m >= 3 && r.ends_with(b"nge") {
                // "ringetje": ring + etje.
                w.truncate(n - 2);
            } else if m >= 3 && r[m - 1] == r[m - 2] && matches!(r[m - 1], b'a' | b'o' | b'u') {
                // "fotootje": foto, its last vowel doubled; "plaatje" (one syllable) is plaat + je.
                if has_vowel(&r[..m - 2]) {
                    w.truncate(n - 2);
                }
            } else {
                // "cadeautje", "ideetje"
                w.truncate(n - 1);
            }
        } else if m >= 3 && matches!(r[m - 1], b'l' | b'n' | b'r' | b'w') && two_vowels(m - 1) {
            // "mailtje", "kleintje", "vrouwtje"
            w.truncate(n - 1);
        }
    } else if b[n - 1] == b'p' && n >= 4 && b[n - 2] == b'm' {
        // "filmpje", "boompje"
        w.truncate(n - 1);
    }
    true
}

/// Dutch past participles, also with a separable particle: "gelekt", "gelekte" → "lek",
/// "gefilmd" → "film", "uitgelekt" → "uitlek", "doorgestuurd" → "doorstur".
fn dutch_participle(w: &mut String) -> bool {
    const PARTICLES: &[&str] = &[
        "", "uit", "op", "aan", "af", "door", "in", "mee", "na", "om", "over", "toe", "weg", "terug", "vast", "voor",
        "bij", "samen", "neer", "rond", "los", "tegen", "achter", "binnen", "buiten", "vrij",
    ];
    // Every participle holds "ge"; most words do not, and skip the particles.
    if !w.is_ascii() || !w.as_bytes().windows(2).any(|p| p == b"ge") {
        return false;
    }
    let ending = ["ten", "den", "te", "de", "t", "d"].iter().find(|e| w.ends_with(*e));
    let Some(ending) = ending else { return false };
    for particle in PARTICLES {
        let Some(rest) = w.strip_prefix(particle).and_then(|r| r.strip_prefix("ge")) else {
            continue;
        };
        let stem = &rest[..rest.len() - ending.len()];
        // "gebed", "geluid", "geest": too little left, no vowel, or a vowel at the end, is no participle.
        let b = stem.as_bytes();
        if b.len() >= 3 && has_vowel(b) && !is_vowel(b[b.len() - 1]) && !stem.starts_with(['e', 'i']) {
            let stem = format!("{particle}{stem}");
            *w = stem;
            undouble_vowel(w);
            return true;
        }
    }
    false
}

/// English inflections: "leaked" → "leak", "stopped" → "stop", "leaking" → "leak",
/// "studies"/"studied" → "study", "classes" → "class", "photos" → "photo".
fn english(w: &mut String) -> bool {
    let n = w.len();
    let stem_ok = |s: &str| s.len() >= 3 && has_vowel(s.as_bytes());
    if let Some(stem) = w.strip_suffix("ing").filter(|s| stem_ok(s)) {
        let len = stem.len();
        w.truncate(len);
        undouble(w);
        return true;
    }
    if w.ends_with("ied") || w.ends_with("ies") {
        if n >= 5 {
            w.truncate(n - 3);
            w.push('y');
        }
        return true;
    }
    if let Some(stem) = w.strip_suffix("ed").filter(|s| stem_ok(s)) {
        let len = stem.len();
        w.truncate(len);
        undouble(w);
        return true;
    }
    false
}

/// Dutch (and English) plurals and the adjective's -e: "studenten" → "student", "lekken" →
/// "lek", "managers" → "manager", "grote" → "grot" (as "groot"), "lieve" → "lief".
fn dutch(w: &mut String) -> bool {
    let n = w.len();
    if !w.is_ascii() {
        return false;
    }
    let b = w.as_bytes();
    if w.ends_with("es")
        && n >= 5
        && (w.ends_with("sses") || w.ends_with("xes") || w.ends_with("ches") || w.ends_with("shes"))
    {
        w.truncate(n - 2);
        return true;
    }
    // "mens", "kans", "pics": a word of four letters keeps its -s (most are no plural).
    if n >= 5 && b[n - 1] == b's' && !matches!(b[n - 2], b's' | b'u' | b'i') {
        // "notes" → "note" → "not", as "note" itself.
        w.pop();
        final_e(w);
        return true;
    }
    if n >= 5 && w.ends_with("en") && has_vowel(&b[..n - 2]) {
        open_syllable(w, 2);
        return true;
    }
    final_e(w)
}

/// The adjective's -e: "grote" → "grot", "vertrouwelijke" → "vertrouwelijk".
fn final_e(w: &mut String) -> bool {
    let b = w.as_bytes();
    let n = b.len();
    if n >= 5 && b[n - 1] == b'e' && !is_vowel(b[n - 2]) {
        open_syllable(w, 1);
        return true;
    }
    undouble_vowel(w);
    false
}

/// Drops an ending of `cut` letters that closed an open syllable: "lekken" → "lek", "lopen"
/// → "loop" → "lop", "lieve" → "lief", "lezen" → "lees" → "les".
fn open_syllable(w: &mut String, cut: usize) {
    let n = w.len() - cut;
    w.truncate(n);
    let b = w.as_bytes();
    let doubled = n >= 2 && b[n - 1] == b[n - 2] && !is_vowel(b[n - 1]);
    if doubled {
        undouble(w);
        return;
    }
    match b[n - 1] {
        b'v' => w.replace_range(n - 1.., "f"),
        b'z' => w.replace_range(n - 1.., "s"),
        _ => {}
    }
    undouble_vowel(w);
}

/// "groot" → "grot", "fotografeer" → "fotografer": a doubled vowel before the last consonant
/// is how Dutch writes a closed syllable that an ending would open, so both forms meet.
fn undouble_vowel(w: &mut String) {
    let b = w.as_bytes();
    let n = b.len();
    if n >= 5
        && !is_vowel(b[n - 1])
        && b[n - 2] == b[n - 3]
        && matches!(b[n - 2], b'a' | b'e' | b'o' | b'u')
        && b[n - 4] != b[n - 2]
    {
        w.remove(n - 2);
    }
}

#[cfg(test)]
mod tests {
    fn n(word: &str) -> String {
        let mut out = String::new();
        super::norm(word, &mut out);
        out
    }

    fn same(words: &[&str]) {
        let first = n(words[0]);
        for w in words {
            assert_eq!(n(w), first, "{w} and {} differ", words[0]);
        }
    }

    #[test]
    fn dutch_forms_meet() {
        same(&["foto", "foto's", "foto’s", "fotootje", "fotootjes"]);
        same(&["lek", "lekken", "gelekt", "gelekte"]);
        same(&["uitgelekt", "uitgelekte", "uitlekken"]);
        same(&["film", "filmpje", "filmpjes", "gefilmd"]);
        same(&["mail", "mailtje", "mails", "gemaild"]);
        same(&["bericht", "berichtje", "berichtjes", "berichten"]);
        same(&["student", "studenten"]);
        same(&["collega", "collega's", "collegaatje"]);
        same(&["groot", "grote"]);
        same(&["lief", "lieve"]);
        same(&["officieel", "officiële", "officiele"]);
        same(&["vertrouwelijk", "vertrouwelijke"]);
        same(&["plaat", "plaatje"]);
        same(&["bal", "balletje"]);
        same(&["doorgestuurd", "doorgestuurde"]);
        same(&["stuur", "sturen"]);
    }

    #[test]
    fn english_forms_meet() {
        same(&["photo", "photos"]);
        same(&["leak", "leaked", "leaking", "leaks"]);
        same(&["stop", "stopped", "stopping"]);
        same(&["study", "studies", "studied"]);
        same(&["class", "classes"]);
        same(&["condemn", "condemns", "condemned"]);
        same(&["colleague", "colleagues"]);
        same(&["it", "it's"]);
    }

    #[test]
    fn keeps_what_has_no_inflection() {
        for w in [
            "news", "this", "thing", "been", "m'n", "don't", "café", "2024", "sms", "kanker", "zijn",
        ] {
            assert_eq!(n(w), w.replace('’', "'"), "{w}");
        }
        assert_ne!(n("news"), n("new"));
        assert_ne!(n("does"), n("doe"));
    }
}
