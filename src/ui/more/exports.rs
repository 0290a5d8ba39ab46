//! What the export buttons make (deferred): PNG and SVG of the radar, the JSON backup and its
//! import, the CSV, and the share file for the trainer. The files are made in the page; nothing
//! is sent anywhere.

use crate::core::charts::radar::{self, RadarChart};
use crate::core::dates::DateTime;
use crate::core::export;
use crate::core::feedback;
use crate::core::state::Action;
use crate::core::store::{codec, share};
use crate::core::texts::T;
use crate::ui::browser::{self, now_ms, offset_minutes, window};
use crate::ui::canvas;
use crate::ui::export_panel::{Export, ExportFile, ExportJob};

/// Exported images are drawn this many CSS pixels wide, at the device's pixel ratio and at least
/// twice: 1,280 px and more, sharp in print, and on a phone not more pixels than it needs to
/// encode (the encoding is most of an export's time).
const EXPORT_WIDTH: f64 = 640.0;
/// Height as a share of width, and room for the two title lines.
const EXPORT_ASPECT: f64 = 0.92;
const TITLE_ROOM: f64 = 56.0;

/// Makes the file a button asked for and offers it (or, for an import, reads the backup and
/// hands the merge to the reducer).
pub fn run(job: ExportJob) {
    let lang = job.lang;
    let now = now_ms();
    let date = DateTime::from_epoch_ms(now, offset_minutes(now)).iso_date();
    let text = |name: String, mime: &'static str, content: String| ExportFile::Text {
        name,
        mime,
        content,
    };
    let file = match job.export {
        Export::Png => {
            browser::mark("cermin:png-start");
            let scale = window().device_pixel_ratio().max(2.0);
            let (width, height) = size(scale);
            let chart = titled(&job, scale, now);
            let png = canvas::png_data_url(width, height, |area| radar::draw(area, &chart));
            browser::measure("cermin:png", "cermin:png-start");
            png.map(|url| ExportFile::Image {
                name: export::file_name(job.framework, &date, "png"),
                url,
            })
        }
        Export::Svg => {
            let (width, height) = size(1.0);
            browser::mark("cermin:svg-start");
            let content = export::svg(&titled(&job, 1.0, now), width, height);
            browser::measure("cermin:svg", "cermin:svg-start");
            Some(text(
                export::file_name(job.framework, &date, "svg"),
                "image/svg+xml",
                content,
            ))
        }
        Export::Csv => Some(text(
            export::csv_file_name(&date),
            "text/csv;charset=utf-8",
            // With others' feedback where a session keeps some; else the plain CSV.
            feedback::export::csv(&job.history, &job.catalog, lang, offset_minutes(now)),
        )),
        Export::Backup => Some(text(
            export::backup_file_name(&date),
            "application/json",
            codec::encode_backup(&job.history, now),
        )),
        Export::Share { notes } => Some(text(
            export::share_file_name(&date),
            "application/json",
            share::share_file(&job.draft, &job.history, &job.name, notes, now),
        )),
        Export::Import(file) => {
            let on_action = job.on_action.clone();
            yew::platform::spawn_local(async move {
                let text = browser::read_text(&file).await;
                on_action.emit(match text {
                    Some(text) => Action::ImportBackup(text),
                    None => Action::Say(T::ErrNotJson),
                });
            });
            None
        }
        // The first path does these itself.
        Export::Print | Export::Embed | Export::Workbook => None,
    };
    if let Some(file) = file {
        job.offer.emit(file);
    }
}

/// The exported chart: the one on screen with a title, the date, and the name or label.
fn titled(job: &ExportJob, scale: f64, now: i64) -> RadarChart {
    let lang = job.lang;
    let mut subtitle = vec![DateTime::from_epoch_ms(now, offset_minutes(now)).date(lang)];
    subtitle.extend(
        [job.name.trim(), job.draft.label.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .map(String::from),
    );
    RadarChart {
        title: vec![
            job.framework.name.get(lang).to_string(),
            subtitle.join(" · "),
        ],
        scale,
        ..job.chart.clone()
    }
}

fn size(scale: f64) -> (u32, u32) {
    let width = (EXPORT_WIDTH * scale).round() as u32;
    let height = ((EXPORT_WIDTH * EXPORT_ASPECT + TITLE_ROOM) * scale).round() as u32;
    (width, height)
}
