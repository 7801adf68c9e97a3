//! Lexicons: the words a rule knows, as data. Each rule has one file,
//! `rules/lexicon/<rule>.txt`, read by someone who does not read Rust:
//!
//! ```text
//! # A comment.
//! [media]              a class: the rule names it in its `lexicon!` declaration
//! foto                 a word; "foto's", "fotootje" and "photos" match through their normal form
//! in de ziektewet      a phrase: words in a row, each by its normal form
//! =zijn                exactly this word, not its other forms
//! @leidenuniv*         an @-handle starting so
//! =lulkoek → onzin     a value the rule gives the entry (here: a milder word)
//! ```
//!
//! All lexicons are merged into one [`Index`] on first use, so that a token is looked up
//! once per check however many rules ask about it.

use super::norm::norm;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A class of words, numbered across all lexicons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Class(pub(crate) u16);

/// One rule's lexicon file and the classes its code declares (see [`crate::lexicon!`]).
pub struct Lexicon {
    pub name: &'static str,
    pub source: &'static str,
    pub classes: &'static [&'static str],
    /// The number of this lexicon's first class in the [`Index`].
    base: OnceLock<u16>,
}

impl Lexicon {
    pub const fn new(name: &'static str, source: &'static str, classes: &'static [&'static str]) -> Self {
        Lexicon {
            name,
            source,
            classes,
            base: OnceLock::new(),
        }
    }

    /// The `i`th class this lexicon declares.
    pub fn class(&'static self, i: usize) -> Class {
        // Rules ask this for every token they look at: the index, which sets the bases, is
        // built once, and asked for only until then.
        let base = match self.base.get() {
            Some(base) => base,
            None => {
                index();
                self.base
                    .get()
                    .unwrap_or_else(|| panic!("lexicon {} is not in rules::LEXICONS", self.name))
            }
        };
        Class(base + i as u16)
    }
}

/// Declares a rule's lexicon: `lexicon!("file" { Variant = "class-name", … })` makes an enum
/// `C` of the classes and a static `LEXICON` reading `rules/lexicon/file.txt`. The file must
/// hold exactly these classes (tested), and the code can name no other.
#[macro_export]
macro_rules! lexicon {
    ($file:literal { $($class:ident = $name:literal),* $(,)? }) => {
        /// The classes of this rule's lexicon file.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) enum C {
            $($class),*
        }

        pub(crate) static LEXICON: $crate::phrase::Lexicon =
            $crate::phrase::Lexicon::new($file, include_str!(concat!("lexicon/", $file, ".txt")), &[$($name),*]);

        impl From<C> for $crate::phrase::Class {
            fn from(c: C) -> Self {
                LEXICON.class(c as usize)
            }
        }
    };
}

/// What the lexicons know of one normal form.
#[derive(Clone, Debug, Default)]
pub struct Entry {
    /// Tells words apart inside phrases.
    id: u32,
    /// The classes the word is in on its own, sorted.
    classes: Vec<u16>,
    /// The phrases starting with this word: their class and the ids of the words that follow.
    phrases: Vec<(u16, Box<[u32]>)>,
}

impl Entry {
    pub fn classes(&self) -> &[u16] {
        &self.classes
    }

    pub fn phrases(&self) -> &[(u16, Box<[u32]>)] {
        &self.phrases
    }

    pub fn id(&self) -> u32 {
        self.id
    }
}

/// FNV-1a: keys are short words, and the standard hasher's protection against crafted keys
/// is not needed for a fixed lexicon.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Map<V> = HashMap<Box<str>, V, BuildHasherDefault<Fnv>>;

/// What a pure function gives for each word, kept from check to check: a post is checked
/// again on every keystroke, and nearly all its words with it. Emptied when it reaches
/// [`Memo::LIMIT`] words, so that it stays small (a few hundred kilobytes at most).
#[derive(Default)]
pub struct Memo<V>(Map<V>);

impl<V: Copy> Memo<V> {
    const LIMIT: usize = 8192;

    /// The value for `word`, computed by `f` unless it is known.
    pub fn get_or_insert_with(&mut self, word: &str, f: impl FnOnce() -> V) -> V {
        if let Some(v) = self.0.get(word) {
            return *v;
        }
        if self.0.len() >= Self::LIMIT {
            self.0.clear();
        }
        let v = f();
        self.0.insert(word.into(), v);
        v
    }
}

/// Every lexicon merged: normal forms, exact words and handle prefixes to their entries.
pub struct Index {
    /// Normal forms to their entries in `entries` (an entry's id is its place there).
    norms: Map<u32>,
    entries: Vec<Entry>,
    exact: Map<Entry>,
    handles: Vec<(Box<str>, Entry)>,
    /// `u64`s needed for one bit per class.
    words: usize,
    /// (lexicon, class) for each class number.
    names: Vec<(&'static str, &'static str)>,
}

