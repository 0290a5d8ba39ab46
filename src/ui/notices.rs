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
    // Downloads what storage holds: the set-aside text, or the newer version's document as it is.
    let download_of = |newer: bool| {
        let store = props.store.clone();
        Callback::from(move |_: MouseEvent| {
            let text = if newer {
                store.stored_text()
            } else {
                store.quarantined_text()
            };
            if let Some(text) = text {
                let now = now_ms();
                let date = DateTime::from_epoch_ms(now, offset_minutes(now)).iso_date();
                let (name, mime) = if newer {
                    (format!("cermin-backup-{date}.json"), "application/json")
                } else {
                    (format!("cermin-quarantine-{date}.txt"), "text/plain")
                };
                download(&name, mime, &text);
            }
        })
    };
    html! {
        <>
            if let Some(text) = mode {
                <div class="notice warning" role="alert">
                    <p>{ text.get(lang) }</p>
                    if props.mode == StorageMode::ReadOnly {
                        <button type="button" onclick={download_of(true)}>{ T::DownloadStored.get(lang) }</button>
                    }
                </div>
            }
            if let Some(text) = damage {
                <div class="notice warning" role="alert">
                    <p>{ text }</p>
                    <button type="button" onclick={download_of(false)}>{ T::DownloadQuarantine.get(lang) }</button>
                </div>
            }
        </>
    }
}
