//! The cohort page's root: the state (one reducer), keeping the cohort when asked, the layout.

use super::add_files::AddFiles;
use super::exports::Exports;
use super::framework_sources::FrameworkSources;
use super::group_chart::GroupChart;
use super::needs_panel::NeedsPanel;
use super::participants::Participants;
use super::storage;
use super::tables::{AxisTable, ItemTable};
use super::waves_panel::WavesPanel;
use crate::core::charts::radar::Palette;
use crate::core::cohort::figures::{movement, needs, wave_figures};
use crate::core::cohort::files::{cohort_radar, waves};
use crate::core::cohort::kept;
use crate::core::cohort::state::{CohortAction, CohortState};
use crate::core::cohort::texts::C;
use crate::core::i18n::Lang;
use crate::ui::browser;
use crate::ui::framework_tabs::FrameworkTabs;
use crate::ui::lang_switch::LangSwitch;
use crate::ui::reducer::{Apply, Cell};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub lang: Lang,
}

impl Apply for CohortState {
    type Action = CohortAction;
    fn apply(&self, action: CohortAction) -> Option<CohortState> {
        CohortState::apply(self, action)
    }
}

/// The state the page opens with: the kept cohort, if the trainer kept one.
fn initial(lang: Lang) -> Cell<CohortState> {
    let state = CohortState::new(lang);
    let restored = storage::load().and_then(|text| kept::from_text(&text).ok());
    Cell(match restored {
        Some((files, rule, hide_names)) => state
            .apply(CohortAction::Restored {
                files,
                rule,
                hide_names,
            })
            .unwrap_or_else(|| CohortState::new(lang)),
        None => state,
    })
}

