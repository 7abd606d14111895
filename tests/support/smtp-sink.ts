/**
 * A real SMTP server for the end-to-end tests (nodemailer's smtp-server): the store sends its
 * emails here over SMTP, and each message is written to MAIL_DIR as <n>.eml for the tests to read.
 * Run: MAIL_DIR=.data/e2e/mail SMTP_PORT=2526 node tests/support/smtp-sink.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

const dir = process.env.MAIL_DIR ?? '.data/e2e/mail';
const port = Number(process.env.SMTP_PORT ?? 2526);
mkdirSync(dir, { recursive: true });
let count = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      writeFileSync(path.join(dir, `${String(++count).padStart(4, '0')}.eml`), Buffer.concat(chunks));
      callback();
    });
  },
});
server.listen(port, '127.0.0.1', () => console.log(`SMTP sink on 127.0.0.1:${port}, writing to ${dir}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
