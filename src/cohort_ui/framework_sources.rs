//! The shown framework's version and sources with Cermin's notes on them, on screen and in print:
//! the caveats (not Burke's inventory, unofficial DigComp levels) belong where self-ratings
//! become training needs. Each source is drawn as the widget's "About this framework" draws it.

use crate::core::cohort::texts::C;
use crate::core::i18n::Lang;
use crate::core::model::frameworks::Framework;
use crate::ui::framework_about::source_entry;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FrameworkSourcesProps {
    pub lang: Lang,
    pub framework: &'static Framework,
}

#[function_component(FrameworkSources)]
pub fn framework_sources(props: &FrameworkSourcesProps) -> Html {
    let (lang, framework) = (props.lang, props.framework);
    let name = framework.name.get(lang);
    let version = C::FrameworkVersion.fill(
        lang,
        &[("framework", name), ("version", &framework.version)],
    );
    html! {
        <section class="framework-sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{ C::AboutFramework.fill(lang, &[("framework", name)]) }</h2>
            <p>{ version }</p>
            if !framework.sources.is_empty() {
                <h3>{ C::Sources.get(lang) }</h3>
                <ul class="sources">
                    { for framework.sources.iter().map(|s| source_entry(s, lang)) }
                </ul>
            }
        </section>
    }
}
