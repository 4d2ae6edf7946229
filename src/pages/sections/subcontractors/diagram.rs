//! 履行体制図 on the subcontractor page (spec S6/S9): the core's SVG of the subcontracting
//! tree ([`declaration::diagram::svg`]), drawn again as the answers change (a text once typing
//! pauses), and the same
//! structure as nested lists for screen readers and anyone who prefers words, in a
//! `<details>` 「文章で見る」. The SVG names itself (`role="img"`, its `<title>` and `<desc>`).

use crate::form::Form;
use declaration::diagram;
use leptos::prelude::*;

/// How long typing must pause before a changed text is drawn.
const REDRAW_MS: u64 = 200;

/// One line of the text alternative and the lines below it.
struct Item {
    text: String,
    children: Vec<Item>,
}

/// The lines `(depth, text)` in display order as a tree: a line belongs under the nearest
/// line before it with a smaller depth.
fn nest(lines: &[(usize, String)]) -> Vec<Item> {
    fn take(lines: &[(usize, String)], at: &mut usize, depth: usize) -> Vec<Item> {
        let mut out = Vec::new();
        while let Some((d, text)) = lines.get(*at) {
            if *d < depth {
                break;
            }
            *at += 1;
            let children = take(lines, at, d + 1);
            out.push(Item {
                text: text.clone(),
                children,
            });
        }
        out
    }
    let mut at = 0;
    take(lines, &mut at, 0)
}

/// Nested lists of `items`.
fn list(items: Vec<Item>) -> AnyView {
    view! {
        <ul>
            {items.into_iter().map(|i| view! {
                <li>
                    {i.text}
                    {(!i.children.is_empty()).then(|| list(i.children))}
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// The diagram of the draft, below the list of subcontractors.
#[component]
pub fn Diagram(form: Form) -> impl IntoView {
    let lang = form.lang;
    // Only what the diagram draws: typing an address or a date redraws nothing. A new box
    // or line is drawn at once; a name being typed is drawn when typing pauses
    // ([`REDRAW_MS`]), so a keystroke never waits for a diagram of hundreds of boxes.
    // In a part, the contractor and the chain above it are drawn as context, by name only.
    let context = crate::store::PartScope::here().map(|s| s.context);
    let drawing = Memo::new(move |_| {
        form.draft.with(|d| match context {
            Some(n) => diagram::Drawing::of_part(d, n),
            None => diagram::Drawing::of(d),
        })
    });
    let shown = RwSignal::new(drawing.get_untracked());
    let ticket = StoredValue::new(0u64);
    Effect::new(move |_| {
        let next = drawing.get();
        if shown.with_untracked(|s| *s == next) {
            return;
        }
        if shown.with_untracked(|s| !s.same_shape(&next)) {
            shown.set(next);
            return;
        }
        let mine = ticket.get_value() + 1;
        ticket.set_value(mine);
        set_timeout(
            move || {
                if ticket.try_get_value() == Some(mine) {
                    if let Some(latest) = drawing.try_get_untracked() {
                        shown.try_set(latest);
                    }
                }
            },
            std::time::Duration::from_millis(REDRAW_MS),
        );
    });
    let svg = Memo::new(move |_| shown.with(|d| d.svg(lang.get())));
    let lines = Memo::new(move |_| shown.with(|d| d.text_alternative(lang.get())));
    view! {
        <figure class="diagram-figure" data-testid="diagram" aria-labelledby="diagram-heading">
            <figcaption>
                <h2 class="group__title" id="diagram-heading">{move || lang.get().pick("履行体制図", "Implementation structure")}</h2>
                <p class="hint">{move || lang.get().pick(
                    "入力した再委託先から自動で作成しています。",
                    "Drawn from the subcontractors you entered.",
                )}</p>
            </figcaption>
            // On a narrow screen the drawing would be too small to read: the same tree as an
            // indented list first, then the drawing at its own size, scrolling sideways.
            <div class="diagram-figure__narrow" data-testid="diagram-narrow">
                {move || list(nest(&lines.get()))}
                <p class="hint">{move || lang.get().pick(
                    "下の図は、横にスクロールすると全体を見られます。",
                    "Scroll the drawing below sideways to see all of it.",
                )}</p>
            </div>
            // It scrolls sideways on a narrow screen: reachable with the keyboard too.
            <div class="diagram-figure__svg" tabindex="0" role="region"
                aria-label=move || lang.get().pick("履行体制図（図）", "Implementation structure (drawing)")
                inner_html=move || svg.get()></div>
            <details class="diagram-figure__text">
                <summary>{move || lang.get().pick("文章で見る", "Read it as text")}</summary>
                {move || list(nest(&lines.get()))}
            </details>
        </figure>
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::*;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    fn texts(items: &[Item]) -> Vec<(String, usize)> {
        items
            .iter()
            .map(|i| (i.text.clone(), i.children.len()))
            .collect()
    }

    #[wasm_bindgen_test]
    fn lines_nest_by_depth() {
        let lines: Vec<(usize, String)> = [(0, "m"), (1, "c"), (2, "a"), (3, "a1"), (2, "b")]
            .iter()
            .map(|(d, t)| (*d, t.to_string()))
            .collect();
        let tree = nest(&lines);
        assert_eq!(texts(&tree), vec![("m".to_string(), 1)]);
        let c = &tree[0].children;
        assert_eq!(texts(c), vec![("c".to_string(), 2)]);
        assert_eq!(
            texts(&c[0].children),
            vec![("a".to_string(), 1), ("b".to_string(), 0)]
        );
        assert_eq!(
            texts(&c[0].children[0].children),
            vec![("a1".to_string(), 0)]
        );
    }

    #[wasm_bindgen_test]
    fn a_jump_in_depth_still_nests_under_the_line_before() {
        let lines = vec![
            (0, "m".to_string()),
            (3, "x".to_string()),
            (1, "c".to_string()),
        ];
        let tree = nest(&lines);
        assert_eq!(texts(&tree), vec![("m".to_string(), 2)]);
    }
}
