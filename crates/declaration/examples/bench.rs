//! Benchmarks of the core, printing figures (no pass/fail: timings depend on the machine).
//! Each operation runs on `compliant.json`, on a large declaration built from it (60
//! subcontractors over three levels, 60 measures), and on the worst shapes at the import
//! limits ([`io::MAX_SUBCONTRACTORS`] complete subcontractors as one long chain, one wide
//! star and one cycle through all, each with [`io::MAX_MEASURES`] measures and
//! [`io::MAX_REGIONS`] storage regions), as the browser does on every change (validate,
//! verdict, the JSON a save writes) or on an action (import, export, change list, diagram,
//! the Excel workbook).
//! The last line sums validate + verdict + change list + diagram per column: the target at
//! the limits is 50 ms. Then 宛先 (`addressees.md`): `compliant.json` sent to the 29
//! municipalities of Mie (`tests/fixtures/mie-addressees.tsv`) — every file, the ZIP of
//! 「全ての宛先に書き出す」 with its 送付一覧 (time, size), and the 29 change lists.
//! Run: `cargo run --release -p declaration --example bench`.

use declaration::{changes, diagram, io, rules, verdict, xlsx, Declaration, Lang};
use std::hint::black_box;
use std::time::Instant;

/// The median time of `f`, in microseconds, over enough runs to fill about 0.2 s.
fn time(mut f: impl FnMut()) -> f64 {
    let start = Instant::now();
    f();
    let once = start.elapsed().as_secs_f64().max(1e-7);
    let runs = ((0.2 / once) as usize).clamp(3, 5000);
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

/// The tree shapes a declaration is grown to.
#[derive(Clone, Copy)]
enum Shape {
    /// Three levels of `n / 3`.
    Levels,
    /// Each entry below the one before.
    Chain,
    /// Every entry directly below the contractor.
    Star,
    /// Each entry below the next, the last below the first: no one reaches the contractor.
    Cycle,
}

/// `base` grown to `subs` complete subcontractors in `shape`, `measures` measures and
/// `regions` storage regions.
fn grown(
    base: &Declaration,
    shape: Shape,
    subs: usize,
    measures: usize,
    regions: usize,
) -> Declaration {
    let mut d = base.clone();
    let template = d.subcontractors[0].clone();
    let measure = d.measures[0].clone();
    d.subcontractors = (0..subs)
        .map(|i| {
            let mut s = template.clone();
            s.id = format!("sub-{i}");
            s.parent = match shape {
                Shape::Levels => (i >= subs / 3).then(|| format!("sub-{}", i - subs / 3)),
                Shape::Chain => (i > 0).then(|| format!("sub-{}", i - 1)),
                Shape::Star => None,
                Shape::Cycle => Some(format!("sub-{}", (i + 1) % subs)),
            }
            .or_else(|| Some("contractor".into()));
            s.name = Some(format!("再委託先株式会社{i}"));
            s
        })
        .collect();
    d.measures = (0..measures)
        .map(|i| {
            let mut m = measure.clone();
            m.id = format!("m-{i}");
            m
        })
        .collect();
    if let Some(location) = d.cloud.as_mut().and_then(|c| c.data_location.as_mut()) {
        if let Some(first) = location.regions.first().cloned() {
            location.regions = vec![first; regions];
        }
    }
    d
}

fn main() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/compliant.json"
    ))
    .expect("tests/fixtures/compliant.json");
    let compliant = io::import_str(&text).expect("imports").declaration;
    let (s, m, r) = (io::MAX_SUBCONTRACTORS, io::MAX_MEASURES, io::MAX_REGIONS);
    let columns = [
        ("compliant", compliant.clone()),
        ("60+60", grown(&compliant, Shape::Levels, 60, 60, 2)),
        ("chain", grown(&compliant, Shape::Chain, s, m, r)),
        ("star", grown(&compliant, Shape::Star, s, m, r)),
        ("cycle", grown(&compliant, Shape::Cycle, s, m, r)),
    ];
    let extra = serde_json::json!({});
    println!("core benchmarks: median µs per operation (native, release)");
    println!(
        "  limits: {s} subcontractors, {m} measures, {r} regions; chain/star/cycle are at the limits"
    );
    let mut rows: Vec<(&str, Vec<f64>)> = Vec::new();
    let (mut bytes, mut workbook_bytes) = (Vec::new(), Vec::new());
    let mut row = |what: &'static str, v: f64, col: usize| {
        if col == 0 {
            rows.push((what, Vec::new()));
        }
        rows.iter_mut()
            .find(|(w, _)| *w == what)
            .expect("row")
            .1
            .push(v);
    };
    for (col, (_, d)) in columns.iter().enumerate() {
        let json = io::to_json(d, &extra);
        bytes.push(json.len());
        row(
            "validate (rules::errors)",
            time(|| drop(black_box(rules::errors(d)))),
            col,
        );
        row(
            "verdict (11 conditions)",
            time(|| drop(black_box(verdict::verdict(d)))),
            col,
        );
        row(
            "change list from compliant",
            time(|| drop(black_box(changes::diff(&compliant, d)))),
            col,
        );
        row(
            "diagram SVG",
            time(|| drop(black_box(diagram::svg(d, Lang::Ja)))),
            col,
        );
        row(
            "save JSON (io::to_json)",
            time(|| drop(black_box(io::to_json(d, &extra)))),
            col,
        );
        row(
            "import (io::import_str)",
            time(|| drop(black_box(io::import_str(&json)))),
            col,
        );
        row(
            "export with integrity",
            time(|| {
                drop(black_box(io::export(
                    d,
                    &extra,
                    "2024-02-20T00:00:00Z",
                    "bench",
                )))
            }),
            col,
        );
        row(
            "Excel workbook (xlsx)",
            time(|| drop(black_box(xlsx::declaration(d, Lang::Ja)))),
            col,
        );
        workbook_bytes.push(xlsx::declaration(d, Lang::Ja).map_or(0, |b| b.len()));
    }
    let sums: Vec<f64> = (0..columns.len())
        .map(|c| rows[..4].iter().map(|(_, v)| v[c]).sum())
        .collect();
    print!("  {:<30}", "");
    for (name, _) in &columns {
        print!(" {name:>10}");
    }
    println!();
    print!("  {:<30}", "bytes of JSON");
    for b in &bytes {
        print!(" {b:>10}");
    }
    println!();
    print!("  {:<30}", "bytes of the workbook");
    for b in &workbook_bytes {
        print!(" {b:>10}");
    }
    println!();
    for (what, v) in rows
        .iter()
        .chain([("validate+verdict+changes+diagram", sums)].iter())
    {
        print!("  {what:<30}");
        for us in v {
            print!(" {us:>10.0}");
        }
        println!();
    }
    addressees(&columns[0].1);
}

