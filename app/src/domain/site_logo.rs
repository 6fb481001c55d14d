//! The council's logo in the header of every page (issue 10, section 5; decision 0040): which
//! images are accepted, how their size in pixels is read from their own bytes (so the page can
//! reserve its space before it arrives), and the address it is served at.
//!
//! Only still PNG, JPEG and WebP images: no SVG (a browser runs what an SVG holds), no GIF and
//! no animated PNG or WebP (WCAG 2.2.2: nothing on every page may move by itself).

use serde::{Deserialize, Serialize};

use super::FieldError;
use super::dashboard::format_count;
use super::documents::{FileType, check_file, clean_file_name, select_a_file};
use super::interface_text::Message;

/// The largest logo accepted: it is on every page, and every page here is light. A logo at
/// twice the header's height is a few kilobytes.
pub const MAX_LOGO_BYTES: usize = 100 * 1024;
/// The fewest and most pixels of each side: shown 40 pixels high, a logo three times that is
/// sharp on any screen, and every phone decodes it on every page.
pub const LEAST_LOGO_PIXELS: u32 = 16;
pub const MOST_LOGO_PIXELS: u32 = 2_000;
/// What the upload form accepts (its `accept` attribute).
pub const LOGO_EXTENSIONS: &str = ".png,.jpg,.jpeg,.webp";
/// Where the logo is served: `<version>.<type>`, the version naming its bytes, so browsers
/// keep it for a year and a new logo has a new address.
pub const LOGO_FILE_PATH: &str = "/site/logo/{file}";

/// The logo as pages draw it (its bytes stay in the database).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteLogo {
    /// Names its bytes (a hash of them, in hex).
    pub version: String,
    /// `FileType::code`: "png", "jpeg" or "webp".
    pub file_type: String,
    pub width: u32,
    pub height: u32,
}

impl SiteLogo {
    /// Its address.
    pub fn path(&self) -> String {
        LOGO_FILE_PATH.replace("{file}", &format!("{}.{}", self.version, self.file_type))
    }
}

/// The last part of a logo's address, as (version, type): None for anything else.
pub fn parse_logo_file(file: &str) -> Option<(&str, FileType)> {
    let (version, code) = file.split_once('.')?;
    let file_type = FileType::from_code(code).filter(|t| LOGO_TYPES.contains(t))?;
    let hex = !version.is_empty()
        && version.len() <= 64
        && version
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c));
    hex.then_some((version, file_type))
}

const LOGO_TYPES: [FileType; 3] = [FileType::Png, FileType::Jpeg, FileType::Webp];

/// A checked logo: the name it was sent with, its type and size in pixels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedLogo {
    pub file_name: String,
    pub file_type: FileType,
    pub width: u32,
    pub height: u32,
}

fn logo_error(english: impl Into<String>, text: Message) -> FieldError {
    FieldError {
        text: Some(text),
        field: "file".into(),
        target_id: "file".into(),
        message: english.into(),
    }
}

/// The error for a logo over the size limit (also when the upload was cut off at the limit).
pub fn logo_too_large() -> FieldError {
    let kilobytes = MAX_LOGO_BYTES / 1024;
    logo_error(
        format!("The selected file must be smaller than {kilobytes} KB"),
        Message::new("site-logo-too-large").number("kilobytes", kilobytes),
    )
}

/// The error for a logo uploaded before the council has a name: the name beside it in the
/// header is its text for whoever cannot see it.
pub fn name_first() -> FieldError {
    logo_error(
        "Enter the council's name in site settings before you add its logo",
        Message::new("site-logo-name-first"),
    )
}

