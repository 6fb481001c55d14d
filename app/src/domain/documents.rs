//! Related documents of a consultation: links to pages elsewhere, and files staff upload (the
//! proposal as a PDF, a map, a spreadsheet of figures). The rules for what may be uploaded, how a
//! file's type is decided (by its name *and* its first bytes, never by what the browser claims),
//! and how it is named when served, in one place.

use super::FieldError;
use super::interface_text::Message;

/// The largest file accepted. Files live in the database so every app server can serve them;
/// anything larger (a 200-page report with maps) can be linked instead.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// Links and files of one consultation together.
pub const MAX_DOCUMENTS: usize = 30;
pub const MAX_DOCUMENT_TITLE_CHARS: usize = 200;
pub const MAX_URL_CHARS: usize = 2_000;
/// A stored file name is cut to this many characters (keeping its extension).
pub const MAX_FILE_NAME_CHARS: usize = 120;

/// The kinds of file accepted: what councils publish beside a consultation. No HTML, SVG or
/// anything else a browser would run as part of this site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileType {
    Pdf,
    Word,
    WordLegacy,
    OpenDocumentText,
    Excel,
    ExcelLegacy,
    OpenDocumentSpreadsheet,
    Csv,
    Png,
    Jpeg,
    Gif,
    Webp,
}

/// What an upload form accepts, for the file input's `accept` attribute and its hint.
pub const ACCEPTED_EXTENSIONS: &str =
    ".pdf,.doc,.docx,.odt,.xls,.xlsx,.ods,.csv,.png,.jpg,.jpeg,.gif,.webp";

impl FileType {
    /// The code stored with a file.
    pub fn code(self) -> &'static str {
        match self {
            FileType::Pdf => "pdf",
            FileType::Word => "docx",
            FileType::WordLegacy => "doc",
            FileType::OpenDocumentText => "odt",
            FileType::Excel => "xlsx",
            FileType::ExcelLegacy => "xls",
            FileType::OpenDocumentSpreadsheet => "ods",
            FileType::Csv => "csv",
            FileType::Png => "png",
            FileType::Jpeg => "jpeg",
            FileType::Gif => "gif",
            FileType::Webp => "webp",
        }
    }

    pub fn from_code(code: &str) -> Option<FileType> {
        ALL_TYPES.into_iter().find(|t| t.code() == code)
    }

    /// The type a file name's extension claims, if it is one accepted.
    pub fn from_file_name(name: &str) -> Option<FileType> {
        let (_, extension) = name.rsplit_once('.')?;
        match extension.to_ascii_lowercase().as_str() {
            "pdf" => Some(FileType::Pdf),
            "docx" => Some(FileType::Word),
            "doc" => Some(FileType::WordLegacy),
            "odt" => Some(FileType::OpenDocumentText),
            "xlsx" => Some(FileType::Excel),
            "xls" => Some(FileType::ExcelLegacy),
            "ods" => Some(FileType::OpenDocumentSpreadsheet),
            "csv" => Some(FileType::Csv),
            "png" => Some(FileType::Png),
            "jpg" | "jpeg" => Some(FileType::Jpeg),
            "gif" => Some(FileType::Gif),
            "webp" => Some(FileType::Webp),
            _ => None,
        }
    }

    /// The `Content-Type` it is served with.
    pub fn media_type(self) -> &'static str {
        match self {
            FileType::Pdf => "application/pdf",
            FileType::Word => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            FileType::WordLegacy => "application/msword",
            FileType::OpenDocumentText => "application/vnd.oasis.opendocument.text",
            FileType::Excel => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            FileType::ExcelLegacy => "application/vnd.ms-excel",
            FileType::OpenDocumentSpreadsheet => "application/vnd.oasis.opendocument.spreadsheet",
            FileType::Csv => "text/csv",
            FileType::Png => "image/png",
            FileType::Jpeg => "image/jpeg",
            FileType::Gif => "image/gif",
            FileType::Webp => "image/webp",
        }
    }

    /// How people name it beside its link ("PDF, 1.2 MB"), as GOV.UK attachments do.
    pub fn name(self) -> &'static str {
        match self {
            FileType::Pdf => "PDF",
            FileType::Word | FileType::WordLegacy => "Word document",
            FileType::OpenDocumentText => "OpenDocument text",
            FileType::Excel | FileType::ExcelLegacy => "Excel spreadsheet",
            FileType::OpenDocumentSpreadsheet => "OpenDocument spreadsheet",
            FileType::Csv => "CSV",
            FileType::Png => "PNG image",
            FileType::Jpeg => "JPEG image",
            FileType::Gif => "GIF image",
            FileType::Webp => "WebP image",
        }
    }

    /// The message naming it beside its link (`interface_text`), as `name` does in English.
    pub fn name_id(self) -> &'static str {
        match self {
            FileType::Pdf => "staff-file-type-pdf",
            FileType::Word | FileType::WordLegacy => "staff-file-type-word",
            FileType::OpenDocumentText => "staff-file-type-odt",
            FileType::Excel | FileType::ExcelLegacy => "staff-file-type-excel",
            FileType::OpenDocumentSpreadsheet => "staff-file-type-ods",
            FileType::Csv => "staff-file-type-csv",
            FileType::Png => "staff-file-type-png",
            FileType::Jpeg => "staff-file-type-jpeg",
            FileType::Gif => "staff-file-type-gif",
            FileType::Webp => "staff-file-type-webp",
        }
    }

    /// Whether browsers show it themselves (opened in the tab); everything else is downloaded.
    pub fn shown_in_browser(self) -> bool {
        matches!(
            self,
            FileType::Pdf | FileType::Png | FileType::Jpeg | FileType::Gif | FileType::Webp
        )
    }

    /// Whether `bytes` really are a file of this type (its signature, and for the zip-based
    /// office formats the part that says which one it is). A renamed file is refused.
    pub fn matches(self, bytes: &[u8]) -> bool {
        const ZIP: &[u8] = b"PK\x03\x04";
        const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
        match self {
            FileType::Pdf => bytes.starts_with(b"%PDF-"),
            FileType::Word => bytes.starts_with(ZIP) && contains(bytes, b"word/"),
            FileType::Excel => bytes.starts_with(ZIP) && contains(bytes, b"xl/"),
            // An OpenDocument file starts with an uncompressed `mimetype` entry naming its kind.
            FileType::OpenDocumentText => {
                bytes.starts_with(ZIP)
                    && contains(
                        &bytes[..bytes.len().min(200)],
                        b"mimetypeapplication/vnd.oasis.opendocument.text",
                    )
            }
            FileType::OpenDocumentSpreadsheet => {
                bytes.starts_with(ZIP)
                    && contains(
                        &bytes[..bytes.len().min(200)],
                        b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
                    )
            }
            FileType::WordLegacy | FileType::ExcelLegacy => bytes.starts_with(OLE),
            // Text: no NUL bytes (which no spreadsheet's CSV export writes) and not a web page.
            FileType::Csv => {
                !bytes.contains(&0) && {
                    let start = String::from_utf8_lossy(&bytes[..bytes.len().min(512)])
                        .trim_start_matches('\u{feff}')
                        .trim_start()
                        .to_ascii_lowercase();
                    !(start.starts_with("<!doctype") || start.starts_with("<html"))
                }
            }
            FileType::Png => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
            FileType::Jpeg => bytes.starts_with(b"\xFF\xD8\xFF"),
            FileType::Gif => bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a"),
            FileType::Webp => {
                bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP"
            }
        }
    }
}

