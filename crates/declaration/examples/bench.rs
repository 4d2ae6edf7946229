//! Benchmarks of the core, printing figures (no pass/fail: timings depend on the machine).
//! Each operation runs on `compliant.json` and on a large declaration built from it (60
//! subcontractors over three levels, 60 measures), as the browser does on every change
//! (validate, verdict, the JSON a save writes) or on an action (import, export, change
//! list, diagram). Run: `cargo run --release -p declaration --example bench`.

use declaration::{changes, diagram, io, rules, verdict, Declaration, Lang};
use std::hint::black_box;
use std::time::Instant;

/// The median time of `f`, in microseconds, over enough runs to fill about 0.2 s.
fn time(mut f: impl FnMut()) -> f64 {
    let start = Instant::now();
    f();
    let once = start.elapsed().as_secs_f64().max(1e-7);
    let runs = ((0.2 / once) as usize).clamp(5, 5000);
    let mut samples: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[runs / 2]
}

/// `compliant.json` grown to 60 subcontractors (20 per level) and 60 measures.
fn large(base: &Declaration) -> Declaration {
    let mut d = base.clone();
    let template = d.subcontractors[0].clone();
    let measure = d.measures[0].clone();
    d.subcontractors.clear();
    for i in 0..60 {
        let mut s = template.clone();
        s.id = format!("sub-{i}");
        s.parent = (i >= 20).then(|| format!("sub-{}", i - 20));
        s.name = Some(format!("再委託先株式会社{i}"));
        d.subcontractors.push(s);
    }
    d.measures = (0..60)
        .map(|i| {
            let mut m = measure.clone();
            m.id = format!("m-{i}");
            m
        })
        .collect();
    d
}

fn main() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/compliant.json"
    ))
    .expect("tests/fixtures/compliant.json");
    let compliant = io::import_str(&text).expect("imports").declaration;
    let big = large(&compliant);
    let extra = serde_json::json!({});
    println!("core benchmarks: median µs per operation (native, release)");
    for (name, d) in [("compliant", &compliant), ("large", &big)] {
        let json = io::to_json(d, &extra);
        let figures = [
            (
                "validate (rules::errors)",
                time(|| drop(black_box(rules::errors(d)))),
            ),
            (
                "verdict (11 conditions)",
                time(|| drop(black_box(verdict::verdict(d)))),
            ),
            (
                "save JSON (io::to_json)",
                time(|| drop(black_box(io::to_json(d, &extra)))),
            ),
            (
                "import (io::import_str)",
                time(|| drop(black_box(io::import_str(&json)))),
            ),
            (
                "export with integrity",
                time(|| {
                    drop(black_box(io::export(
                        d,
                        &extra,
                        "2024-02-20T00:00:00Z",
                        "bench",
                    )))
                }),
            ),
            (
                "change list from compliant",
                time(|| drop(black_box(changes::diff(&compliant, d)))),
            ),
            (
                "diagram SVG",
                time(|| drop(black_box(diagram::svg(d, Lang::Ja)))),
            ),
        ];
        println!("-- {name} ({} bytes of JSON)", json.len());
        for (what, us) in figures {
            println!("  {what:<32} {us:>10.1}");
        }
    }
}
