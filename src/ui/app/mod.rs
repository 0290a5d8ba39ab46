//! The root component: owns the state (one reducer; its effects in `effects`, its callbacks in
//! `handlers`), and lays out the page.

mod effects;
mod handlers;

use handlers::Handlers;

use super::add_framework::AddFramework;
use super::browser::{self, now_ms, offset_minutes};
use super::compare_bar::CompareBar;
use super::deferred::{use_later, Later};
use super::export_panel::ExportPanel;
use super::framework_about::{only_in, FrameworkAbout};
use super::framework_tabs::FrameworkTabs;
use super::history_list::HistoryList;
use super::insights_panel::InsightsPanel;
use super::lang_switch::LangSwitch;
use super::lms_link::Link;
use super::more::PrintReportProps;
use super::more::{CompareTableProps, EmbedDialogProps, FeedbackProps, GrowthPanelProps};
use super::notices::StorageNotices;
use super::plot_canvas::PlotCanvas;
use super::rating_item::RatingItem;
use super::reducer::Cell;
use super::saved_in::SavedIn;
use super::score_table::ScoreTable;
use super::session_fields::SessionFields;
use super::storage::Store;
use super::unknown_ratings::UnknownRatings;
use crate::core::charts::radar::{Palette, RadarChart};
use crate::core::config::{Config, Theme};
use crate::core::i18n::Lang;
use crate::core::model::frameworks::{builtin_framework, Framework};
use crate::core::model::session::Earlier;
use crate::core::state::radar::radar_chart;
use crate::core::state::{State, Status, StorageMode};
use crate::core::texts::T;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<Config>,
    pub store: Rc<Store>,
    /// The SCORM runtime that launched this package, if any (it holds what the LMS kept).
    pub lms: Option<Link>,
}

/// What of the page is built: each stage is one render, in a task of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Stage {
    Radar,
    Rating,
    Whole,
}

impl Stage {
    fn next(self) -> Option<Stage> {
        match self {
            Stage::Radar => Some(Stage::Rating),
            Stage::Rating => Some(Stage::Whole),
            Stage::Whole => None,
        }
    }
}