/// An upload: `sent_name` as the browser sent it and the file's bytes. The errors are GOV.UK's
/// file upload messages, checked in the order a person would fix them.
pub fn check_logo(sent_name: &str, bytes: &[u8]) -> Result<CheckedLogo, FieldError> {
    let Some(file_name) = clean_file_name(sent_name) else {
        return Err(select_a_file());
    };
    let claimed = FileType::from_file_name(&file_name).filter(|t| LOGO_TYPES.contains(t));
    if claimed.is_none() {
        return Err(logo_error(
            "The selected file must be a PNG, JPEG or WebP image",
            Message::new("site-logo-type"),
        ));
    }
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(logo_too_large());
    }
    // Empty, or not what its name says.
    let checked = check_file(&file_name, bytes)?;
    let Some((width, height)) = image_size(checked.file_type, bytes) else {
        return Err(logo_error(
            format!(
                "The selected file is not a real {} file: save it again and upload that",
                checked.file_type.name()
            ),
            // The kind's English name, as the documents page's message has it: a part would be
            // lower-cased ("jpeg image"), and the Welsh names are capitalised labels.
            Message::new("site-logo-unreadable").text("kind", checked.file_type.name()),
        ));
    };
    let within = LEAST_LOGO_PIXELS..=MOST_LOGO_PIXELS;
    if !within.contains(&width) || !within.contains(&height) {
        let least = format_count(i64::from(LEAST_LOGO_PIXELS));
        let most = format_count(i64::from(MOST_LOGO_PIXELS));
        return Err(logo_error(
            format!(
                "The logo must be between {least} and {most} pixels wide and between {least} and {most} pixels high"
            ),
            Message::new("site-logo-pixels")
                .text("least", &least)
                .text("most", &most),
        ));
    }
    if is_animated(checked.file_type, bytes) {
        return Err(logo_error(
            "The logo must be a still image, not an animation",
            Message::new("site-logo-animated"),
        ));
    }
    Ok(CheckedLogo {
        file_name: checked.file_name,
        file_type: checked.file_type,
        width,
        height,
    })
}

/// `count` bytes from `at`, if the file has them (an offset read from a hostile file may be
/// anywhere).
fn span(bytes: &[u8], at: usize, count: usize) -> Option<&[u8]> {
    bytes.get(at..at.checked_add(count)?)
}

fn be16(bytes: &[u8], at: usize) -> Option<u32> {
    let b = span(bytes, at, 2)?;
    Some(u32::from(b[0]) << 8 | u32::from(b[1]))
}

fn be32(bytes: &[u8], at: usize) -> Option<u32> {
    let b = span(bytes, at, 4)?;
    Some(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
}

fn le(bytes: &[u8], at: usize, count: usize) -> Option<u32> {
    let b = span(bytes, at, count)?;
    Some(
        b.iter()
            .rev()
            .fold(0u32, |value, byte| value << 8 | u32::from(*byte)),
    )
}

/// An image's width and height in pixels, read from its header; None when the header is not
/// one (cut short, or not an image of that type).
pub fn image_size(file_type: FileType, bytes: &[u8]) -> Option<(u32, u32)> {
    let size = match file_type {
        // The first chunk is always IHDR: width and height, 4 bytes each.
        FileType::Png => {
            (bytes.get(12..16)? == b"IHDR").then_some(())?;
            (be32(bytes, 16)?, be32(bytes, 20)?)
        }
        FileType::Jpeg => jpeg_size(bytes)?,
        FileType::Webp => webp_size(bytes)?,
        _ => return None,
    };
    (size.0 > 0 && size.1 > 0).then_some(size)
}

/// A JPEG's size is in its frame header, after any number of other segments. Only the frames
/// browsers draw count (baseline, extended and progressive: SOF0 to SOF2); a lossless,
/// hierarchical or arithmetic-coded one would be a broken image on every page.
fn jpeg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let mut at: usize = 2;
    loop {
        if *bytes.get(at)? != 0xFF {
            return None;
        }
        let marker = *bytes.get(at.checked_add(1)?)?;
        match marker {
            // Fill bytes before a marker.
            0xFF => at += 1,
            // Markers without a length.
            0x01 | 0xD0..=0xD8 => at += 2,
            // Length (2), precision (1), then height and width.
            0xC0..=0xC2 => return Some((be16(bytes, at + 7)?, be16(bytes, at + 5)?)),
            // Another kind of frame; or the image data or its end before any frame header.
            0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF | 0xD9 | 0xDA => return None,
            _ => at = at.checked_add(2 + usize::try_from(be16(bytes, at + 2)?).ok()?)?,
        }
    }
}

