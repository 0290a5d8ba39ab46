//! Lasting notices about storage: unavailable, read-only, or damaged data set aside.

use super::browser::{download, now_ms, offset_minutes};
use super::storage::Store;
use crate::core::dates::DateTime;
use crate::core::i18n::Lang;
use crate::core::state::StorageMode;
use crate::core::texts::T;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StorageNoticesProps {
    pub mode: StorageMode,
    pub quarantined: bool,
    pub skipped: usize,
    pub lang: Lang,
    pub store: Rc<Store>,
}

#[function_component(StorageNotices)]
pub fn storage_notices(props: &StorageNoticesProps) -> Html {
    let lang = props.lang;
    let mode = match props.mode {
        StorageMode::Persistent => None,
        StorageMode::MemoryOnly => Some(T::StorageUnavailable),
        StorageMode::ReadOnly => Some(T::ReadOnlyNewer),
    };
    let damage = props.quarantined.then(|| {
        if props.skipped > 0 {
            T::SkippedSessions.fill(lang, &[("n", &props.skipped.to_string())])
        } else {
            T::Quarantined.get(lang).to_string()
        }
    });
    let on_download = {
        let store = props.store.clone();
        Callback::from(move |_| {
            if let Some(text) = store.quarantined_text() {
                let now = now_ms();
                let date = DateTime::from_epoch_ms(now, offset_minutes(now)).iso_date();
                download(
                    &format!("cermin-quarantine-{date}.txt"),
                    "text/plain",
                    &text,
                );
            }
        })
    };
    html! {
        <>
            if let Some(text) = mode {
                <p class="notice warning" role="alert">{ text.get(lang) }</p>
            }
            if let Some(text) = damage {
                <div class="notice warning" role="alert">
                    <p>{ text }</p>
                    <button type="button" onclick={on_download}>{ T::DownloadQuarantine.get(lang) }</button>
                </div>
            }
        </>
    }
}
