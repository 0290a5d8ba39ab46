//! Before and after: one group, each file marked by hand, or a split by date.

use crate::core::cohort::intake::Submission;
use crate::core::cohort::state::{suggested_split, CohortAction};
use crate::core::cohort::texts::C;
use crate::core::cohort::{Wave, WaveRule};
use crate::core::dates::{local_midnight_ms, DateTime};
use crate::core::i18n::Lang;
use crate::ui::browser::{now_ms, offset_minutes};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WavesPanelProps {
    pub lang: Lang,
    pub files: Rc<Vec<Submission>>,
    pub rule: WaveRule,
    pub hide_names: bool,
    pub on_action: Callback<CohortAction>,
}

#[function_component(WavesPanel)]
pub fn waves_panel(props: &WavesPanelProps) -> Html {
    let lang = props.lang;
    let rule = props.rule;
    let split_default = {
        let files = props.files.clone();
        move || {
            let at = suggested_split(&files).unwrap_or_else(now_ms);
            let day = DateTime::from_epoch_ms(at, offset_minutes(at)).iso_date();
            local_midnight_ms(&day, offset_minutes(at)).unwrap_or(at)
        }
    };
    let radio = |value: &'static str, text: C, checked: bool, make: Rc<dyn Fn() -> WaveRule>| {
        let on_change = props
            .on_action
            .reform(move |_: Event| CohortAction::Rule(make()));
        html! {
            <label class="choice">
                <input type="radio" name="wave-rule" {value} {checked} onchange={on_change} />
                { " " }{ text.get(lang) }
            </label>
        }
    };
    let on_date = props.on_action.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlInputElement>().value();
        let at = local_midnight_ms(&value, offset_minutes(now_ms()));
        match at {
            Some(at) => CohortAction::Rule(WaveRule::SplitAt(at)),
            None => CohortAction::Say(C::ByDate),
        }
    });
    let split_value = match rule {
        WaveRule::SplitAt(at) => DateTime::from_epoch_ms(at, offset_minutes(at)).iso_date(),
        _ => String::new(),
    };
    html! {
        <section class="waves" aria-labelledby="waves-heading">
            <h2 id="waves-heading">{ C::Waves.get(lang) }</h2>
            <fieldset class="wave-rule">
                <legend class="visually-hidden">{ C::Waves.get(lang) }</legend>
                { radio("single", C::OneGroup, rule == WaveRule::Single, Rc::new(|| WaveRule::Single)) }
                { radio("file", C::ByFile, rule == WaveRule::ByFile, Rc::new(|| WaveRule::ByFile)) }
                { radio("date", C::ByDate, matches!(rule, WaveRule::SplitAt(_)), Rc::new(move || WaveRule::SplitAt(split_default()))) }
            </fieldset>
            if matches!(rule, WaveRule::SplitAt(_)) {
                <label class="field split-date">
                    <span>{ C::SplitDate.get(lang) }</span>
                    <input type="date" value={split_value} onchange={on_date} />
                </label>
            }
            if rule == WaveRule::ByFile {
                <ul class="file-waves">
                    { for props.files.iter().enumerate().map(|(n, f)| {
                        let shown = match (&f.name, props.hide_names) {
                            (_, true) => C::FileN.fill(lang, &[("n", &(n + 1).to_string())]),
                            (Some(name), false) => format!("{name} ({})", f.file),
                            (None, false) => f.file.clone(),
                        };
                        let on_change = props.on_action.reform(move |e: Event| {
                            let after = e.target_unchecked_into::<HtmlSelectElement>().value() == "after";
                            CohortAction::MarkWave(n, if after { Wave::After } else { Wave::Before })
                        });
                        let id = format!("wave-{n}");
                        html! { <li>
                            <label for={id.clone()}>{ shown }</label>
                            <select {id} onchange={on_change}>
                                <option value="before" selected={f.wave == Wave::Before}>{ C::Before.get(lang) }</option>
                                <option value="after" selected={f.wave == Wave::After}>{ C::After.get(lang) }</option>
                            </select>
                        </li> }
                    }) }
                </ul>
            }
        </section>
    }
}
