//! The rating panel's body: each axis of the framework, its items to rate, and what an older
//! session rated on the items the axis replaced.

use super::handlers::Handlers;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::Framework;
use crate::core::model::session::{Earlier, Session};
use crate::core::texts::T;
use crate::ui::rating_item::RatingItem;
use yew::prelude::*;

/// Every axis of `framework` with its items; an axis of several items is a titled section.
pub fn rating_axes(
    framework: &'static Framework,
    draft: &Session,
    lang: Lang,
    on: &Handlers,
) -> Html {
    html! {
        { for framework.axes.iter().map(|axis| {
            let items = axis.items.iter().map(|item| html! {
                <RatingItem key={item.id.to_string()} {item} scale={&framework.scale}
                    level={draft.rating(&item.id)} target={draft.target(&item.id)}
                    note={draft.note(&item.id).to_string()} {lang}
                    on_rate={on.rate.clone()} on_target={on.target.clone()} on_note={on.note.clone()} />
            });
            // A rating of an item this axis replaced (an older session) is shown, never dropped:
            // the chart uses it until the new items are rated.
            let earlier = draft.earlier_rating(axis).map(|earlier| {
                let level = match earlier {
                    Earlier::One(one) => format!("{one} · {}", framework.scale.level(one).map_or("", |l| l.name.get(lang))),
                    Earlier::Mean(mean) => lang.decimal(mean, 1),
                };
                html! { <p class="earlier-rating">{ T::EarlierRating.fill(lang, &[("level", &level)]) }</p> }
            });
            if axis.items.len() > 1 {
                html! {
                    <section class="area" aria-label={axis.name.get(lang)}>
                        <h3>{ axis.name.get(lang) }</h3>
                        <p class="area-description">{ axis.description.get(lang) }</p>
                        { for earlier }
                        { for items }
                    </section>
                }
            } else {
                html! { <>{ for earlier }{ for items }</> }
            }
        }) }
    }
}
