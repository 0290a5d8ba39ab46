//! A link as a QR code, drawn as SVG: what the screen shows so that a class can scan a request.
//!
//! The encoder is the `qrcode` crate (no default features: no image code). Error correction M
//! (15 %): a code on a projector or a phone screen at a distance still reads. The SVG is one
//! path of dark modules on a white square with the standard 4-module quiet zone, in module
//! units (`viewBox`), with no size of its own, so the page sizes it with CSS and it stays sharp.
//! It holds no text, so nothing in the link can reach the markup.

use qrcode::{Color, EcLevel, QrCode};
use std::fmt::Write;

/// The light margin around the code, in modules (the standard's minimum).
pub const QUIET_ZONE: usize = 4;

/// The code's modules: its width, and row by row whether each is dark. `None` when the text is
/// too long for any QR code (about 2,300 bytes at level M; a request link is about 100).
pub fn modules(text: &str) -> Option<(usize, Vec<bool>)> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == Color::Dark)
        .collect();
    Some((code.width(), dark))
}

/// The code as an SVG document, or `None` when the text is too long for a QR code.
pub fn svg(text: &str) -> Option<String> {
    let (width, dark) = modules(text)?;
    let size = width + 2 * QUIET_ZONE;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" \
         shape-rendering=\"crispEdges\"><path fill=\"#fff\" d=\"M0 0h{size}v{size}H0z\"/>\
         <path fill=\"#000\" d=\""
    );
    // Each run of dark modules in a row is one rectangle.
    for (y, row) in dark.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if !row[x] {
                x += 1;
                continue;
            }
            let run = row[x..].iter().take_while(|&&d| d).count();
            let _ = write!(
                out,
                "M{} {}h{run}v1h-{run}z",
                x + QUIET_ZONE,
                y + QUIET_ZONE
            );
            x += run;
        }
    }
    out.push_str("\"/></svg>");
    Some(out)
}

// Native only: the QR reader is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::feedback::link::request_link;
    use crate::core::feedback::request::Request;
    use crate::core::model::frameworks::builtin_framework;

    /// The dark modules the SVG's path draws, read back from its `M x y h n v1 h-n z` runs.
    fn modules_of_svg(svg: &str) -> (usize, Vec<bool>) {
        let size: usize = svg
            .split("viewBox=\"0 0 ")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap();
        let path = svg.split("fill=\"#000\" d=\"").nth(1).unwrap();
        let path = path.split('"').next().unwrap();
        let mut dark = vec![false; size * size];
        for run in path.split('M').filter(|r| !r.is_empty()) {
            let (xy, rest) = run.split_once('h').unwrap();
            let (x, y) = xy.split_once(' ').unwrap();
            let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
            let n: usize = rest.split('v').next().unwrap().parse().unwrap();
            for i in 0..n {
                dark[y * size + x + i] = true;
            }
        }
        (size, dark)
    }

    /// What a camera would see, simplified: the SVG's modules as pixels, then a QR reader.
    fn scan(svg: &str) -> String {
        let (size, dark) = modules_of_svg(svg);
        let scale = 6;
        let pixels = size * scale;
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(pixels, pixels, |x, y| {
            if dark[(y / scale) * size + x / scale] {
                0
            } else {
                255
            }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one code found");
        grids[0].decode().unwrap().1
    }

    #[test]
    fn a_request_link_scans_back_to_the_same_link() {
        let request = Request::new(
            "Kf3x9Qm2Lp0aZ7Qw",
            "Dr. Ani Wijaya, M.Pd.",
            builtin_framework("widyaiswara").unwrap(),
        )
        .unwrap();
        let link = request_link("https://bdk.example.go.id/cermin/?lang=id", &request);
        let svg = svg(&link).unwrap();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "));
        assert!(!svg.contains("Ani"), "no text of the link in the markup");
        assert_eq!(scan(&svg), link);
        // The matrix and the SVG agree, quiet zone included.
        let (width, dark) = modules(&link).unwrap();
        let (size, drawn) = modules_of_svg(&svg);
        assert_eq!(size, width + 2 * QUIET_ZONE);
        for y in 0..width {
            for x in 0..width {
                assert_eq!(
                    drawn[(y + QUIET_ZONE) * size + x + QUIET_ZONE],
                    dark[y * width + x]
                );
            }
        }
        assert!(drawn[..QUIET_ZONE * size].iter().all(|d| !d));
    }

    #[test]
    fn text_too_long_for_a_qr_code_gives_none() {
        assert_eq!(svg(&"x".repeat(3_000)), None);
        assert!(svg("https://x/#ask=1").is_some());
    }
}