/// Where the widget is: its single file when this page is one too (opened from disk).
fn widget_href() -> &'static str {
    let location = browser::window().location();
    match location.protocol().as_deref() {
        Ok("file:")
            if location
                .pathname()
                .is_ok_and(|p| p.ends_with("cermin-cohort.html")) =>
        {
            "cermin.html"
        }
        _ => "index.html",
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let lang0 = props.lang;
    let cell = use_reducer(move || initial(lang0));
    let state = &cell.0;
    let lang = state.lang;
    let send = {
        let dispatcher = cell.dispatcher();
        move |f: fn(CohortAction) -> CohortAction| {
            let dispatcher = dispatcher.clone();
            Callback::from(move |action: CohortAction| dispatcher.dispatch(f(action)))
        }
    };
    let on_action = use_memo((), move |_| send(|a| a));
    let on_action = (*on_action).clone();

    use_effect_with(lang, |&lang| {
        browser::set_document_lang(lang.code());
        if let Some(document) = browser::window().document() {
            document.set_title(C::PageTitle.get(lang));
        }
    });
    // Keep the cohort whenever it changes while kept; forget it when the trainer unticks. What
    // is stored but unreadable here (a newer version's) is left alone unless they tick and untick.
    {
        let on_action = on_action.clone();
        let files = state.files.clone();
        let (rule, hide) = (state.rule, state.hide_names);
        let was_kept = use_mut_ref(|| state.keep);
        use_effect_with((state.keep, state.revision), move |&(keep, _)| {
            if keep {
                let text = kept::to_document(&files, rule, hide).encode();
                if !storage::save(&text) {
                    on_action.emit(CohortAction::Say(C::KeepFailed));
                }
            } else if was_kept.replace(false) {
                storage::remove();
            }
            if keep {
                *was_kept.borrow_mut() = true;
            }
        });
    }

    let palette = if browser::prefers_dark() {
        Palette::DARK
    } else {
        Palette::LIGHT
    };
    let framework = state.framework;
    let cohort = state.cohort.clone();
    let (latest, before) = waves(&cohort);
    let latest_figures = Rc::new(wave_figures(&cohort, framework, latest));
    let before_figures = before.map(|w| Rc::new(wave_figures(&cohort, framework, w)));
    let moves = before.map(|_| Rc::new(movement(&cohort, framework)));
    let chart = cohort_radar(
        framework,
        &latest_figures,
        before_figures.as_deref(),
        lang,
        palette,
    );
    let ranked = needs(&latest_figures, 5);
    let framework_name = framework.name.get(lang);
    let has_people = !cohort.participants.is_empty();
    let offered = Rc::new(state.offered());

    let on_lang = on_action.reform(CohortAction::Lang);
    let on_framework = on_action.reform(CohortAction::Framework);
    let on_keep = on_action.reform(|e: Event| {
        CohortAction::Keep(
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked(),
        )
    });
    let on_hide = on_action.reform(|e: Event| {
        CohortAction::HideNames(
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked(),
        )
    });
    let today = {
        let now = browser::now_ms();
        crate::core::dates::DateTime::from_epoch_ms(now, browser::offset_minutes(now))
    };

    html! {
        <div class="cermin cohort theme-auto">
            <header class="masthead">
                <h1>{ C::Title.get(lang) }</h1>
                <LangSwitch {lang} on_change={on_lang} />
            </header>
            <main>
            <p class="print-only report-title">
                { format!("{} · {}", C::ReportTitle.get(lang), today.date(lang)) }
            </p>
            <p class="intro">{ C::Intro.get(lang) }</p>
            <p class="privacy-notice">{ C::Privacy.get(lang) }</p>
            <p class="keep">
                <label>
                    <input type="checkbox" checked={state.keep} onchange={on_keep} />
                    { " " }{ C::Keep.get(lang) }
                </label>
                { " · " }
                <a href={widget_href()}>{ C::ToWidget.get(lang) }</a>
            </p>
            <AddFiles {lang} on_action={on_action.clone()} refusals={state.refusals.clone()}
                files_read={state.files_read} people={cohort.participants.len()} merged={cohort.merged}
                hide_names={state.hide_names} has_files={!state.files.is_empty()}
                frameworks={state.frameworks.clone()} />
            <p class="status" role="status" aria-live="polite">
                { state.status.map(|s| s.get(lang)).unwrap_or_default() }
            </p>
            if !has_people {
                <p class="empty">{ C::Empty.get(lang) }</p>
            } else {
                <section class="view-options">
                    <label class="hide-names">
                        <input type="checkbox" checked={state.hide_names} onchange={on_hide} />
                        { " " }{ C::HideNames.get(lang) }
                    </label>
                </section>
                <WavesPanel {lang} files={state.files.clone()} rule={state.rule}
                    hide_names={state.hide_names} on_action={on_action.clone()} />
                <FrameworkTabs offered={(*offered).clone()} current={state.framework} {lang}
                    on_select={on_framework} />
                <p class="self-ratings">{ C::SelfRatings.get(lang) }</p>
                <section class="group-radar" aria-labelledby="radar-heading">
                    <h2 id="radar-heading">{ format!("{}: {framework_name}", C::GroupRadar.get(lang)) }</h2>
                    <GroupChart chart={chart.clone()}
                        label={C::ChartLabel.fill(lang, &[("framework", framework_name)])} />
                    <AxisTable {lang} framework={state.framework} latest={latest_figures.clone()}
                        before={before_figures.clone()} />
                    <p class="muted">{ C::QuartileNote.get(lang) }</p>
                </section>
                <ItemTable {lang} framework={state.framework} latest={latest_figures.clone()}
                    before={before_figures.clone()} moves={moves.clone()} />
                <NeedsPanel {lang} {framework} figures={latest_figures.clone()} needs={Rc::new(ranked)} />
                <FrameworkSources {lang} {framework} />
                <Participants {lang} cohort={cohort.clone()} framework={state.framework}
                    hide_names={state.hide_names} />
                <Exports {lang} {chart} cohort={cohort.clone()} framework={state.framework}
                    frameworks={offered} hide_names={state.hide_names} on_action={on_action.clone()} />
            }
            </main>
        </div>
    }
}
