// A real SMTP server for the browser tests (nodemailer's smtp-server): every message the
// platform sends is parsed (mailparser) and written as JSON to E2E_MAIL_DIR, where the tests
// read it. Started by playwright.config.ts before the platform's server.
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";
import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";

const port = Number(process.env.E2E_SMTP_PORT ?? 3025);
const dir = process.env.E2E_MAIL_DIR;
if (!dir) throw new Error("E2E_MAIL_DIR is not set");
mkdirSync(dir, { recursive: true });
let count = 0;

const server = new SMTPServer({
  // Plain SMTP on loopback, as SMTP_URL=smtp://127.0.0.1:PORT asks.
  disabledCommands: ["STARTTLS", "AUTH"],
  authOptional: true,
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        count += 1;
        const message = {
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: mail.subject ?? "",
          text: mail.text ?? "",
          html: typeof mail.html === "string" ? mail.html : "",
        };
        const name = `${Date.now()}-${String(count).padStart(4, "0")}.json`;
        writeFileSync(path.join(dir, name), JSON.stringify(message));
        callback();
      })
      .catch(callback);
  },
});
server.on("error", (error) => console.error("mail sink:", error.message));
server.listen(port, "127.0.0.1");
