//! The messages that size the widget's frame in its host page, as serde types: H5P's resizer
//! protocol (which LMSs already load for H5P content) and Cermin's own `cermin:resize`.

use serde::Serialize;

/// `{"type":"cermin:resize","height":…}`: the height of the widget's content, in CSS pixels.
pub fn resize(height: i32) -> String {
    #[derive(Serialize)]
    struct Resize {
        #[serde(rename = "type")]
        kind: &'static str,
        height: i32,
    }
    to_json(&Resize {
        kind: "cermin:resize",
        height,
    })
}

/// One message of H5P's resizer protocol: `{"context":"h5p","action":…}`, with the heights the
/// action carries (`prepareResize` both, `resize` the scroll height, `hello` none).
pub fn h5p(action: &'static str, scroll_height: Option<i32>, client_height: Option<i32>) -> String {
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct H5p {
        context: &'static str,
        action: &'static str,
        #[serde(skip_serializing_if = "Option::is_none")]
        scroll_height: Option<i32>,
        #[serde(skip_serializing_if = "Option::is_none")]
        client_height: Option<i32>,
    }
    to_json(&H5p {
        context: "h5p",
        action,
        scroll_height,
        client_height,
    })
}

fn to_json(message: &impl Serialize) -> String {
    // Cannot fail: plain structs of strings and integers.
    serde_json::to_string(message).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_what_the_resizer_protocols_expect() {
        assert_eq!(resize(640), r#"{"type":"cermin:resize","height":640}"#);
        assert_eq!(
            h5p("hello", None, None),
            r#"{"context":"h5p","action":"hello"}"#
        );
        assert_eq!(
            h5p("prepareResize", Some(640), Some(640)),
            r#"{"context":"h5p","action":"prepareResize","scrollHeight":640,"clientHeight":640}"#
        );
        assert_eq!(
            h5p("resize", Some(641), None),
            r#"{"context":"h5p","action":"resize","scrollHeight":641}"#
        );
    }
}
