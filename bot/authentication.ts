// Bot Framework authentication as botbuilder does it, with one repair: a token whose signature (or format)
// fails jsonwebtoken's check is refused with 401. botbuilder rethrows jsonwebtoken's own error there, which
// CloudAdapter does not take for an authentication failure, so a forged token got a 500.
import { ConfigurationBotFrameworkAuthentication, StatusCodes, type Activity } from "botbuilder";
import { AuthenticationError, type AuthenticateRequestResult, type ClaimsIdentity } from "botframework-connector";

/** The errors jsonwebtoken throws for a token it will not accept. */
const tokenErrors: ReadonlySet<string> = new Set(["JsonWebTokenError", "NotBeforeError", "TokenExpiredError"]);

export function asAuthenticationError(error: unknown): unknown {
  return error instanceof Error && !(error instanceof AuthenticationError) && tokenErrors.has(error.name)
    ? new AuthenticationError(`Unauthorized: the token was refused (${error.message}).`, StatusCodes.UNAUTHORIZED)
    : error;
}

async function refusing<T>(authenticate: () => Promise<T>): Promise<T> {
  try {
    return await authenticate();
  } catch (error) {
    throw asAuthenticationError(error);
  }
}

export class BotAuthentication extends ConfigurationBotFrameworkAuthentication {
  override authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return refusing(() => super.authenticateRequest(activity, authHeader));
  }

  override authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return refusing(() => super.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return refusing(() => super.authenticateChannelRequest(authHeader));
  }
}
