//! One item's rating control: a radio group of the scale's levels, with the chosen level described.

use crate::core::frameworks::{Item, Scale};
use crate::core::i18n::Lang;
use crate::core::texts::T;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RatingItemProps {
    pub item: &'static Item,
    pub scale: &'static Scale,
    pub level: Option<u8>,
    pub lang: Lang,
    pub on_rate: Callback<(String, Option<u8>)>,
}

#[function_component(RatingItem)]
pub fn rating_item(props: &RatingItemProps) -> Html {
    let RatingItemProps {
        item,
        scale,
        level,
        lang,
        ..
    } = *props;
    let name_id = format!("{}-name", item.id);
    let prompt_id = format!("{}-prompt", item.id);
    let chosen_id = format!("{}-chosen", item.id);
    let chosen = level.and_then(|l| scale.level(l));
    html! {
        <div class="rating-item" role="radiogroup" aria-labelledby={name_id.clone()}
            aria-describedby={format!("{prompt_id} {chosen_id}")}>
            <div class="item-head">
                if !item.code.is_empty() {
                    <span class="item-code" aria-hidden="true">{ item.code }</span>
                }
                <span class="item-name" id={name_id}>{ item.name.get(lang) }</span>
            </div>
            <p class="item-prompt" id={prompt_id}>{ item.prompt.get(lang) }</p>
            <div class="levels">
                { for (1..=scale.max()).map(|value| {
                    let input_id = format!("{}-{value}", item.id);
                    let name = scale.level(value).map(|l| l.name.get(lang)).unwrap_or_default();
                    html! {
                        <label class="level" for={input_id.clone()} title={name}>
                            <input type="radio" id={input_id} name={item.id} value={value.to_string()}
                                checked={level == Some(value)} onchange={rate(&props.on_rate, item, Some(value))}
                                aria-label={format!("{value}: {name}")} />
                            <span aria-hidden="true">{ value }</span>
                        </label>
                    }
                }) }
                if level.is_some() {
                    <button type="button" class="clear" onclick={rate(&props.on_rate, item, None)}
                        aria-label={format!("{}: {}", T::ClearRating.get(lang), item.name.get(lang))}>
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
    }
}

/// A callback, for any event, that sets this item's level.
fn rate<E>(
    on_rate: &Callback<(String, Option<u8>)>,
    item: &Item,
    level: Option<u8>,
) -> Callback<E> {
    let on_rate = on_rate.clone();
    let id = item.id;
    Callback::from(move |_| on_rate.emit((id.to_string(), level)))
}
