//! One item's rating control: a radio group of the scale's levels with the chosen level described,
//! then the item's target and note.

use super::text_field::TextField;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::{Item, Scale};
use crate::core::texts::T;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RatingItemProps {
    pub item: &'static Item,
    pub scale: &'static Scale,
    pub level: Option<u8>,
    pub target: Option<u8>,
    pub note: AttrValue,
    pub lang: Lang,
    pub on_rate: Callback<(String, Option<u8>)>,
    pub on_target: Callback<(String, Option<u8>)>,
    pub on_note: Callback<(String, String)>,
}

#[function_component(RatingItem)]
pub fn rating_item(props: &RatingItemProps) -> Html {
    let RatingItemProps {
        item,
        scale,
        level,
        target,
        lang,
        ..
    } = *props;
    let name = item.name.get(lang);
    let name_id = format!("{}-name", item.id);
    let prompt_id = format!("{}-prompt", item.id);
    let chosen_id = format!("{}-chosen", item.id);
    let target_id = format!("{}-target", item.id);
    let chosen = level.and_then(|l| scale.level(l));
    let on_target = {
        let (on_target, id) = (props.on_target.clone(), &*item.id);
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            on_target.emit((id.to_string(), value.parse().ok()))
        })
    };
    let on_note = {
        let (on_note, id) = (props.on_note.clone(), &*item.id);
        Callback::from(move |text: String| on_note.emit((id.to_string(), text)))
    };
    html! {
        <div class="rating-item">
            <div role="radiogroup" aria-labelledby={name_id.clone()}
                aria-describedby={format!("{prompt_id} {chosen_id}")}>
                <div class="item-head">
                    if let Some(code) = &item.code {
                        <span class="item-code" aria-hidden="true">{ code.to_string() }</span>
                    }
                    <span class="item-name" id={name_id}>{ name }</span>
                </div>
                <p class="item-prompt" id={prompt_id}>{ item.prompt.get(lang) }</p>
                <div class="levels">
                    { for (1..=scale.max()).map(|value| {
                        let input_id = format!("{}-{value}", item.id);
                        let level_name = scale.level(value).map(|l| l.name.get(lang)).unwrap_or_default();
                        html! {
                            <label class="level" for={input_id.clone()} title={level_name}>
                                <input type="radio" id={input_id} name={item.id.clone()} value={value.to_string()}
                                    checked={level == Some(value)} onchange={rate(&props.on_rate, item, Some(value))}
                                    aria-label={format!("{value}: {level_name}")} />
                                <span aria-hidden="true">{ value }</span>
                            </label>
                        }
                    }) }
                    if level.is_some() {
                        <button type="button" class="clear" onclick={rate(&props.on_rate, item, None)}
                            aria-label={format!("{}: {name}", T::ClearRating.get(lang))}>
                            { T::ClearRating.get(lang) }
                        </button>
                    }
                </div>
                <p class="chosen" id={chosen_id}>
                    { match chosen {
                        Some(l) => html! { <><strong>{ l.name.get(lang) }</strong>{ " — " }{ l.descriptor.get(lang) }</> },
                        None => html! { <span class="muted">{ T::Unrated.get(lang) }</span> },
                    } }
                </p>
            </div>
            <div class="item-extras">
                <label class="target" for={target_id.clone()}>
                    <span>{ T::Target.get(lang) }</span>
                    <select id={target_id} onchange={on_target}
                        aria-label={format!("{}: {name}", T::Target.get(lang))}>
                        <option value="" selected={target.is_none()}>{ T::NoTarget.get(lang) }</option>
                        { for (1..=scale.max()).map(|value| html! {
                            <option value={value.to_string()} selected={target == Some(value)}>
                                { format!("{value} · {}", scale.level(value).map(|l| l.name.get(lang)).unwrap_or_default()) }
                            </option>
                        }) }
                    </select>
                </label>
                <details class="note" open={!props.note.is_empty()}>
                    <summary>{ T::Note.get(lang) }</summary>
                    <TextField label={format!("{}: {name}", T::Note.get(lang))} value={props.note.clone()}
                        placeholder={T::NotePlaceholder.get(lang)} {lang} on_change={on_note} />
                </details>
            </div>
        </div>
    }
}

/// A callback, for any event, that sets this item's level.
fn rate<E>(
    on_rate: &Callback<(String, Option<u8>)>,
    item: &'static Item,
    level: Option<u8>,
) -> Callback<E> {
    let on_rate = on_rate.clone();
    let id = &*item.id;
    Callback::from(move |_| on_rate.emit((id.to_string(), level)))
}