/// A line of a lexicon file, parsed: the class it is in (by position in the rule's
/// declaration) and the entry as written.
pub struct Line {
    pub class: usize,
    pub entry: &'static str,
    /// What follows " → " on the line: a value the rule gives the entry (a replacement).
    pub value: Option<&'static str>,
    /// Its line number in the file.
    pub at: usize,
}

/// The entries of `lexicon`, or what is wrong with the file's structure: a class the code
/// does not declare, a declared class the file lacks, an entry outside a class.
pub fn parse(lexicon: &Lexicon) -> Result<Vec<Line>, Vec<String>> {
    let source: &'static str = lexicon.source;
    let mut errors = Vec::new();
    let mut lines = Vec::new();
    let mut class: Option<usize> = None;
    let mut present = vec![false; lexicon.classes.len()];
    for (n, raw) in source.lines().enumerate() {
        // Searching for the two-character separators is slow to set up, and most lines
        // hold neither character: this runs for every line on the first check. A line of
        // ASCII without "#" (most) is passed over by both searches after one look at it.
        let plain = raw.bytes().all(|b| b != b'#' && b.is_ascii());
        let line = if !plain && raw.contains('#') {
            raw.split(" #").next().unwrap_or("")
        } else {
            raw
        }
        .trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            class = lexicon.classes.iter().position(|c| *c == name);
            match class {
                Some(c) => present[c] = true,
                None => errors.push(format!(
                    "{}.txt:{}: class [{name}] is not declared by the rule",
                    lexicon.name,
                    n + 1
                )),
            }
            continue;
        }
        let (line, value) = match (!plain && line.contains('→')).then(|| line.split_once(" → ")).flatten() {
            Some((entry, value)) => (entry.trim_end(), Some(value.trim())),
            None => (line, None),
        };
        match class {
            Some(class) => lines.push(Line {
                class,
                entry: line,
                value,
                at: n + 1,
            }),
            None => errors.push(format!(
                "{}.txt:{}: \"{line}\" is outside a declared class",
                lexicon.name,
                n + 1
            )),
        }
    }
    for (c, name) in lexicon.classes.iter().enumerate() {
        if !present[c] {
            errors.push(format!(
                "{}.txt: the rule declares [{name}], the file lacks it",
                lexicon.name
            ));
        }
    }
    if errors.is_empty() {
        Ok(lines)
    } else {
        Err(errors)
    }
}

/// Everything wrong with `lexicon`: its structure ([`parse`]) and any entry that is twice in
/// a class, also as another form of the same word ("foto" and "foto's": one stands for both).
pub fn problems(lexicon: &Lexicon) -> Vec<String> {
    let lines = match parse(lexicon) {
        Ok(lines) => lines,
        Err(errors) => return errors,
    };
    let mut seen: HashMap<(usize, String), &str> = HashMap::new();
    let mut errors = Vec::new();
    for Line { class, entry, at, .. } in lines {
        if !entry.starts_with(['=', '@']) && entry_words(entry).is_empty() {
            errors.push(format!(
                "{}.txt:{at}: \"{entry}\" has no words (a URL or a sign is no token)",
                lexicon.name
            ));
            continue;
        }
        let key = entry_key(entry);
        if let Some(first) = seen.get(&(class, key.clone())) {
            let also = if *first == entry {
                String::new()
            } else {
                format!(" as \"{first}\"")
            };
            let name = lexicon.classes[class];
            errors.push(format!(
                "{}.txt:{at}: \"{entry}\" is in [{name}] already{also}",
                lexicon.name
            ));
        } else {
            seen.insert((class, key), entry);
        }
    }
    errors
}

/// The words of an entry, as the text model's tokens, in lower case.
fn entry_words(entry: &str) -> Vec<String> {
    if entry.chars().all(crate::text::is_word_char) {
        return vec![entry.to_lowercase()];
    }
    // Words of ASCII letters between spaces, most phrases: no entity, joint or other
    // mark for the text model to find, so its tokens are the pieces between the spaces.
    if entry.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_' || b == b' ') {
        return entry
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect();
    }
    let text = crate::text::Text::new(entry);
    (0..text.tokens.len()).map(|i| text.word(i).to_string()).collect()
}

/// What makes two entries the same: their normal forms (or the exact word, or the handle).
fn entry_key(entry: &str) -> String {
    if entry.starts_with(['=', '@']) {
        return entry.to_lowercase();
    }
    let mut scratch = String::new();
    let words: Vec<String> = entry_words(entry)
        .iter()
        .map(|w| {
            norm(w, &mut scratch);
            scratch.clone()
        })
        .collect();
    words.join(" ")
}

/// Buffers for [`Index::lookup`], reused from token to token.
#[derive(Default)]
pub struct Scratch {
    plain: String,
    norm: String,
}

