//! Tests of the parts around the store: keys, default names, the order of timestamps,
//! compact JSON, the draft last open, and the messages of the errors.

use super::super::name::{instant, newest_first};
use super::super::record::compact;
use super::super::*;
use super::{drafts, raw, T1, T3};
use crate::fixtures::compliant;

#[test]
fn keys_belong_to_their_drafts() {
    assert_eq!(key_of("abc"), "cloud-decl/v1/draft/abc");
    assert!(key_of("abc").starts_with(PREFIX));
    assert_eq!(id_of_key(&key_of("a-1")), Some("a-1"));
    assert_eq!(id_of_key("cloud-decl/v1/draft/"), None);
    assert_eq!(id_of_key(CURRENT_KEY), None);
    assert_eq!(id_of_key(&snapshot_key("a", 1)), None);
    assert_eq!(id_of_key("other-app/draft/a"), None);
    assert_eq!(snapshot_key("a", 3), "cloud-decl/v1/snapshot/a/3");
    assert_eq!(snapshot_of_key(&snapshot_key("a/b", 12)), Some(("a/b", 12)));
    assert_eq!(snapshot_of_key("cloud-decl/v1/snapshot/a/01"), None);
    assert_eq!(snapshot_of_key("cloud-decl/v1/snapshot/a/x"), None);
    assert_eq!(snapshot_of_key("cloud-decl/v1/snapshot//1"), None);
    assert_eq!(snapshot_of_key(&key_of("a")), None);
}

#[test]
fn default_names_and_their_fallbacks() {
    let mut d = compliant();
    assert_eq!(
        default_name(&d, Lang::Ja),
        "○○市 国保総合(国保集約)システム 2024-02-20"
    );
    d.basic.municipality = Some("  \n ".into());
    d.basic.system_name = Some("基幹\nシステム ".into());
    d.basic.declaration_date = None;
    assert_eq!(default_name(&d, Lang::Ja), "（団体名未入力） 基幹 システム");
    assert_eq!(
        default_name(&d, Lang::En),
        "(municipality not entered) 基幹 システム"
    );
    let empty = Declaration::new();
    assert_eq!(
        default_name(&empty, Lang::Ja),
        "（団体名未入力） （システム名未入力）"
    );
}

#[test]
fn timestamps_order_by_the_instant_they_name() {
    assert_eq!(instant("1970-01-01T00:00:00Z"), Some((0, 0)));
    assert_eq!(instant("1970-01-01T09:00:00+09:00"), Some((0, 0)));
    assert_eq!(
        instant("2000-03-01T00:00:00.5Z"),
        Some((951_868_800, 500_000_000))
    );
    assert_eq!(instant("1969-12-31T23:59:59-00:00"), Some((-1, 0)));
    for bad in [
        "",
        "2024-02-30T00:00:00Z",
        "2024-02-20T24:00:00Z",
        "2024-02-20T00:00:00",
        "2024-02-20T00:00:00.Z",
        "2024-02-20T00:00:00+9:00",
    ] {
        assert_eq!(instant(bad), None, "{bad}");
    }
    use std::cmp::Ordering::*;
    assert_eq!(
        newest_first("2024-01-01T00:00:03Z", "2024-01-01T00:00:03.1Z"),
        Greater
    );
    assert_eq!(newest_first(T3, "garbage"), Less);
    assert_eq!(newest_first("b", "a"), Less);
}

#[test]
fn compact_keeps_strings() {
    let pretty = "{\n  \"a b\": \"x \\\" y\\\\\",\n  \"c\": [ 1, 2 ]\n}\n";
    assert_eq!(compact(pretty), r#"{"a b":"x \" y\\","c":[1,2]}"#);
}

#[test]
fn the_draft_last_open_is_remembered() {
    let mut s = drafts();
    assert_eq!(s.current(), Ok(None));
    s.set_current("d1").unwrap();
    assert_eq!(s.current(), Ok(Some("d1".to_string())));
    assert_eq!(raw(&s, CURRENT_KEY).as_deref(), Some("d1"));
    s.clear_current().unwrap();
    assert_eq!(s.current(), Ok(None));
}

#[test]
fn error_messages_say_what_to_do() {
    let all = [
        SaveError::Conflict {
            stored_revision: 2,
            saved_at: T1.into(),
        },
        SaveError::Missing,
        SaveError::Unreadable,
        SaveError::TooLarge { bytes: 3 << 20 },
        SaveError::Store(StoreError::Quota),
    ];
    for e in &all {
        assert!(e.words().ja.ends_with('。'), "{}", e.words().ja);
        assert!(e.words().en.ends_with('.'), "{}", e.words().en);
        assert_eq!(
            e.to_string(),
            format!("{} / {}", e.words().ja, e.words().en)
        );
    }
    assert!(all[0].words().ja.contains("別のタブ") && all[0].words().en.contains("another tab"));
    assert!(all[3].words().en.contains("3.0 MiB"));
    assert!(LoadError::Missing.words().ja.contains("見つかりません"));
    assert_eq!(
        LoadError::Store(StoreError::Quota).words().en,
        StoreError::Quota.words().en
    );
}
