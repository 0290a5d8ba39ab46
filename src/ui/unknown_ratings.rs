//! Ratings, targets and notes of items that no framework here knows (a framework changed, or a
//! file not loaded here): never dropped, shown by item id until their texts are back.

use crate::core::i18n::Lang;
use crate::core::model::frameworks::Catalog;
use crate::core::model::session::Session;
use crate::core::texts::T;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UnknownRatingsProps {
    pub session: Session,
    pub catalog: Catalog,
    pub lang: Lang,
}

#[function_component(UnknownRatings)]
pub fn unknown_ratings(props: &UnknownRatingsProps) -> Html {
    let (session, lang) = (&props.session, props.lang);
    let ids = session.items_outside(|id| props.catalog.knows(id));
    if ids.is_empty() {
        return html! {};
    }
    let level = |v: Option<u8>| v.map_or("–".to_string(), |v| v.to_string());
    html! {
        <section class="unknown-ratings" aria-labelledby="unknown-heading">
            <h3 id="unknown-heading">{ T::UnknownRatings.get(lang) }</h3>
            <p class="muted">{ T::UnknownRatingsIntro.get(lang) }</p>
            <table class="scores">
                <thead>
                    <tr>
                        <th scope="col">{ T::ItemId.get(lang) }</th>
                        <th scope="col">{ T::Current.get(lang) }</th>
                        <th scope="col">{ T::Target.get(lang) }</th>
                        <th scope="col">{ T::Note.get(lang) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for ids.into_iter().map(|id| html! {
                        <tr>
                            <th scope="row"><code>{ id }</code></th>
                            <td>{ level(session.rating(id)) }</td>
                            <td>{ level(session.target(id)) }</td>
                            <td class="note-text">{ session.note(id).to_string() }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