/// Of a long history, the sessions read before the first screen: the list's first page, and one
/// more page so that its "show more" counts right. The rest follows in a task after it.
const FIRST_SCREEN_SESSIONS: usize = 2 * super::history_list::PAGE;

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let config = props.config.clone();
    let store = props.store.clone();
    let lms = props.lms.clone();
    let cell = {
        let (config, store, lms) = (config.clone(), store.clone(), lms.clone());
        use_reducer(move || {
            let lang = config.lang.unwrap_or_else(|| {
                let preferred = browser::preferred_languages();
                Lang::negotiate(preferred.iter().map(String::as_str))
            });
            browser::mark("cermin:load-start");
            // In an LMS, its copy is the history's home; this browser's is merged in as a cache.
            let loaded = match lms {
                Some(lms) => {
                    let mut loaded = store.load();
                    (loaded.history, loaded.lms) = lms.restore(&loaded.history);
                    loaded
                }
                None => store.load_newest(FIRST_SCREEN_SESSIONS),
            };
            browser::measure("cermin:load", "cermin:load-start");
            let first = config
                .frameworks
                .first()
                .and_then(|id| builtin_framework(id));
            let mut state = State::new(
                lang,
                first.unwrap_or(&crate::core::model::frameworks::builtin()[0]),
                loaded,
                browser::new_session_id(),
                now_ms(),
            );
            // A feedback link (issue 22) is only noticed here: the feedback part reads it.
            state.feedback_link = browser::feedback_link();
            Cell(state)
        })
    };
    let state = &cell.0;
    let lang = state.lang;
    let dispatch = cell.dispatcher();
    effects::use_lms(&lms, &dispatch, state);
    effects::use_xapi(&config, state);
    effects::use_undo_expiry(&dispatch, state);

    use_effect_with(lang, |lang| browser::set_document_lang(lang.code()));
    // The page is built in stages, each render a task of its own, so that no one task holds
    // the main thread long on a slow phone: the radar first, then what the person rates with
    // (tables, items, the save bar), then what is below them (growth, exports, history).
    let stage = use_state(|| Stage::Radar);
    {
        let stage = stage.clone();
        use_effect_with(*stage, move |&now| {
            if let Some(next) = now.next() {
                stage.set(next);
            }
        });
    }
    let complete = *stage == Stage::Whole;
    // The deferred parts: loaded once the page is whole and idle, or when first reached for. A
    // feedback link asks for others' feedback at once: `#ask=…` shows the rater's form instead
    // of the person's own work, `#answer=…` is added by the feedback section.
    let later = use_later(complete, state.feedback_link.is_some());
    let asking = (state.feedback_link.as_deref()).is_some_and(|l| l.starts_with("#ask="));
    effects::use_framework_files(&later, &config, &dispatch, state);
    let embed_open = use_state(|| false);
    // The whole page, history listed, is on screen: the benchmark reads this mark.
    use_effect_with(complete, |&complete| {
        if complete {
            browser::drop_shell();
            browser::mark("cermin:ready");
        }
    });
    effects::use_storage(&store, &dispatch, state, complete);

    // With the automatic theme, a system switch to dark (or back) redraws the charts too.
    let scheme_changes = use_state(|| 0u32);
    {
        let scheme_changes = scheme_changes.clone();
        use_effect_with(config.theme, move |&theme| {
            let listener = (theme == Theme::Auto)
                .then(|| browser::on_scheme_change(move || scheme_changes.set(*scheme_changes + 1)))
                .flatten();
            move || drop(listener)
        });
    }
    let framework = state.framework;
    let dark = match config.theme {
        Theme::Light => false,
        Theme::Dark => true,
        Theme::Auto => browser::prefers_dark(),
    };
    let palette = if dark { Palette::DARK } else { Palette::LIGHT };
    let chart = radar_chart(state, palette, offset_minutes(now_ms()));
    // The compared session is the radar's last series: its legend label names it in the tables.
    let compared = state.compared().cloned().map(|s| {
        let label = chart
            .series
            .last()
            .map(|x| x.label.clone())
            .unwrap_or_default();
        (s, label)
    });

    let on = {
        let dispatch = dispatch.clone();
        use_memo((), move |_| Handlers::new(&dispatch))
    };
    let rated = framework
        .items()
        .filter(|item| state.draft.ratings.contains_key(&*item.id))
        .count();
    let total = framework.items().count();
    let rated_text = T::RatedCount.fill(
        lang,
        &[("n", &rated.to_string()), ("m", &total.to_string())],
    );
    let framework_name = framework.name.get(lang);
    // The built-ins the host chose, in its order, then every framework added from a file.
    let offered: Vec<&'static Framework> = config
        .frameworks
        .iter()
        .filter_map(|id| state.catalog.get(id))
        .chain(state.catalog.added())
        .collect();
    let chart_label = T::ChartLabel.fill(lang, &[("framework", framework_name)]);
    let classes = classes!(
        "cermin",
        format!("theme-{}", config.theme.code()),
        config.compact.then_some("compact")
    );

    // Others' feedback: the rater's form in place of the rest, or the section under the session.
    let feedback = later.feedback.view(lang, |view| {
        view(FeedbackProps {
            state: cell.clone(),
        })
    });

    let (open_embed, close_embed) = {
        let (open, close) = (embed_open.clone(), embed_open.clone());
        (
            Callback::from(move |()| open.set(true)),
            Callback::from(move |()| close.set(false)),
        )
    };

    html! {
        <ContextProvider<Later> context={later.clone()}>
        <div class={classes}>
            <header class="masthead">
                <div>
                    <h1>{ T::AppName.get(lang) }</h1>
                    <p class="print-only report-title">{ report_title(&state.draft, lang) }</p>
                    <p class="tagline">{ T::Tagline.get(lang) }</p>
                    <SavedIn keeps={state.lms.keeps_history()} stored={state.mode == StorageMode::Persistent} {lang} />
                </div>
                <LangSwitch {lang} on_change={on.lang.clone()} />
            </header>
            if asking {
            { feedback }
            } else {
            // Where the LMS keeps the history, browser storage being unavailable loses nothing.
            <StorageNotices mode={if state.lms.keeps_history() && state.mode == StorageMode::MemoryOnly {
                    StorageMode::Persistent
                } else {
                    state.mode
                }}
                quarantined={state.quarantined} skipped={state.skipped} {lang} store={store.clone()} />
            if let Some(lms) = &lms {
                { lms.notices(&state.lms, &state.history, lang) }
            }
            <FrameworkTabs {offered} current={state.framework} {lang}
                on_select={on.framework.clone()} />
            <main class="workspace">
                <section class="chart-panel" aria-labelledby="chart-heading">
                    <h2 id="chart-heading">{ framework_name }</h2>
                    <PlotCanvas<RadarChart> chart={chart.clone()} label={chart_label} />
                    // Below the chart, so that nothing above it moves when the second render adds it.
                    if *stage >= Stage::Rating {
                    <CompareBar history={state.history.clone()} open={state.draft.id.clone()}
                        compare={state.compare.clone()} {lang} on_compare={on.compare.clone()}
                        on_previous={on.previous.clone()} />
                    <ScoreTable framework={state.framework} session={state.draft.clone()}
                        compared={compared.clone()} {lang} />
                    if let Some((before, label)) = compared {
                        { later.view(lang, |more| (more.compare_table)(CompareTableProps {
                            framework: state.framework,
                            now: state.draft.clone(),
                            before,
                            label: label.into(),
                            lang,
                        })) }
                    }
                    <InsightsPanel framework={state.framework} session={state.draft.clone()} {lang} />
                    }
                    // Only printed, never on screen: last.
                    if let (true, Some(more)) = (complete, later.more) {
                        { (more.print_report)(PrintReportProps {
                            framework: state.framework,
                            session: state.draft.clone(),
                            lang,
                        }) }
                    }
                </section>
                if *stage >= Stage::Rating {
                <section class="rating-panel" aria-labelledby="rating-heading">
                    <h2 id="rating-heading" class="visually-hidden">
                        { T::RatingHeading.fill(lang, &[("framework", framework_name)]) }
                    </h2>
                    <p class="intro">{ framework.description.get(lang) }</p>
                    if let Some(only) = only_in(framework, lang) {
                        <p class="only-language">{ only }</p>
                    }
                    if let Some(old) = state.draft.frameworks.get(&*framework.id).filter(|v| **v != framework.version) {
                        <p class="only-language">
                            { T::RatedWithVersion.fill(lang, &[("old", old), ("new", &framework.version)]) }
                        </p>
                    }
                    <div class="framework-extras">
                        <FrameworkAbout {framework} {lang} />
                        <AddFramework {lang} on_action={on.action.clone()} />
                    </div>
                    <p class="progress">{ rated_text }</p>
                    { for framework.axes.iter().map(|axis| {
                        let items = axis.items.iter().map(|item| html! {
                            <RatingItem key={item.id.to_string()} {item} scale={&framework.scale}
                                level={state.draft.rating(&item.id)} target={state.draft.target(&item.id)}
                                note={state.draft.note(&item.id).to_string()} {lang}
                                on_rate={on.rate.clone()} on_target={on.target.clone()} on_note={on.note.clone()} />
                        });
                        // A rating of an item this axis replaced (an older session) is shown, never dropped:
                        // the chart uses it until the new items are rated.
                        let earlier = state.draft.earlier_rating(axis).map(|earlier| {
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
                    <UnknownRatings session={state.draft.clone()} catalog={state.catalog.clone()} {lang} />
                    <SessionFields session={state.draft.clone()} {lang}
                        on_label={on.label.clone()}
                        on_reflection={on.reflection.clone()}
                        on_next_step={on.next_step.clone()} />
                </section>
                }
            </main>
            if *stage >= Stage::Rating {
            // One row on a phone: Save and what happened. Starting a new session is rarer and
            // needs no place in the sticky bar.
            <section class="actions" aria-label={T::SessionActions.get(lang)}>
                <button type="button" class="primary" onclick={on.save.clone()}>
                    { T::Save.get(lang) }
                </button>
                <div class="save-state">
                    <p class="status" role="status" aria-live="polite">
                        { state.status.as_ref().map(|s| s.message(lang, &state.catalog)).unwrap_or_default() }
                    </p>
                    if state.has_unsaved_changes() {
                        <p class="unsaved">{ T::Unsaved.get(lang) }</p>
                    }
                </div>
                if state.undo.is_some() && state.status == Some(Status::Deleted) {
                    <button type="button" onclick={on.undo.clone()}>{ T::Undo.get(lang) }</button>
                }
            </section>
            }
            if complete {
            <div class="session-start">
                <button type="button" onclick={on.new_prefilled.clone()}>{ T::NewSession.get(lang) }</button>
                <button type="button" onclick={on.new_blank.clone()}>{ T::NewBlank.get(lang) }</button>
            </div>
            { feedback }
            { later.view(lang, |more| (more.growth)(GrowthPanelProps {
                framework: state.framework,
                history: state.history.clone(),
                history_whole: !state.rest_unread,
                palette,
                lang,
            })) }
            <ExportPanel chart={chart.clone()} framework={state.framework}
                history={state.history.clone()} history_whole={!state.rest_unread} catalog={state.catalog.clone()} draft={state.draft.clone()} {lang}
                on_action={on.action.clone()} on_embed={open_embed} />
            if let (true, Some(more)) = (*embed_open, later.more) {
                { (more.embed_dialog)(EmbedDialogProps { config: config.clone(), lang, on_close: close_embed }) }
            }
            <HistoryList history={state.history.clone()} open={state.draft.id.clone()} {lang}
                on_open={on.open.clone()}
                on_delete={on.delete.clone()} on_compare={on.compare.clone()} />
            <footer class="privacy">{ match (&config.xapi_origin, state.lms.keeps_history()) {
                (Some(origin), _) => T::PrivacyXapi.fill(lang, &[("origin", origin)]),
                (None, true) => T::PrivacyLms.get(lang).to_string(),
                (None, false) => T::Privacy.get(lang).to_string(),
            } }</footer>
            }
            }
        </div>
        </ContextProvider<Later>>
    }
}

/// The printed report's title line: what it is, when the session was, and its label.
fn report_title(session: &crate::core::model::session::Session, lang: Lang) -> String {
    let when = crate::core::dates::DateTime::from_epoch_ms(
        session.created,
        offset_minutes(session.created),
    )
    .date_time(lang);
    let mut title = format!("{} · {when}", T::ReportTitle.get(lang));
    if !session.label.is_empty() {
        title = format!("{title} · {}", session.label);
    }
    title
}
