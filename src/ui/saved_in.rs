//! "Where am I saved?": one line under the title (in this LMS, in this browser, in this browser
//! for this site only, or not saved), decided by `core::lms::place`.

use super::browser::framed_by_other_origin;
use crate::core::i18n::Lang;
use crate::core::lms::place::saved_in;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SavedInProps {
    /// The LMS keeps the history.
    pub keeps: bool,
    /// This browser's storage takes writes.
    pub stored: bool,
    pub lang: Lang,
}

#[function_component(SavedIn)]
pub fn saved_in_line(props: &SavedInProps) -> Html {
    let partitioned = use_memo((), |_| framed_by_other_origin());
    let place = saved_in(props.keeps, props.stored, *partitioned);
    html! {
        <p class="saved-in" data-saved-in={place.code()}>{ place.text().get(props.lang) }</p>
    }
}
