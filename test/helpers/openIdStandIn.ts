// A stand-in for the Bot Framework's OpenID metadata on loopback: the metadata document and a key set with
// one RSA key (endorsed for Teams), and tokens signed with that key or with another one (forged).
import { createSign, generateKeyPairSync, type KeyObject } from "node:crypto";
import http from "node:http";

export const channelIssuer = "https://api.botframework.com";

export interface TokenClaims {
  iss?: string;
  aud?: string;
  serviceurl?: string;
  /** Seconds from now; negative for a token that has expired. */
  expiresIn?: number;
}

const base64url = (data: string | Buffer) => Buffer.from(data).toString("base64url");

function signToken(privateKey: KeyObject, keyId: string, claims: TokenClaims): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: "RS256", typ: "JWT", kid: keyId };
  const payload = { iss: claims.iss ?? channelIssuer, aud: claims.aud, serviceurl: claims.serviceurl, nbf: now - 60, iat: now - 60, exp: now + (claims.expiresIn ?? 3600) };
  const signed = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  const signature = createSign("RSA-SHA256").update(signed).sign(privateKey);
  return `${signed}.${base64url(signature)}`;
}

export class OpenIdStandIn {
  readonly keyId = "stand-in-key";
  private readonly trusted = generateKeyPairSync("rsa", { modulusLength: 2048 });
  private readonly other = generateKeyPairSync("rsa", { modulusLength: 2048 });
  /** Requests for the metadata document and the key set. */
  fetches = 0;
  private readonly server = http.createServer((req, res) => {
    this.fetches++;
    res.setHeader("content-type", "application/json");
    if (req.url === "/.well-known/openidconfiguration") res.end(JSON.stringify({ issuer: channelIssuer, jwks_uri: `${this.origin}/keys` }));
    else if (req.url === "/keys") res.end(JSON.stringify({ keys: [{ ...this.trusted.publicKey.export({ format: "jwk" }), kid: this.keyId, use: "sig", endorsements: ["msteams"] }] }));
    else {
      res.statusCode = 404;
      res.end("{}");
    }
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `${this.origin}/.well-known/openidconfiguration`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  get origin(): string {
    const address = this.server.address();
    if (address === null || typeof address === "string") throw new Error("OpenID stand-in is not listening");
    return `http://127.0.0.1:${address.port}`;
  }

  /** Signed with the key the metadata publishes. */
  token(claims: TokenClaims): string {
    return signToken(this.trusted.privateKey, this.keyId, claims);
  }

  /** Signed with another key under the published key's id: what a forger without the key can make. */
  forgedToken(claims: TokenClaims): string {
    return signToken(this.other.privateKey, this.keyId, claims);
  }
}
