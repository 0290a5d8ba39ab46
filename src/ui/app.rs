//! The root component: owns the state (one reducer) and the effects that persist and sync it.

use super::browser::{self, now_ms};
use super::framework_tabs::FrameworkTabs;
use super::history_list::HistoryList;
use super::notices::StorageNotices;
use super::radar_canvas::RadarCanvas;
use super::rating_item::RatingItem;
use super::score_table::ScoreTable;
use super::storage::Store;
use crate::core::config::{Config, Theme};
use crate::core::i18n::Lang;
use crate::core::radar::{Palette, RadarChart, Series, SeriesKind};
use crate::core::state::{Action, State};
use crate::core::texts::T;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<Config>,
    pub store: Rc<Store>,
}

/// The core state made reducible. A no-op action returns the same `Rc`, which skips the render.
#[derive(PartialEq)]
struct Cell(State);

impl Reducible for Cell {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.0.apply(action) {
            Some(next) => Rc::new(Cell(next)),
            None => self,
        }
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let config = props.config.clone();
    let store = props.store.clone();
    let cell = {
        let (config, store) = (config.clone(), store.clone());
        use_reducer(move || {
            let lang = config.lang.unwrap_or_else(|| {
                let preferred = browser::preferred_languages();
                Lang::negotiate(preferred.iter().map(String::as_str))
            });
            let loaded = store.load();
            Cell(State::new(
                lang,
                config.frameworks[0],
                loaded,
                browser::new_session_id(),
                now_ms(),
            ))
        })
    };
    let state = &cell.0;
    let lang = state.lang;
    let dispatch = cell.dispatcher();

    // Persistence lives here, never in the reducer: write whenever the person changed the history.
    {
        let (store, dispatch, history) = (store.clone(), dispatch.clone(), state.history.clone());
        use_effect_with(state.revision, move |&revision| {
            if revision > 0 {
                match store.write(&history) {
                    Ok(merged) => dispatch.dispatch(Action::Persisted { history: merged }),
                    Err(error) => dispatch.dispatch(Action::PersistFailed(error)),
                }
            }
        });
    }
    // Another tab saved or deleted: show its history too.
    {
        let (store, dispatch) = (store.clone(), dispatch.clone());
        use_effect_with((), move |_| {
            let reader = store.clone();
            let listener = store.watch(move || {
                if let Some(history) = reader.reload() {
                    dispatch.dispatch(Action::Synced { history });
                }
            });
            move || drop(listener)
        });
    }
    use_effect_with(lang, |lang| browser::set_document_lang(lang.code()));

    let framework = state.framework.framework();
    let dark = match config.theme {
        Theme::Light => false,
        Theme::Dark => true,
        Theme::Auto => browser::prefers_dark(),
    };
    let chart = RadarChart {
        axis_labels: framework
            .axes
            .iter()
            .map(|a| a.name.get(lang).to_string())
            .collect(),
        max: framework.scale.max(),
        series: vec![Series {
            kind: SeriesKind::Current,
            label: T::Current.get(lang).to_string(),
            values: state.draft.axis_scores(framework),
        }],
        title: Vec::new(),
        palette: if dark { Palette::DARK } else { Palette::LIGHT },
        scale: 1.0,
    };

