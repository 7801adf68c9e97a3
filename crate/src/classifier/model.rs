//! The weights file: a small versioned binary format, read in place from the bytes the
//! build embeds (nothing is decoded or copied at start-up but a header of a few dozen bytes).
//!
//! ```text
//! "AMBC"  version:u8  bits:u8  classes:u8  0:u8
//! per class:  id_len:u8 id:utf8  bias:f32  scale:f32  threshold:f32   (little endian)
//! weights:    (1 << bits) buckets × classes, i8, bucket-major
//! ```
//!
//! A class's logit for a sentence with features `f₁…fₙ` (hashes, weights `aᵢ`) is
//! `zₖ = biasₖ + scaleₖ · Σ aᵢ · sign(fᵢ) · wₖ[bucket(fᵢ)] / √(Σ aᵢ)`. The classes and
//! "clean" (logit 0) share one softmax: `pₖ = e^zₖ / (1 + Σⱼ e^zⱼ)`. A class is reported
//! when `pₖ` reaches its threshold.

use super::features::weight;

pub const MAGIC: &[u8; 4] = b"AMBC";
pub const VERSION: u8 = 1;
/// More classes than the rules they stand for would be a malformed file.
pub const MAX_CLASSES: usize = 8;

#[derive(Clone, Debug, PartialEq)]
pub struct Class<'a> {
    /// The id of the rule whose findings this class adds to.
    pub id: &'a str,
    pub bias: f32,
    /// What one step of a quantised weight is worth.
    pub scale: f32,
    /// The least probability reported (chosen on the dev split); above 1 when never.
    pub threshold: f32,
}

#[derive(Clone, Debug)]
pub struct Model<'a> {
    pub bits: u8,
    pub classes: Vec<Class<'a>>,
    /// Bucket-major: the weights of bucket `b` are `weights[b * classes.len()..][..classes.len()]`,
    /// each an `i8` kept as its byte (read in place, no copy, no `unsafe`).
    pub weights: &'a [u8],
}

/// The bucket a feature hash falls in, and the sign it adds with (the "hashing trick"
/// with signs, so that colliding features cancel out rather than pile up).
#[inline]
pub fn bucket(hash: u32, bits: u8) -> (usize, bool) {
    ((hash >> (32 - u32::from(bits))) as usize, hash & 1 == 1)
}

