//! "About this framework": its version, its languages and its sources, each with what Cermin
//! changed or simplified. The printed report lists the same sources (`print_report`).

use crate::core::i18n::Lang;
use crate::core::model::frameworks::{Framework, Source};
use crate::core::texts::T;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FrameworkAboutProps {
    pub framework: &'static Framework,
    pub lang: Lang,
}

/// The language a framework lacks, said in `lang`: `None` when it has both.
pub fn only_in(framework: &Framework, lang: Lang) -> Option<String> {
    match framework.languages().as_slice() {
        [only] => {
            let language = match only {
                Lang::Id => T::LanguageId,
                Lang::En => T::LanguageEn,
            };
            Some(T::OnlyInLanguage.fill(lang, &[("language", language.get(lang))]))
        }
        _ => None,
    }
}

/// One source: the citation, its address as a link, and Cermin's note on it.
pub fn source_entry(source: &Source, lang: Lang) -> Html {
    html! {
        <li>
            <cite>{ source.citation.get(lang) }</cite>
            if let Some(url) = &source.url {
                { " " }
                <a href={url.to_string()} target="_blank" rel="noopener noreferrer">{ url.to_string() }</a>
            }
            if let Some(note) = &source.note {
                <span class="source-note">{ " " }{ note.get(lang) }</span>
            }
        </li>
    }
}

#[function_component(FrameworkAbout)]
pub fn framework_about(props: &FrameworkAboutProps) -> Html {
    let (framework, lang) = (props.framework, props.lang);
    let version = T::FrameworkVersion.fill(
        lang,
        &[
            ("framework", framework.name.get(lang)),
            ("version", &framework.version),
        ],
    );
    html! {
        <details class="about-framework">
            <summary>{ T::AboutFramework.get(lang) }</summary>
            <p>{ version }</p>
            if let Some(only) = only_in(framework, lang) {
                <p class="only-language">{ only }</p>
            }
            if !framework.sources.is_empty() {
                <h3>{ T::Sources.get(lang) }</h3>
                <ul class="sources">
                    { for framework.sources.iter().map(|s| source_entry(s, lang)) }
                </ul>
            }
        </details>
    }
}