/// The figures of a declaration sent to the 29 municipalities of Mie.
fn addressees(compliant: &Declaration) {
    use declaration::addressees::{package, paste};
    let tsv = include_str!("../../../tests/fixtures/mie-addressees.tsv");
    let mut d = compliant.clone();
    for (i, row) in paste::read(tsv).rows.into_iter().enumerate() {
        let mut a = row.addressee;
        a.id = format!("mie-{i}");
        declaration::lists::add_addressee(&mut d, a);
    }
    let now = "2026-12-08T00:00:00Z";
    let mut changed = d.clone();
    changed.basic.system_name = Some("国保総合システム（改訂）".into());
    let (_, zip, _) = xlsx::package::addressees(&d, now, "bench", Lang::Ja).expect("a package");
    println!();
    println!("宛先: compliant.json sent to the 29 municipalities of Mie (median µs)");
    println!(
        "  {:<44} {:>10.0}",
        "29 files (export, both hashes)",
        time(|| {
            black_box(package::files(black_box(&d), now, "bench"));
        })
    );
    println!(
        "  {:<44} {:>10.0}",
        "the ZIP (29 files, 送付一覧 CSV and workbook)",
        time(|| {
            black_box(xlsx::package::addressees(black_box(&d), now, "bench", Lang::Ja).ok());
        })
    );
    println!(
        "  {:<44} {:>10.0}",
        "29 change lists (one body edit)",
        time(|| {
            black_box(changes::per_addressee(black_box(&d), black_box(&changed)));
        })
    );
    println!("  {:<44} {:>10}", "bytes of the ZIP", zip.len());
}
