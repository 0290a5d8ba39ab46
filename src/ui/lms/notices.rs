//! The LMS's notices: sessions kept only in this browser (with the backup offered), a session
//! too long for the LMS, and LMS data that is left alone.

use crate::core::dates::DateTime;
use crate::core::export;
use crate::core::i18n::Lang;
use crate::core::lms::status::{LmsStatus, Problem};
use crate::core::model::history::History;
use crate::core::store::codec;
use crate::core::texts::T;
use crate::ui::browser::{download, now_ms, offset_minutes};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LmsNoticesProps {
    pub status: LmsStatus,
    pub history: Rc<History>,
    /// `suspend_data` as read at launch: downloadable when it could not be read.
    pub launch_data: Rc<str>,
    pub lang: Lang,
}

/// How many left-out sessions are named; the rest are counted.
const NAMED: usize = 5;

#[function_component(LmsNotices)]
pub fn lms_notices(props: &LmsNoticesProps) -> Html {
    let lang = props.lang;
    let today = || DateTime::from_epoch_ms(now_ms(), offset_minutes(now_ms())).iso_date();
    let on_backup = {
        let history = props.history.clone();
        Callback::from(move |_: MouseEvent| {
            let content = codec::encode_backup(&history, now_ms());
            download(
                &export::backup_file_name(&today()),
                "application/json",
                &content,
            );
        })
    };
    let on_lms_data = {
        let data = props.launch_data.clone();
        Callback::from(move |_: MouseEvent| {
            let name = format!("cermin-lms-data-{}.txt", today());
            download(&name, "text/plain", &data);
        })
    };
    let status = &props.status;
    let left_out = (!status.left_out.is_empty()).then(|| {
        let names: Vec<String> = status
            .left_out
            .iter()
            .filter_map(|id| props.history.get(id))
            .map(|s| {
                let date = DateTime::from_epoch_ms(s.created, offset_minutes(s.created)).date(lang);
                match s.label.is_empty() {
                    true => date,
                    false => format!("{date} “{}”", s.label),
                }
            })
            .collect();
        let mut named = names
            .iter()
            .take(NAMED)
            .cloned()
            .collect::<Vec<_>>()
            .join("; ");
        if names.len() > NAMED {
            named.push_str(&format!("; … (+{})", names.len() - NAMED));
        }
        T::LmsLeftOut.fill(
            lang,
            &[
                ("n", &status.left_out.len().to_string()),
                ("sessions", &named),
            ],
        )
    });
    html! {
        <>
            if let Some(text) = left_out {
                <div class="notice warning lms-left-out" role="status">
                    <p>{ text }</p>
                    <button type="button" onclick={on_backup}>{ T::DownloadBackup.get(lang) }</button>
                </div>
            }
            if status.trimmed {
                <div class="notice warning lms-trimmed" role="status">
                    <p>{ T::LmsTrimmed.get(lang) }</p>
                </div>
            }
            if let Some(problem) = status.problem {
                <div class="notice warning lms-problem" role="alert">
                    <p>{ match problem {
                        Problem::Unreadable => T::LmsUnreadable.get(lang),
                        Problem::Newer => T::LmsNewer.get(lang),
                    } }</p>
                    <button type="button" onclick={on_lms_data}>{ T::DownloadLmsData.get(lang) }</button>
                </div>
            }
        </>
    }
}