const ALL_TYPES: [FileType; 12] = [
    FileType::Pdf,
    FileType::Word,
    FileType::WordLegacy,
    FileType::OpenDocumentText,
    FileType::Excel,
    FileType::ExcelLegacy,
    FileType::OpenDocumentSpreadsheet,
    FileType::Csv,
    FileType::Png,
    FileType::Jpeg,
    FileType::Gif,
    FileType::Webp,
];

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// A file's size as people read it: "820 bytes", "14 KB", "1.2 MB".
pub fn size_text(bytes: u64) -> String {
    const KB: f64 = 1024.0;
    let b = bytes as f64;
    if bytes < 1024 {
        format!("{bytes} bytes")
    } else if b < KB * KB {
        format!("{} KB", (b / KB).round().max(1.0))
    } else {
        let mb = b / (KB * KB);
        if mb < 10.0 {
            format!("{:.1} MB", mb)
        } else {
            format!("{} MB", mb.round())
        }
    }
}

/// The name a browser sent for an upload, made safe to store and to offer back: only its last
/// path part (some browsers send `C:\Users\…\plan.pdf`), no control characters, at most
/// `MAX_FILE_NAME_CHARS` characters with its extension kept. `None` when nothing is left.
pub fn clean_file_name(sent: &str) -> Option<String> {
    let last = sent.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .trim_start_matches('.')
        .to_string();
    if cleaned.is_empty() {
        return None;
    }
    if cleaned.chars().count() <= MAX_FILE_NAME_CHARS {
        return Some(cleaned);
    }
    let extension = cleaned
        .rsplit_once('.')
        .map(|(_, e)| e)
        .filter(|e| e.chars().count() <= 5)
        .unwrap_or_default();
    if extension.is_empty() {
        return Some(cleaned.chars().take(MAX_FILE_NAME_CHARS).collect());
    }
    let keep = MAX_FILE_NAME_CHARS - extension.chars().count() - 1;
    let stem: String = cleaned.chars().take(keep).collect();
    Some(format!("{}.{extension}", stem.trim_end()))
}