impl Index {
    fn build(lexicons: &[&'static Lexicon]) -> Index {
        let mut index = Index {
            norms: Map::default(),
            entries: Vec::new(),
            exact: Map::default(),
            handles: Vec::new(),
            words: 1,
            names: Vec::new(),
        };
        let mut exact: Vec<(String, u16)> = Vec::new();
        let (mut lower, mut scratch) = (String::new(), String::new());
        for lexicon in lexicons {
            let base = index.names.len() as u16;
            lexicon.base.get_or_init(|| base);
            assert_eq!(
                lexicon.base.get(),
                Some(&base),
                "lexicon {} registered twice",
                lexicon.name
            );
            index.names.extend(lexicon.classes.iter().map(|c| (lexicon.name, *c)));
            let lines = parse(lexicon).unwrap_or_else(|e| panic!("{}", e.join("\n")));
            index.norms.reserve(lines.len());
            index.entries.reserve(lines.len());
            for Line { class, entry, .. } in lines {
                let class = base + class as u16;
                if let Some(word) = entry.strip_prefix('=') {
                    let mut word = word.to_lowercase();
                    // Both quotes start with the byte E2, which most words lack.
                    if word.as_bytes().contains(&0xE2) {
                        word = word.replace(['’', '‘'], "'");
                    }
                    exact.push((word, class));
                } else if let Some(prefix) = entry.strip_prefix('@').and_then(|e| e.strip_suffix('*')) {
                    let handle = format!("@{}", prefix.to_lowercase());
                    match index.handles.iter_mut().find(|(h, _)| **h == *handle) {
                        Some((_, e)) => e.classes.push(class),
                        None => index.handles.push((
                            handle.into(),
                            Entry {
                                id: u32::MAX,
                                classes: vec![class],
                                phrases: Vec::new(),
                            },
                        )),
                    }
                } else if entry.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                    // One plain word, most entries: as `entry_words` reads it, with nothing allocated.
                    lower.clear();
                    lower.push_str(entry);
                    lower.make_ascii_lowercase();
                    norm(&lower, &mut scratch);
                    let id = index.id_of(&scratch);
                    index.entries[id].classes.push(class);
                } else {
                    let ids: Vec<usize> = entry_words(entry)
                        .iter()
                        .map(|w| {
                            norm(w, &mut scratch);
                            index.id_of(&scratch)
                        })
                        .collect();
                    let Some(&first) = ids.first() else { continue };
                    let first = &mut index.entries[first];
                    if ids.len() == 1 {
                        first.classes.push(class);
                    } else {
                        first
                            .phrases
                            .push((class, ids[1..].iter().map(|&id| id as u32).collect()));
                    }
                }
            }
        }
        for (word, class) in exact {
            norm(&word, &mut scratch);
            let mut entry = match index.exact.get(word.as_str()) {
                Some(e) => e.clone(),
                None => {
                    let id = index.id_of(&scratch);
                    index.entries[id].clone()
                }
            };
            entry.classes.push(class);
            index.exact.insert(word.into(), entry);
        }
        for e in index.entries.iter_mut().chain(index.exact.values_mut()) {
            e.classes.sort_unstable();
            e.classes.dedup();
        }
        index.words = index.names.len().div_ceil(64).max(1);
        index
    }

    /// The id of the entry of a normal form, a new entry if there is none yet.
    fn id_of(&mut self, norm: &str) -> usize {
        // Looked up before inserting: `entry` would allocate the key for every word.
        if let Some(&id) = self.norms.get(norm) {
            return id as usize;
        }
        let id = self.entries.len();
        self.norms.insert(norm.into(), id as u32);
        self.entries.push(Entry {
            id: id as u32,
            ..Entry::default()
        });
        id
    }

    /// The entry of a normal form.
    fn norm_entry(&self, norm: &str) -> Option<&Entry> {
        self.norms.get(norm).map(|&id| &self.entries[id as usize])
    }

    /// The entry of a token, by its lower-case form: the exact word first, then its normal form.
    pub fn lookup(&self, lower: &str, mention: bool, scratch: &mut Scratch) -> Option<&Entry> {
        let plain: &str = if lower.contains(['’', '‘']) {
            scratch.plain.clear();
            scratch
                .plain
                .extend(lower.chars().map(|c| if matches!(c, '’' | '‘') { '\'' } else { c }));
            &scratch.plain
        } else {
            lower
        };
        if let Some(e) = self.exact.get(plain) {
            return Some(e);
        }
        // "secretary's" is "secretary" for an exact entry too, unless listed itself.
        if let Some(e) = plain.strip_suffix("'s").and_then(|stem| self.exact.get(stem)) {
            return Some(e);
        }
        if mention {
            let handle = self.handles.iter().find(|(h, _)| plain.starts_with(&**h));
            return self.norm_entry(plain).or(handle.map(|(_, e)| e));
        }
        norm(plain, &mut scratch.norm);
        self.norm_entry(&scratch.norm)
    }

    /// `u64`s for one bit per class.
    pub fn words(&self) -> usize {
        self.words
    }

    /// The lexicon and name of a class, for messages and the classifier's class features.
    pub fn name(&self, class: Class) -> (&'static str, &'static str) {
        self.names[usize::from(class.0)]
    }
}

/// Every registered lexicon, merged; built on first use.
pub fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::build(crate::rules::LEXICONS))
}
