//! Reading a QR code on the office's device: from the camera (the browser's BarcodeDetector where it has one,
//! otherwise frames decoded by quircs, a QR decoder compiled in) and from a photo or screenshot. Only the
//! office bundle calls this, so no resident's page carries the decoder.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement, MediaStream};

/// Photos are scaled down to this many pixels on their longer side before decoding: enough for a QR code
/// that fills a fifth of the picture, and quick on a cheap phone.
const MAX_SIDE: f64 = 1600.0;

/// The text of the first QR code in a grey image (one byte a pixel).
fn decode_grey(width: usize, height: usize, grey: &[u8]) -> Option<String> {
    let mut decoder = quircs::Quirc::default();
    let codes = decoder.identify(width, height, grey);
    codes.flatten().find_map(|code| code.decode().ok()).and_then(|data| String::from_utf8(data.payload).ok())
}

/// The canvas's picture as grey pixels, decoded.
fn decode_canvas(ctx: &CanvasRenderingContext2d, width: u32, height: u32) -> Option<String> {
    let data = ctx.get_image_data(0.0, 0.0, width as f64, height as f64).ok()?.data();
    let grey: Vec<u8> = data
        .chunks_exact(4)
        .map(|p| ((u32::from(p[0]) * 299 + u32::from(p[1]) * 587 + u32::from(p[2]) * 114) / 1000) as u8)
        .collect();
    decode_grey(width as usize, height as usize, &grey)
}

fn canvas(width: u32, height: u32) -> Option<(HtmlCanvasElement, CanvasRenderingContext2d)> {
    let canvas: HtmlCanvasElement = web_sys::window()?.document()?.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(width);
    canvas.set_height(height);
    let ctx = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    Some((canvas, ctx))
}

/// The QR code in a picture file (a photo of a printout, a screenshot sent over WhatsApp).
pub async fn read_image(file: &web_sys::File) -> Option<String> {
    let bitmap: web_sys::ImageBitmap =
        JsFuture::from(web_sys::window()?.create_image_bitmap_with_blob(file).ok()?).await.ok()?.dyn_into().ok()?;
    let (w, h) = (f64::from(bitmap.width()), f64::from(bitmap.height()));
    let scale = (MAX_SIDE / w.max(h)).min(1.0);
    let (cw, ch) = ((w * scale).round() as u32, (h * scale).round() as u32);
    let (_canvas, ctx) = canvas(cw, ch)?;
    ctx.draw_image_with_image_bitmap_and_dw_and_dh(&bitmap, 0.0, 0.0, f64::from(cw), f64::from(ch)).ok()?;
    decode_canvas(&ctx, cw, ch)
}

/// Opens the back camera into `video`; `Err` when there is none or the clerk refused it.
pub async fn start_camera(video: &HtmlVideoElement) -> Result<MediaStream, JsValue> {
    let devices = web_sys::window().ok_or(JsValue::NULL)?.navigator().media_devices()?;
    let constraints = web_sys::MediaStreamConstraints::new();
    let facing = js_sys::Object::new();
    js_sys::Reflect::set(&facing, &"facingMode".into(), &"environment".into())?;
    constraints.set_video(&facing);
    let stream: MediaStream =
        JsFuture::from(devices.get_user_media_with_constraints(&constraints)?).await?.dyn_into()?;
    video.set_src_object(Some(&stream));
    let _ = video.play().map(JsFuture::from);
    Ok(stream)
}

pub fn stop_camera(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            track.stop();
        }
    }
}

/// Looks for a QR code in the video's current frame.
pub async fn read_frame(video: &HtmlVideoElement) -> Option<String> {
    let (w, h) = (video.video_width(), video.video_height());
    if w == 0 || h == 0 {
        return None;
    }
    if let Some(text) = detect_with_browser(video).await {
        return text;
    }
    let (_canvas, ctx) = canvas(w, h)?;
    ctx.draw_image_with_html_video_element(video, 0.0, 0.0).ok()?;
    decode_canvas(&ctx, w, h)
}

/// The browser's own detector (Chrome on Android has one): `None` where it is missing, so the frame goes to
/// quircs instead; `Some(None)` when it looked and found nothing.
async fn detect_with_browser(video: &HtmlVideoElement) -> Option<Option<String>> {
    let window = web_sys::window()?;
    let ctor: js_sys::Function = js_sys::Reflect::get(&window, &"BarcodeDetector".into()).ok()?.dyn_into().ok()?;
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"formats".into(), &js_sys::Array::of1(&"qr_code".into())).ok()?;
    let detector = js_sys::Reflect::construct(&ctor, &js_sys::Array::of1(&options)).ok()?;
    let detect: js_sys::Function = js_sys::Reflect::get(&detector, &"detect".into()).ok()?.dyn_into().ok()?;
    let promise: js_sys::Promise = detect.call1(&detector, video).ok()?.dyn_into().ok()?;
    let found: js_sys::Array = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    Some(found.iter().find_map(|code| js_sys::Reflect::get(&code, &"rawValue".into()).ok()?.as_string()))
}

/// Waits between two frames.
pub async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}
