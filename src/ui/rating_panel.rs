//! What the person rates with: the framework's introduction, one rating item per item (grouped
//! by area where an axis has several), and the session's own texts.

use super::framework_about::{only_in, FrameworkAbout};
use super::framework_files::AddFramework;
use super::rating_item::RatingItem;
use super::session_fields::SessionFields;
use super::unknown_ratings::UnknownRatings;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::{Catalog, Framework};
use crate::core::model::session::Session;
use crate::core::state::Action;
use crate::core::texts::T;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RatingPanelProps {
    pub framework: &'static Framework,
    /// The session on screen.
    pub draft: Session,
    /// Names the ratings of items no framework on this page has.
    pub catalog: Catalog,
    pub lang: Lang,
    pub on_rate: Callback<(String, Option<u8>)>,
    pub on_target: Callback<(String, Option<u8>)>,
    pub on_note: Callback<(String, String)>,
    pub on_label: Callback<String>,
    pub on_reflection: Callback<String>,
    pub on_next_step: Callback<String>,
    /// A framework file added here.
    pub on_action: Callback<Action>,
}

#[function_component(RatingPanel)]
pub fn rating_panel(props: &RatingPanelProps) -> Html {
    let (framework, lang) = (props.framework, props.lang);
    let rated = framework
        .items()
        .filter(|item| props.draft.ratings.contains_key(&item.id))
        .count();
    let total = framework.items().count();
    let rated_text = T::RatedCount.fill(
        lang,
        &[("n", &rated.to_string()), ("m", &total.to_string())],
    );
    let framework_name = framework.name.get(lang);
    html! {
        <section class="rating-panel" aria-labelledby="rating-heading">
            <h2 id="rating-heading" class="visually-hidden">
                { T::RatingHeading.fill(lang, &[("framework", framework_name)]) }
            </h2>
            <p class="intro">{ framework.description.get(lang) }</p>
            if let Some(only) = only_in(framework, lang) {
                <p class="only-language">{ only }</p>
            }
            if let Some(old) = props.draft.frameworks.get(&framework.id).filter(|v| **v != framework.version) {
                <p class="only-language">
                    { T::RatedWithVersion.fill(lang, &[("old", old), ("new", &framework.version)]) }
                </p>
            }
            <div class="framework-extras">
                <FrameworkAbout {framework} {lang} />
                <AddFramework {lang} on_action={props.on_action.clone()} />
            </div>
            <p class="progress">{ rated_text }</p>
            { for framework.axes.iter().map(|axis| {
                let items = axis.items.iter().map(|item| html! {
                    <RatingItem key={item.id.clone()} {item} scale={&framework.scale}
                        level={props.draft.rating(&item.id)} target={props.draft.target(&item.id)}
                        note={props.draft.note(&item.id).to_string()} {lang}
                        on_rate={props.on_rate.clone()} on_target={props.on_target.clone()} on_note={props.on_note.clone()} />
                });
                // A rating of an item this axis replaced (an older session) is shown,
                // never dropped: the chart uses it until the new items are rated.
                let earlier = axis.replaces.iter().find_map(|id| props.draft.rating(id)).map(|level| {
                    let name = framework.scale.level(level).map_or("", |l| l.name.get(lang));
                    let level = format!("{level} · {name}");
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
            <UnknownRatings session={props.draft.clone()} catalog={props.catalog.clone()} {lang} />
            <SessionFields session={props.draft.clone()} {lang}
                on_label={props.on_label.clone()}
                on_reflection={props.on_reflection.clone()}
                on_next_step={props.on_next_step.clone()} />
        </section>
    }
}
