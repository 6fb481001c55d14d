//! A real SMTP server for the tests (mailin-embedded) on a free local port: it keeps every
//! message it is given, for the test to read back (with mailparse, as a mail program would).
//! Shared by the app's and the server's tests (`#[path]`).

use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use mailin_embedded::{Handler, Response, Server, SslConfig, response};

/// A message as it arrived.
#[derive(Clone, Debug)]
pub struct Received {
    /// The envelope's recipients.
    pub to: Vec<String>,
    pub raw: Vec<u8>,
}

impl Received {
    pub fn subject(&self) -> String {
        use mailparse::MailHeaderMap;
        let parsed = mailparse::parse_mail(&self.raw).expect("a message");
        parsed
            .headers
            .get_first_value("Subject")
            .unwrap_or_default()
    }

    /// The decoded body of the part of this MIME type (`text/plain`, `text/html`).
    pub fn part(&self, mime: &str) -> String {
        let parsed = mailparse::parse_mail(&self.raw).expect("a message");
        parsed
            .parts()
            .find(|part| part.ctype.mimetype == mime)
            .unwrap_or_else(|| panic!("no {mime} part"))
            .get_body()
            .expect("a readable body")
    }
}

#[derive(Clone)]
struct Keeper {
    inbox: Arc<Mutex<Vec<Received>>>,
    to: Vec<String>,
    data: Vec<u8>,
}

impl Handler for Keeper {
    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.to = to.to_vec();
        self.data.clear();
        response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        self.inbox.lock().unwrap().push(Received {
            to: self.to.clone(),
            raw: std::mem::take(&mut self.data),
        });
        response::OK
    }
}

pub struct SmtpSink {
    /// `smtp://127.0.0.1:PORT`, for `SMTP_URL`.
    pub url: String,
    inbox: Arc<Mutex<Vec<Received>>>,
}

impl SmtpSink {
    pub fn start() -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
        let url = format!("smtp://{}", listener.local_addr().unwrap());
        let inbox = Arc::new(Mutex::new(Vec::new()));
        let mut server = Server::new(Keeper {
            inbox: inbox.clone(),
            to: Vec::new(),
            data: Vec::new(),
        });
        server
            .with_name("sink.test")
            .with_ssl(SslConfig::None)
            .expect("no TLS")
            .with_tcp_listener(listener);
        std::thread::spawn(move || {
            let _ = server.serve();
        });
        SmtpSink { url, inbox }
    }

    pub fn messages(&self) -> Vec<Received> {
        self.inbox.lock().unwrap().clone()
    }

    /// The messages once there are at least `count` (waits up to 20 seconds).
    #[allow(dead_code)]
    pub async fn wait_for(&self, count: usize) -> Vec<Received> {
        for _ in 0..200 {
            let messages = self.messages();
            if messages.len() >= count {
                return messages;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!(
            "{count} messages never arrived: {:?}",
            self.messages().len()
        );
    }
}