fn f32_at(bytes: &[u8], at: usize) -> Option<f32> {
    let b = bytes.get(at..at + 4)?;
    Some(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

impl<'a> Model<'a> {
    /// Reads a model; `None` for anything malformed (never panics).
    pub fn parse(bytes: &'a [u8]) -> Option<Self> {
        if bytes.get(..4)? != MAGIC || *bytes.get(4)? != VERSION {
            return None;
        }
        let bits = *bytes.get(5)?;
        let count = usize::from(*bytes.get(6)?);
        if !(8..=24).contains(&bits) || count == 0 || count > MAX_CLASSES {
            return None;
        }
        let mut at = 8;
        let mut classes = Vec::with_capacity(count);
        for _ in 0..count {
            let len = usize::from(*bytes.get(at)?);
            let id = std::str::from_utf8(bytes.get(at + 1..at + 1 + len)?).ok()?;
            at += 1 + len;
            classes.push(Class {
                id,
                bias: f32_at(bytes, at)?,
                scale: f32_at(bytes, at + 4)?,
                threshold: f32_at(bytes, at + 8)?,
            });
            at += 12;
        }
        let rest = bytes.get(at..)?;
        if rest.len() != (1usize << bits) * count {
            return None;
        }
        Some(Model {
            bits,
            classes,
            weights: rest,
        })
    }

    /// The model as bytes, the inverse of [`Model::parse`].
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.weights.len() + 64);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&[VERSION, self.bits, self.classes.len() as u8, 0]);
        for c in &self.classes {
            out.push(c.id.len() as u8);
            out.extend_from_slice(c.id.as_bytes());
            for x in [c.bias, c.scale, c.threshold] {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        out.extend_from_slice(self.weights);
        out
    }

    /// Each class's probability for a sentence's features, into `out` (one per class).
    pub fn probabilities(&self, features: &[u32], out: &mut Vec<f32>) {
        let mut sums = Sums::default();
        for &h in features {
            self.add(&mut sums, h);
        }
        self.finish(&sums, out);
    }

    /// Adds one feature's weights to the running sums of a sentence.
    #[inline]
    pub fn add(&self, sums: &mut Sums, h: u32) {
        let k = self.classes.len();
        let (b, negative) = bucket(h, self.bits);
        let a = weight(h);
        sums.total += a;
        let a = if negative { -a } else { a };
        let Some(row) = self.weights.get(b * k..b * k + k) else {
            return;
        };
        // The common case, a row of eight, in fixed-size steps the compiler unrolls.
        if let Ok(row) = <&[u8; MAX_CLASSES]>::try_from(row) {
            for (sum, &w) in sums.by_class.iter_mut().zip(row) {
                *sum += a * i32::from(w as i8);
            }
        } else {
            for (sum, &w) in sums.by_class.iter_mut().zip(row) {
                *sum += a * i32::from(w as i8);
            }
        }
    }

    /// Each class's probability from a sentence's sums, into `out` (one per class).
    pub fn finish(&self, sums: &Sums, out: &mut Vec<f32>) {
        let norm = 1.0 / (sums.total.max(1) as f32).sqrt();
        out.clear();
        out.extend(
            self.classes
                .iter()
                .zip(sums.by_class)
                .map(|(c, sum)| c.bias + c.scale * sum as f32 * norm),
        );
        softmax_with_clean(out);
    }
}

/// A sentence's weighted sums per class, and the total weight of its features (exact
/// integers, so the order in which features arrive does not matter).
#[derive(Clone, Copy, Debug, Default)]
pub struct Sums {
    by_class: [i32; MAX_CLASSES],
    total: i32,
}

impl Sums {
    /// Adds the sums of another part of the sentence (a word's features, added up once).
    pub fn add_all(&mut self, other: &Sums) {
        for (sum, x) in self.by_class.iter_mut().zip(other.by_class) {
            *sum += x;
        }
        self.total += other.total;
    }
}

/// Logits to probabilities, beside the implicit "clean" class whose logit is 0.
pub fn softmax_with_clean(values: &mut [f32]) {
    // Shifted by the largest logit (0 included), so no `exp` overflows.
    let top = values.iter().fold(0f32, |m, &z| m.max(z));
    let clean = exp(-top);
    for z in values.iter_mut() {
        *z = exp(*z - top);
    }
    let total = clean + values.iter().sum::<f32>();
    for p in values.iter_mut() {
        *p /= total;
    }
}

/// `e^x` from additions and multiplications only, so that training gives the same bits on
/// every platform (a platform's `expf` may round differently): `2^k · e^r` with
/// `|r| ≤ ln 2 / 2` and a degree-7 Taylor polynomial, good to f32's own precision.
pub fn exp(x: f32) -> f32 {
    let x = x.clamp(-80.0, 80.0);
    let k = (x * std::f32::consts::LOG2_E + 0.5).floor();
    // ln 2 in two parts (Cody and Waite): `k · LN2_HI` is exact, so `r` keeps its precision.
    const LN2_HI: f32 = 0.693_145_75;
    const LN2_LO: f32 = 1.428_606_8e-6;
    let r = (x - k * LN2_HI) - k * LN2_LO;
    let mut p = 1.0 / 5040.0;
    for c in [1.0 / 720.0, 1.0 / 120.0, 1.0 / 24.0, 1.0 / 6.0, 0.5, 1.0, 1.0] {
        p = p * r + c;
    }
    p * f32::from_bits(((k as i32 + 127) as u32) << 23)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exp_is_close_to_the_platforms() {
        for i in -800..=800 {
            let x = i as f32 / 10.0;
            let (ours, theirs) = (exp(x), x.exp());
            assert!((ours - theirs).abs() <= theirs * 1e-6, "{x}: {ours} vs {theirs}");
        }
    }

    #[test]
    fn softmax_sums_to_one_with_clean() {
        let mut p = [1.0, -2.0, 300.0];
        softmax_with_clean(&mut p);
        assert!(p.iter().all(|x| x.is_finite()));
        assert!(p[2] > 0.99 && p.iter().sum::<f32>() <= 1.0);
    }

    #[test]
    fn malformed_files_are_refused() {
        assert!(Model::parse(b"").is_none());
        assert!(Model::parse(b"AMBC\x01\x08\x01\x00").is_none());
        let model = Model {
            bits: 8,
            classes: vec![Class {
                id: "copyright",
                bias: 0.5,
                scale: 0.1,
                threshold: 0.9,
            }],
            weights: &[7; 256],
        };
        let bytes = model.to_bytes();
        let back = Model::parse(&bytes).unwrap();
        assert_eq!(back.classes, model.classes);
        assert!(Model::parse(&bytes[..bytes.len() - 1]).is_none());
    }
}
