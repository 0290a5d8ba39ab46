//! The history as an Excel workbook (a part of its own, `split_workbook`, fetched when the button
//! is first pressed: the workbook writer is large, and few ask for it). The same rows and
//! columns as the history CSV, which a double-clicked CSV cannot give under Indonesian settings.

use crate::core::export::workbook::history_workbook;
use crate::core::export::workbook_file_name;
use crate::core::state::Action;
use crate::core::texts::T;
use crate::ui::browser::{now_ms, offset_minutes};
use crate::ui::export_panel::{ExportFile, ExportJob};

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Makes the workbook of the whole history and offers it.
pub fn run(job: ExportJob) {
    let now = now_ms();
    match history_workbook(&job.history, &job.catalog, job.lang, offset_minutes(now)) {
        Ok(bytes) => {
            let date = crate::core::dates::DateTime::from_epoch_ms(now, offset_minutes(now));
            let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(&bytes[..]));
            let options = web_sys::BlobPropertyBag::new();
            options.set_type(XLSX);
            let url = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
                .and_then(|blob| web_sys::Url::create_object_url_with_blob(&blob));
            if let Ok(url) = url {
                job.offer.emit(ExportFile::File {
                    name: workbook_file_name(&date.iso_date()),
                    url,
                });
            }
        }
        Err(_) => job.on_action.emit(Action::Say(T::WorkbookFailed)),
    }
}