    let on_rate = {
        let dispatch = dispatch.clone();
        Callback::from(move |(item, level): (String, Option<u8>)| {
            dispatch.dispatch(Action::Rate { item, level })
        })
    };
    let on_framework = {
        let dispatch = dispatch.clone();
        Callback::from(move |f| dispatch.dispatch(Action::SetFramework(f)))
    };
    let on_save = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::Save { now: now_ms() }))
    };
    let on_new = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| {
            dispatch.dispatch(Action::NewSession {
                id: browser::new_session_id(),
                now: now_ms(),
                prefill: true,
            })
        })
    };
    let on_open = {
        let dispatch = dispatch.clone();
        Callback::from(move |id| dispatch.dispatch(Action::Open { id }))
    };
    let on_lang = {
        let dispatch = dispatch.clone();
        Callback::from(move |lang| dispatch.dispatch(Action::SetLang(lang)))
    };

    let rated = framework
        .items()
        .filter(|item| state.draft.ratings.contains_key(item.id))
        .count();
    let total = framework.items().count();
    let rated_text = T::RatedCount.fill(
        lang,
        &[("n", &rated.to_string()), ("m", &total.to_string())],
    );
    let framework_name = framework.name.get(lang);
    let chart_label = T::ChartLabel.fill(lang, &[("framework", framework_name)]);
    let theme_class = match config.theme {
        Theme::Light => "theme-light",
        Theme::Dark => "theme-dark",
        Theme::Auto => "theme-auto",
    };
    let classes = classes!("cermin", theme_class, config.compact.then_some("compact"));

    html! {
        <div class={classes}>
            <header class="masthead">
                <div>
                    <h1>{ T::AppName.get(lang) }</h1>
                    <p class="tagline">{ T::Tagline.get(lang) }</p>
                </div>
                <LangSwitch {lang} on_change={on_lang} />
            </header>
            <StorageNotices mode={state.mode} quarantined={state.quarantined} skipped={state.skipped}
                {lang} store={store.clone()} />
            <FrameworkTabs offered={config.frameworks.clone()} current={state.framework} {lang}
                on_select={on_framework} />
            <main class="workspace">
                <section class="chart-panel" aria-labelledby="chart-heading">
                    <h2 id="chart-heading">{ framework_name }</h2>
                    <RadarCanvas chart={chart.clone()} label={chart_label} />
                    <ScoreTable framework={state.framework} session={state.draft.clone()} {lang} />
                </section>
                <section class="rating-panel" aria-labelledby="rating-heading">
                    <h2 id="rating-heading" class="visually-hidden">{ framework_name }</h2>
                    <p class="intro">{ framework.intro.get(lang) }</p>
                    <p class="progress">{ rated_text }</p>
                    { for framework.axes.iter().map(|axis| {
                        let items = axis.items.iter().map(|item| html! {
                            <RatingItem key={item.id} {item} scale={framework.scale}
                                level={state.draft.rating(item.id)} {lang} on_rate={on_rate.clone()} />
                        });
                        if axis.items.len() > 1 {
                            html! {
                                <section class="area" aria-label={axis.name.get(lang)}>
                                    <h3>{ axis.name.get(lang) }</h3>
                                    <p class="area-description">{ axis.description.get(lang) }</p>
                                    { for items }
                                </section>
                            }
                        } else {
                            html! { { for items } }
                        }
                    }) }
                </section>
            </main>
            <div class="actions">
                <button type="button" class="primary" onclick={on_save}>{ T::Save.get(lang) }</button>
                <button type="button" onclick={on_new}>{ T::NewSession.get(lang) }</button>
                if state.has_unsaved_changes() {
                    <span class="unsaved">{ T::Unsaved.get(lang) }</span>
                }
            </div>
            <p class="status" role="status" aria-live="polite">
                { state.status.map(|s| s.get(lang)).unwrap_or_default() }
            </p>
            <HistoryList history={state.history.clone()} open={state.draft.id.clone()} {lang} {on_open} />
            <footer class="privacy">{ T::Privacy.get(lang) }</footer>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct LangSwitchProps {
    lang: Lang,
    on_change: Callback<Lang>,
}

/// Two buttons, each labelled in its own language so a person can always find theirs.
#[function_component(LangSwitch)]
fn lang_switch(props: &LangSwitchProps) -> Html {
    let button = |lang: Lang, label: &'static str| {
        let on_change = props.on_change.clone();
        html! {
            <button type="button" lang={lang.code()} aria-pressed={(props.lang == lang).to_string()}
                onclick={Callback::from(move |_| on_change.emit(lang))}>{ label }</button>
        }
    };
    html! {
        <div class="lang-switch" role="group" aria-label={T::Language.get(props.lang)}>
            { button(Lang::Id, "Bahasa Indonesia") }
            { button(Lang::En, "English") }
        </div>
    }
}