/// The `Content-Disposition` a stored file is served with: `inline` for what browsers show
/// themselves, else `attachment`; the name both as plain ASCII (quotes, backslashes and
/// anything else unsafe replaced) and exactly, percent-encoded (RFC 6266 / RFC 5987).
pub fn content_disposition(file_type: FileType, file_name: &str) -> String {
    let disposition = if file_type.shown_in_browser() {
        "inline"
    } else {
        "attachment"
    };
    let ascii: String = file_name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || " .-_()[],".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut encoded = String::new();
    for byte in file_name.bytes() {
        if byte.is_ascii_alphanumeric() || b".-_~".contains(&byte) {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    format!("{disposition}; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

/// A checked upload: the name to store and its type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedFile {
    pub file_name: String,
    pub file_type: FileType,
}

/// A problem with the file: in English, and as a message the page writes in its language
/// (`None`: English only).
fn file_error(message: impl Into<String>, text: Option<Message>) -> FieldError {
    FieldError {
        text,
        field: "file".into(),
        target_id: "file".into(),
        message: message.into(),
    }
}

/// A document's title as typed into field `field`: required, at most
/// `MAX_DOCUMENT_TITLE_CHARS`.
pub fn check_title(field: &str, title: &str) -> Result<String, FieldError> {
    let title_error = |message: String, text: Message| FieldError {
        text: Some(text),
        field: field.into(),
        target_id: field.into(),
        message,
    };
    // One line of text: control characters dropped, runs of spaces and line breaks made one.
    let title = super::text::clean(title)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if title.is_empty() {
        return Err(title_error(
            "Enter a title for the document".into(),
            Message::new("staff-documents-enter-title"),
        ));
    }
    if title.chars().count() > MAX_DOCUMENT_TITLE_CHARS {
        return Err(title_error(
            format!("The title must be {MAX_DOCUMENT_TITLE_CHARS} characters or fewer"),
            Message::new("staff-documents-title-too-long").number("most", MAX_DOCUMENT_TITLE_CHARS),
        ));
    }
    Ok(title)
}

/// An upload: `sent_name` as the browser sent it and the file's bytes. The errors are GOV.UK's
/// file upload messages.
pub fn check_file(sent_name: &str, bytes: &[u8]) -> Result<CheckedFile, FieldError> {
    let Some(file_name) = clean_file_name(sent_name) else {
        return Err(select_a_file());
    };
    if bytes.is_empty() {
        return Err(file_error(
            "The selected file is empty",
            Some(Message::new("staff-documents-file-empty")),
        ));
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(too_large());
    }
    let Some(file_type) = FileType::from_file_name(&file_name) else {
        return Err(file_error(
            "The selected file must be a PDF, Word, OpenDocument, Excel, CSV, PNG, JPEG, GIF or WebP file",
            Some(Message::new("staff-documents-file-type")),
        ));
    };
    if !file_type.matches(bytes) {
        return Err(file_error(
            format!(
                "The selected file is not a real {} file: its name says one kind but its contents are another. Save it again as a {} and upload that",
                file_type.name(),
                file_type.name()
            ),
            Some(Message::new("staff-documents-file-not-real").text("kind", file_type.name())),
        ));
    }
    Ok(CheckedFile {
        file_name,
        file_type,
    })
}

/// The error for a file over the size limit (also when the upload was cut off at the limit).
pub fn too_large() -> FieldError {
    let megabytes = MAX_FILE_BYTES / (1024 * 1024);
    file_error(
        format!(
            "The selected file must be smaller than {megabytes} MB. Link to a larger document instead"
        ),
        Some(Message::new("staff-documents-file-too-large").number("megabytes", megabytes)),
    )
}

/// The error for an upload form sent without a file.
pub fn select_a_file() -> FieldError {
    file_error(
        "Select a file",
        Some(Message::new("staff-documents-select-file")),
    )
}

/// A link's address as typed: an `https://` (or `http://`) address of a web page.
pub fn check_url(url: &str) -> Result<String, FieldError> {
    let error = |message: &str, text: Message| FieldError {
        text: Some(text),
        field: "url".into(),
        target_id: "url".into(),
        message: message.into(),
    };
    let url = url.trim();
    if url.is_empty() {
        return Err(error(
            "Enter the web address of the document",
            Message::new("staff-documents-enter-url"),
        ));
    }
    if url.chars().count() > MAX_URL_CHARS {
        return Err(error(
            &format!("The web address must be {MAX_URL_CHARS} characters or fewer"),
            Message::new("staff-documents-url-too-long").number("most", MAX_URL_CHARS),
        ));
    }
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    let host = rest
        .map(|rest| rest.split(['/', '?', '#']).next().unwrap_or_default())
        .unwrap_or_default();
    let host_ok = !host.is_empty()
        && !host.contains('@')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        && host.chars().any(|c| c.is_ascii_alphanumeric());
    if rest.is_none() || !host_ok || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(error(
            "Enter a web address in the correct format, like https://www.example.gov.uk/plan.pdf",
            Message::new("staff-documents-url-format"),
        ));
    }
    Ok(url.to_string())
}

/// The host a link goes to, shown beside it so people know they are leaving the site.
pub fn link_host(url: &str) -> String {
    url.split_once("://")
        .map(|(_, rest)| rest.split(['/', '?', '#']).next().unwrap_or_default())
        .unwrap_or_default()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zip_with(name: &str) -> Vec<u8> {
        let mut bytes = b"PK\x03\x04\x14\x00\x00\x00".to_vec();
        bytes.extend_from_slice(&[0; 22]);
        bytes.extend_from_slice(name.as_bytes());
        bytes
    }

    #[test]
    fn types_are_decided_by_name_and_contents() {
        let pdf = b"%PDF-1.7\n%\xE2\xE3\n1 0 obj".to_vec();
        assert_eq!(
            check_file("Plan.PDF", &pdf).unwrap().file_type,
            FileType::Pdf
        );
        assert_eq!(
            check_file("plan.docx", &zip_with("word/document.xml"))
                .unwrap()
                .file_type,
            FileType::Word
        );
        assert_eq!(
            check_file("figures.xlsx", &zip_with("xl/workbook.xml"))
                .unwrap()
                .file_type,
            FileType::Excel
        );
        assert_eq!(
            check_file(
                "plan.odt",
                &zip_with("mimetypeapplication/vnd.oasis.opendocument.text")
            )
            .unwrap()
            .file_type,
            FileType::OpenDocumentText
        );
        assert_eq!(
            check_file("a.csv", "Ward,Count\r\nNorth,3\r\n".as_bytes())
                .unwrap()
                .file_type,
            FileType::Csv
        );
        assert_eq!(
            check_file("map.jpg", b"\xFF\xD8\xFF\xE0rest")
                .unwrap()
                .file_type,
            FileType::Jpeg
        );
        assert_eq!(
            check_file("map.webp", b"RIFF\x10\x00\x00\x00WEBPVP8 ")
                .unwrap()
                .file_type,
            FileType::Webp
        );
        // Renamed files are refused: a web page called .pdf, a spreadsheet called .docx, an
        // OpenDocument spreadsheet called .odt, HTML called .csv.
        for (name, bytes) in [
            ("plan.pdf", b"<html><script>alert(1)</script>".to_vec()),
            ("plan.docx", zip_with("xl/workbook.xml")),
            (
                "plan.odt",
                zip_with("mimetypeapplication/vnd.oasis.opendocument.spreadsheet"),
            ),
            ("data.csv", b"<!DOCTYPE html><p>hi".to_vec()),
            ("data.csv", b"a,b\0c".to_vec()),
            ("map.png", b"GIF89a".to_vec()),
        ] {
            let error = check_file(name, &bytes).unwrap_err();
            assert!(error.message.contains("is not a real"), "{name}: {error:?}");
            assert_eq!(error.target_id, "file");
        }
        for name in ["page.html", "icon.svg", "run.exe", "noextension"] {
            let error = check_file(name, b"%PDF-").unwrap_err();
            assert!(error.message.contains("must be a PDF"), "{name}");
        }
        assert_eq!(
            check_file("a.pdf", b"").unwrap_err().message,
            "The selected file is empty"
        );
        assert_eq!(
            check_file("", b"%PDF-").unwrap_err().message,
            "Select a file"
        );
        let mut big = b"%PDF-".to_vec();
        big.resize(MAX_FILE_BYTES + 1, b' ');
        assert!(
            check_file("a.pdf", &big)
                .unwrap_err()
                .message
                .contains("smaller than 20 MB")
        );
        for t in ALL_TYPES {
            assert_eq!(FileType::from_code(t.code()), Some(t));
        }
    }

    #[test]
    fn file_names_are_cleaned() {
        assert_eq!(
            clean_file_name("C:\\Users\\me\\Plan v2.pdf").as_deref(),
            Some("Plan v2.pdf")
        );
        assert_eq!(
            clean_file_name("../../etc/passwd").as_deref(),
            Some("passwd")
        );
        assert_eq!(
            clean_file_name("a\u{0}b\r\n.pdf").as_deref(),
            Some("ab.pdf")
        );
        assert_eq!(
            clean_file_name(".hidden.pdf").as_deref(),
            Some("hidden.pdf")
        );
        assert_eq!(clean_file_name("  /  "), None);
        let long = format!("{}.pdf", "é".repeat(300));
        let cleaned = clean_file_name(&long).unwrap();
        assert_eq!(cleaned.chars().count(), MAX_FILE_NAME_CHARS);
        assert!(cleaned.ends_with(".pdf"));
        let no_extension = clean_file_name(&"a".repeat(300)).unwrap();
        assert_eq!(
            no_extension,
            "a".repeat(MAX_FILE_NAME_CHARS),
            "no trailing dot"
        );
    }

    #[test]
    fn content_disposition_is_safe_and_exact() {
        assert_eq!(
            content_disposition(FileType::Pdf, "Plan \"final\"; v2.pdf"),
            "inline; filename=\"Plan _final__ v2.pdf\"; filename*=UTF-8''Plan%20%22final%22%3B%20v2.pdf"
        );
        assert_eq!(
            content_disposition(FileType::Word, "Cynllun – Ŵyl.docx"),
            "attachment; filename=\"Cynllun _ _yl.docx\"; filename*=UTF-8''Cynllun%20%E2%80%93%20%C5%B4yl.docx"
        );
        assert!(content_disposition(FileType::Csv, "a\r\nb.csv").starts_with("attachment"));
        assert!(!content_disposition(FileType::Csv, "a\r\nb.csv").contains('\n'));
    }

    /// A page in English says exactly the English problem.
    #[test]
    fn problems_read_the_same_from_their_messages() {
        let mut big = b"%PDF-".to_vec();
        big.resize(MAX_FILE_BYTES + 1, b' ');
        let problems = [
            check_title("link_title", " ").unwrap_err(),
            check_title("link_title", &"a".repeat(201)).unwrap_err(),
            check_url("").unwrap_err(),
            check_url(&format!("https://{}", "a".repeat(MAX_URL_CHARS))).unwrap_err(),
            check_url("www.example.gov.uk").unwrap_err(),
            check_file("", b"%PDF-").unwrap_err(),
            check_file("a.pdf", b"").unwrap_err(),
            check_file("a.exe", b"%PDF-").unwrap_err(),
            check_file("a.pdf", &big).unwrap_err(),
            check_file("a.pdf", b"GIF89a").unwrap_err(),
            select_a_file(),
        ];
        for problem in problems {
            assert_eq!(
                problem.message_in(crate::domain::Language::English),
                problem.message
            );
        }
        for file_type in ALL_TYPES {
            assert_eq!(
                crate::domain::interface_text::text(
                    crate::domain::Language::English,
                    file_type.name_id()
                ),
                file_type.name()
            );
        }
    }

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(size_text(820), "820 bytes");
        assert_eq!(size_text(14 * 1024 + 100), "14 KB");
        assert_eq!(size_text(1024 * 1024 * 12 / 10), "1.2 MB");
        assert_eq!(size_text(15 * 1024 * 1024), "15 MB");
    }

    #[test]
    fn links_and_titles() {
        assert_eq!(
            check_url(" https://www.example.gov.uk/plan.pdf ").unwrap(),
            "https://www.example.gov.uk/plan.pdf"
        );
        assert!(check_url("http://localhost:8080/x").is_ok());
        for bad in [
            "javascript:alert(1)",
            "www.example.gov.uk",
            "https://",
            "https://exa mple.com",
            "https://user@evil.example/",
            "data:text/html,hi",
            "ftp://example.com/a",
        ] {
            assert!(check_url(bad).is_err(), "{bad}");
        }
        assert_eq!(
            check_url("").unwrap_err().message,
            "Enter the web address of the document"
        );
        assert_eq!(
            link_host("https://www.example.gov.uk/a?b"),
            "www.example.gov.uk"
        );
        assert_eq!(check_title("link_title", "  Plan ").unwrap(), "Plan");
        assert_eq!(
            check_title("link_title", "Plan\u{0}\r\n  v2").unwrap(),
            "Plan v2"
        );
        assert_eq!(
            check_title("file_title", " ").unwrap_err().target_id,
            "file_title"
        );
        assert!(check_title("link_title", &"a".repeat(201)).is_err());
    }
}
