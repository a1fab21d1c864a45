// An HTTPS page whose certificate nobody trusts (self-signed, made by the test with openssl), for
// the test that the embedded sign-in window refuses certificate errors (tests/oauth).
//
// Environment: TLS_KEY, TLS_CERT — PEM files. Prints "self-signed-https listening on 127.0.0.1:PORT".
import fs from 'node:fs';
import https from 'node:https';

const server = https.createServer({
  key: fs.readFileSync(process.env.TLS_KEY),
  cert: fs.readFileSync(process.env.TLS_CERT),
}, (request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end('<!doctype html><title>Sign in</title><form><input name="login"><input name="password" type="password"></form>');
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`self-signed-https listening on 127.0.0.1:${server.address().port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