/// A WebP's size, from whichever of its three first chunks it has: lossy (`VP8 `), lossless
/// (`VP8L`) or extended (`VP8X`, the canvas).
fn webp_size(bytes: &[u8]) -> Option<(u32, u32)> {
    (bytes.get(0..4)? == b"RIFF" && bytes.get(8..12)? == b"WEBP").then_some(())?;
    match bytes.get(12..16)? {
        b"VP8 " => {
            // A key frame's start code, then 14-bit width and height (2 bits of scale above).
            (bytes.get(23..26)? == [0x9d, 0x01, 0x2a]).then_some(())?;
            Some((le(bytes, 26, 2)? & 0x3fff, le(bytes, 28, 2)? & 0x3fff))
        }
        b"VP8L" => {
            (*bytes.get(20)? == 0x2f).then_some(())?;
            let bits = le(bytes, 21, 4)?;
            Some(((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1))
        }
        b"VP8X" => Some((le(bytes, 24, 3)? + 1, le(bytes, 27, 3)? + 1)),
        _ => None,
    }
}

/// Whether it moves: an animated PNG has an `acTL` chunk before its image data; an animated
/// WebP says so in its extended header.
fn is_animated(file_type: FileType, bytes: &[u8]) -> bool {
    match file_type {
        FileType::Png => {
            let mut at = 8;
            while let (Some(length), Some(kind)) =
                (be32(bytes, at), span(bytes, at.saturating_add(4), 4))
            {
                match kind {
                    b"acTL" => return true,
                    b"IDAT" | b"IEND" => return false,
                    _ => {}
                }
                // Length, type, data and CRC.
                let Some(next) = usize::try_from(length)
                    .ok()
                    .and_then(|length| at.checked_add(12)?.checked_add(length))
                else {
                    return false;
                };
                at = next;
            }
            false
        }
        FileType::Webp => {
            bytes.get(12..16) == Some(b"VP8X")
                && bytes.get(20).is_some_and(|flags| flags & 0x02 != 0)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PNG's first bytes: signature and IHDR (CRC not checked), then the chunks given.
    fn png(width: u32, height: u32, chunks: &[&[u8]]) -> Vec<u8> {
        let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        bytes.extend(width.to_be_bytes());
        bytes.extend(height.to_be_bytes());
        bytes.extend([8, 6, 0, 0, 0, 0, 0, 0, 0]);
        for chunk in chunks {
            bytes.extend(chunk.iter());
        }
        bytes.extend(b"\0\0\0\0IEND\xaeB`\x82");
        bytes
    }

    /// A JPEG's first segments: SOI, an APP0 of 16 bytes, a DHT, then a baseline frame header.
    fn jpeg(width: u16, height: u16) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];
        bytes.extend(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
        bytes.extend([0xFF, 0xC4, 0x00, 0x04, 0x00, 0x00]);
        bytes.extend([0xFF, 0xFF, 0xC0, 0x00, 0x11, 0x08]);
        bytes.extend(height.to_be_bytes());
        bytes.extend(width.to_be_bytes());
        bytes.extend([3; 10]);
        bytes
    }

    fn webp(chunk: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut bytes = b"RIFF\0\0\0\0WEBP".to_vec();
        bytes.extend(chunk);
        bytes.extend((data.len() as u32).to_le_bytes());
        bytes.extend(data);
        bytes
    }

    #[test]
    fn sizes_are_read_from_each_kinds_header() {
        assert_eq!(
            image_size(FileType::Png, &png(320, 80, &[])),
            Some((320, 80))
        );
        assert_eq!(
            image_size(FileType::Jpeg, &jpeg(640, 123)),
            Some((640, 123))
        );
        // Progressive too; a lossless frame, which browsers do not draw, is no size.
        let mut progressive = jpeg(640, 123);
        let frame = progressive.len() - 18;
        progressive[frame] = 0xC2;
        assert_eq!(image_size(FileType::Jpeg, &progressive), Some((640, 123)));
        progressive[frame] = 0xC3;
        assert_eq!(image_size(FileType::Jpeg, &progressive), None);
        // Lossy: frame tag, start code, 14-bit sizes with a scale in the top bits.
        let lossy = webp(
            b"VP8 ",
            &[0, 0, 0, 0x9d, 0x01, 0x2a, 0x40, 0x41, 0x50, 0x00],
        );
        assert_eq!(image_size(FileType::Webp, &lossy), Some((0x140, 0x50)));
        // Lossless: width 300 and height 60, each less one, in 14 bits.
        let bits: u32 = 299 | (59 << 14);
        let mut data = vec![0x2f];
        data.extend(bits.to_le_bytes());
        assert_eq!(
            image_size(FileType::Webp, &webp(b"VP8L", &data)),
            Some((300, 60))
        );
        // Extended: 24-bit canvas sizes, each less one.
        let data = [0, 0, 0, 0, 0x3f, 0x01, 0x00, 0x4f, 0x00, 0x00];
        assert_eq!(
            image_size(FileType::Webp, &webp(b"VP8X", &data)),
            Some((320, 80))
        );
    }

    #[test]
    fn a_header_cut_short_or_of_another_kind_has_no_size() {
        let whole = png(320, 80, &[]);
        assert_eq!(image_size(FileType::Png, &whole[..20]), None);
        assert_eq!(image_size(FileType::Png, &png(0, 80, &[])), None);
        let whole = jpeg(10, 10);
        assert_eq!(image_size(FileType::Jpeg, &whole[..whole.len() - 12]), None);
        // Image data before any frame header.
        assert_eq!(
            image_size(FileType::Jpeg, &[0xFF, 0xD8, 0xFF, 0xDA, 0, 2]),
            None
        );
        // A segment length running past the end, and one that is not a marker.
        assert_eq!(
            image_size(FileType::Jpeg, &[0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF]),
            None
        );
        assert_eq!(image_size(FileType::Jpeg, &[0xFF, 0xD8, 0x00]), None);
        assert_eq!(image_size(FileType::Webp, &webp(b"ALPH", &[0; 10])), None);
        assert_eq!(image_size(FileType::Pdf, b"%PDF-1.7"), None);
    }

    #[test]
    fn a_logo_is_a_still_png_jpeg_or_webp_of_sensible_size() {
        let fine = png(320, 80, &[]);
        let checked = check_logo("C:\\Logos\\council.PNG", &fine).unwrap();
        assert_eq!(checked.file_name, "council.PNG");
        assert_eq!(checked.file_type, FileType::Png);
        assert_eq!((checked.width, checked.height), (320, 80));
        assert_eq!(
            check_logo("logo.jpg", &jpeg(200, 50)).unwrap().file_type,
            FileType::Jpeg
        );
        let refused = |name: &str, bytes: &[u8]| check_logo(name, bytes).unwrap_err();
        assert_eq!(refused("", &fine).message, "Select a file");
        for name in ["logo.svg", "logo.gif", "logo.pdf", "logo"] {
            assert_eq!(
                refused(name, &fine).message,
                "The selected file must be a PNG, JPEG or WebP image",
                "{name}"
            );
        }
        assert_eq!(
            refused("logo.png", b"").message,
            "The selected file is empty"
        );
        assert!(
            refused("logo.png", &jpeg(200, 50))
                .message
                .contains("not a real PNG")
        );
        let mut large = fine.clone();
        large.resize(MAX_LOGO_BYTES + 1, 0);
        assert_eq!(
            refused("logo.png", &large).message,
            "The selected file must be smaller than 100 KB"
        );
        // A JPEG signature with nothing readable after it, as the page writes it.
        let unreadable = refused("logo.jpg", b"\xFF\xD8\xFF\xE1\xFF\xFF");
        assert_eq!(
            unreadable.message_in(crate::domain::Language::English),
            "The selected file is not a real JPEG image file: save it again and upload that"
        );
        // A PNG signature with nothing readable after it.
        assert!(
            refused("logo.png", b"\x89PNG\r\n\x1a\nrest")
                .message
                .contains("not a real PNG")
        );
        for (width, height) in [(15, 80), (320, 15), (2_001, 80), (80, 2_001)] {
            assert!(
                refused("logo.png", &png(width, height, &[]))
                    .message
                    .contains("between 16"),
                "{width} × {height}"
            );
        }
        let moving: &[u8] = b"\0\0\0\x08acTL\0\0\0\x02\0\0\0\0\0\0\0\0";
        assert_eq!(
            refused("logo.png", &png(320, 80, &[moving])).message,
            "The logo must be a still image, not an animation"
        );
        let still: &[u8] = b"\0\0\0\x01tEXta\0\0\0\0\0\0\0\x00IDAT\0\0\0\0";
        assert!(check_logo("logo.png", &png(320, 80, &[still])).is_ok());
        let animated = webp(
            b"VP8X",
            &[0x02, 0, 0, 0, 0x3f, 0x01, 0x00, 0x4f, 0x00, 0x00],
        );
        assert_eq!(
            refused("logo.webp", &animated).message,
            "The logo must be a still image, not an animation"
        );
        // Every refusal is beside the file input.
        assert_eq!(refused("logo.svg", &fine).target_id, "file");
    }

    #[test]
    fn a_logos_address_names_its_version_and_type_and_nothing_else_is_one() {
        let logo = SiteLogo {
            version: "0123456789abcdef".into(),
            file_type: "png".into(),
            width: 320,
            height: 80,
        };
        assert_eq!(logo.path(), "/site/logo/0123456789abcdef.png");
        assert_eq!(
            parse_logo_file("0123456789abcdef.png"),
            Some(("0123456789abcdef", FileType::Png))
        );
        assert_eq!(parse_logo_file("abc.jpeg"), Some(("abc", FileType::Jpeg)));
        for file in [
            "",
            ".png",
            "abc",
            "abc.pdf",
            "abc.svg",
            "ABC.png",
            "abc.png.png",
            "../x.png",
            "abc.PNG",
        ] {
            assert_eq!(parse_logo_file(file), None, "{file}");
        }
    }
}
