//! Prints a plain static HTML page of the 基本情報 section's questions, from the field
//! registry: each label, hint and control as the app shows them, styled by the app's CSS and
//! with no script. `scripts/bench-load.sh` times the app's `#/basic` against it (how much
//! slower the app is than the page a Word template would become).
//! Run: `cargo run -p declaration --example plain_page -- CSS_HREF > page.html`.

use declaration::fields::{self, Control, Section};
use declaration::Lang;

/// The text with `&`, `<`, `>` and `"` escaped for HTML.
fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn main() {
    let css = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "main.css".to_string());
    let lang = Lang::Ja;
    let mut body = String::new();
    for (i, f) in fields::fields_of(Section::Basic).enumerate() {
        let id = format!("q{i}");
        let kind = match f.control {
            Control::Email => "email",
            Control::Tel => "tel",
            Control::Url => "url",
            Control::Date => "date",
            Control::Number => "number",
            Control::Text
            | Control::TextArea
            | Control::PostalCode
            | Control::Code
            | Control::Country
            | Control::CorporateNumber
            | Control::MunicipalityCode
            | Control::Choice
            | Control::Parent
            | Control::YesNo
            | Control::Check
            | Control::Group => "text",
        };
        let hint = f.hint(lang);
        let hint = if hint.is_empty() {
            String::new()
        } else {
            format!("<p class=\"hint\" id=\"{id}-hint\">{}</p>", esc(hint))
        };
        let control = if f.control == Control::TextArea {
            format!(
                "<textarea id=\"{id}\" name=\"{}\" rows=\"5\"></textarea>",
                f.key
            )
        } else {
            format!("<input id=\"{id}\" name=\"{}\" type=\"{kind}\">", f.key)
        };
        body.push_str(&format!(
            "<div class=\"field\"><label class=\"field__label\" for=\"{id}\">{}</label>{hint}{control}</div>\n",
            esc(f.label(lang))
        ));
    }
    println!(
        "<!DOCTYPE html>\n<html lang=\"ja\">\n<head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>基本情報</title><link rel=\"stylesheet\" href=\"{css}\"></head>\n<body>\
         <header class=\"header\"><p class=\"header__name\">クラウド再委託 自己申告書</p></header>\
         <main class=\"main\" id=\"main\"><h1>{}</h1>\n<form class=\"section-form\">\n{body}\
         <button type=\"submit\" class=\"button\">保存して次へ進む</button></form></main></body>\n</html>",
        Section::Basic.title(lang)
    );
}
