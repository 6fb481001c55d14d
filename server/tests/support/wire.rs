//! A small HTTP/1.1 client over a TCP socket, for tests and benchmarks that talk to real server
//! processes: plain requests (read to the end) and event streams (read event by event). Enough
//! for our own server on 127.0.0.1; not a general client.

#![allow(dead_code)]

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// A whole reply.
pub struct WireReply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl WireReply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The `name=value` part of the Set-Cookie header, for sending back.
    pub fn cookie(&self) -> Option<String> {
        self.header("set-cookie")
            .and_then(|v| v.split(';').next())
            .map(str::to_string)
    }
}

fn request_text(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> String {
    let mut text = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n");
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    if !body.is_empty() || method == "POST" {
        text.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    text.push_str("\r\n");
    text.push_str(body);
    text
}

/// Splits a reply's head from its body and reads the status line and headers.
fn parse_head(head: &str) -> (u16, Vec<(String, String)>) {
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    (status, headers)
}

/// Undoes chunked transfer encoding as far as `raw` is complete; returns the data and how many
/// bytes of `raw` it used.
fn dechunk(raw: &[u8]) -> (Vec<u8>, usize) {
    let mut out = Vec::new();
    let mut at = 0;
    loop {
        let Some(line_end) = raw[at..].windows(2).position(|w| w == b"\r\n") else {
            return (out, at);
        };
        let size_text = String::from_utf8_lossy(&raw[at..at + line_end]);
        let Ok(size) = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
        else {
            return (out, at);
        };
        let start = at + line_end + 2;
        if size == 0 {
            return (out, raw.len());
        }
        if raw.len() < start + size + 2 {
            return (out, at);
        }
        out.extend_from_slice(&raw[start..start + size]);
        at = start + size + 2;
    }
}

/// Sends one request and reads the whole reply (`Connection: close`).
pub async fn request(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> std::io::Result<WireReply> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).await?;
    let mut all_headers = headers.to_vec();
    all_headers.push(("Connection", "close"));
    stream
        .write_all(request_text(port, method, path, &all_headers, body).as_bytes())
        .await?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| std::io::Error::other("no end of headers"))?;
    let (status, headers) = parse_head(&String::from_utf8_lossy(&raw[..split]));
    let rest = &raw[split + 4..];
    let chunked = headers
        .iter()
        .any(|(n, v)| n.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    let body = if chunked {
        dechunk(rest).0
    } else {
        rest.to_vec()
    };
    Ok(WireReply {
        status,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

/// Sends a form post (`application/x-www-form-urlencoded`).
pub async fn post_form(
    port: u16,
    path: &str,
    cookie: Option<&str>,
    fields: &[(String, String)],
) -> std::io::Result<WireReply> {
    let body = serde_urlencoded::to_string(fields).map_err(std::io::Error::other)?;
    let mut headers = vec![("Content-Type", "application/x-www-form-urlencoded")];
    if let Some(cookie) = cookie {
        headers.push(("Cookie", cookie));
    }
    request(port, "POST", path, &headers, &body).await
}

/// An open event stream.
pub struct EventStream {
    stream: TcpStream,
    pub status: u16,
    raw: Vec<u8>,
    /// Decoded from chunks, not yet text.
    bytes: Vec<u8>,
    text: String,
    chunked: bool,
}

/// One event: its name and its data.
#[derive(Debug)]
pub struct Event {
    pub name: String,
    pub data: String,
}

impl EventStream {
    /// Opens `path` as an event stream (`Accept: text/event-stream`), reading the reply's head.
    pub async fn open(port: u16, path: &str, cookie: Option<&str>) -> std::io::Result<Self> {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).await?;
        let mut headers = vec![("Accept", "text/event-stream")];
        if let Some(cookie) = cookie {
            headers.push(("Cookie", cookie));
        }
        stream
            .write_all(request_text(port, "GET", path, &headers, "").as_bytes())
            .await?;
        let mut raw = Vec::new();
        let mut buf = [0u8; 8192];
        let split = loop {
            if let Some(at) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
                break at;
            }
            let n = stream.read(&mut buf).await?;
            if n == 0 {
                return Err(std::io::Error::other("closed before its headers"));
            }
            raw.extend_from_slice(&buf[..n]);
        };
        let (status, headers) = parse_head(&String::from_utf8_lossy(&raw[..split]));
        let chunked = headers
            .iter()
            .any(|(n, v)| n.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
        Ok(EventStream {
            stream,
            status,
            raw: raw[split + 4..].to_vec(),
            bytes: Vec::new(),
            text: String::new(),
            chunked,
        })
    }

    /// The next event (keep-alive comments skipped), or `None` if the stream ends or nothing
    /// comes within `wait`.
    pub async fn next_event(&mut self, wait: Duration) -> Option<Event> {
        let deadline = tokio::time::Instant::now() + wait;
        let mut buf = vec![0u8; 65536];
        loop {
            // Move what is complete from the raw bytes into the text (a character split
            // between two reads waits for its other half).
            if self.chunked {
                let (data, used) = dechunk(&self.raw);
                self.bytes.extend_from_slice(&data);
                self.raw.drain(..used);
            } else {
                self.bytes.append(&mut self.raw);
            }
            let complete = match std::str::from_utf8(&self.bytes) {
                Ok(text) => text.len(),
                Err(error) => error.valid_up_to(),
            };
            self.text
                .push_str(std::str::from_utf8(&self.bytes[..complete]).unwrap_or_default());
            self.bytes.drain(..complete);
            while let Some(end) = self.text.find("\n\n") {
                let block: String = self.text.drain(..end + 2).collect();
                let mut name = String::from("message");
                let mut data = Vec::new();
                for line in block.lines() {
                    if let Some(value) = line.strip_prefix("event:") {
                        name = value.trim().to_string();
                    } else if let Some(value) = line.strip_prefix("data:") {
                        data.push(value.strip_prefix(' ').unwrap_or(value).to_string());
                    }
                }
                if !data.is_empty() {
                    return Some(Event {
                        name,
                        data: data.join("\n"),
                    });
                }
            }
            let n = tokio::time::timeout_at(deadline, self.stream.read(&mut buf))
                .await
                .ok()?
                .ok()?;
            if n == 0 {
                return None;
            }
            self.raw.extend_from_slice(&buf[..n]);
        }
    }
}

/// A free port on 127.0.0.1 (free when asked; taken by whoever binds it next).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind(("127.0.0.1", 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// The value of the first `name="…"` `value="…"` pair after `marker` in `html`.
pub fn attribute_after(html: &str, marker: &str, attribute: &str) -> Option<String> {
    let at = html.find(marker)?;
    let rest = &html[at..];
    let key = format!("{attribute}=\"");
    let start = rest.find(&key)? + key.len();
    let end = rest[start..].find('"')? + start;
    Some(rest[start..end].to_string())
}
