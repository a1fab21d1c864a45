// A real OpenID Connect provider (the oidc-provider package) on loopback, for the OAuth tests
// (tests/oauth). It plays Google/Microsoft for a desktop app: one native public client, PKCE
// required, refresh tokens for offline_access with prompt=consent, revocation on.
//
// Environment:
//   OIDC_ACCESS_TOKEN_TTL  access token lifetime in seconds (default 3600), short to test refresh
//
// Prints "oidc-provider listening on 127.0.0.1:PORT" once it accepts requests. The port is chosen by
// the system, so tests run in parallel; the issuer carries it.
import http from 'node:http';

import Provider from 'oidc-provider';

const accessTokenTtl = Number.parseInt(process.env.OIDC_ACCESS_TOKEN_TTL ?? '3600', 10);

const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}`;

  const provider = new Provider(issuer, {
    clients: [{
      client_id: 'clientele-desktop',
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      // RFC 8252 §7.3: registered without a port; oidc-provider accepts any port at request time
      // for loopback redirects of native clients (Client#redirectUriAllowed).
      redirect_uris: ['http://127.0.0.1/callback', 'http://[::1]/callback'],
    }],
    pkce: { methods: ['S256'], required: () => true },
    features: {
      devInteractions: { enabled: true },
      revocation: { enabled: true },
    },
    // Put the scope's claims (email) into the ID token of the code flow, so the desktop can tell
    // which account signed in without a userinfo call.
    conformIdTokenClaims: false,
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    async findAccount(ctx, sub) {
      return {
        accountId: sub,
        async claims() {
          const email = sub.includes('@') ? sub : `${sub}@example.test`;
          return { sub, email, email_verified: true };
        },
      };
    },
    ttl: {
      AccessToken: accessTokenTtl,
      AuthorizationCode: 60,
      IdToken: 3600,
      RefreshToken: 24 * 3600,
      Grant: 24 * 3600,
      Interaction: 600,
      Session: 3600,
    },
    // Cookies are signed; the keys only need to live as long as this process.
    cookies: { keys: [Math.random().toString(36).slice(2) + Date.now().toString(36)] },
  });
  // Plain http on loopback: tell koa the connection is what it is.
  provider.proxy = false;
  server.on('request', provider.callback());
  process.stdout.write(`oidc-provider listening on 127.0.0.1:${port}\n`);
});

// The test kills the process; exit cleanly on SIGTERM as well. If the test itself dies (a crash, an
// assert), its end of our stdin closes: leave with it rather than linger as an orphan.
process.on('SIGTERM', () => server.close(() => process.exit(0)));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
