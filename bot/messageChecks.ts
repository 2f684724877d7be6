// Checks on POST /api/messages before the adapter: token shape, body size and encoding, JSON and activity
// shape. Each answers in the same JSON error shape and stops the chain.
import restify, { type Next, type Request, type Response } from "restify";
import type { Logger } from "./logger";
import { activityErrors, badRequest, checkActivity, errorBody, withoutProtoKeys } from "./validateActivity";

/** Reads the body with a size limit; its errors (413, 415, 400) are answered in our error shape. */
export function readBody(maxBodySize: number) {
  const read = restify.plugins.bodyReader({ maxBodySize });
  return (req: Request, res: Response, next: Next): void => {
    // Teams does not compress requests, and a gzip body would be inflated without a size limit.
    const encoding = req.headers["content-encoding"];
    if (encoding !== undefined && encoding.toLowerCase() !== "identity") {
      res.send(415, errorBody("UnsupportedMediaType", activityErrors.encoding));
      return next(false);
    }
    read(req, res, (error?: unknown) => {
      if (!(error instanceof Error)) return next();
      const status = "statusCode" in error && typeof error.statusCode === "number" && error.statusCode < 500 ? error.statusCode : 400;
      if (status === 413) res.send(413, errorBody("PayloadTooLarge", activityErrors.tooLarge(maxBodySize)));
      else res.send(status, badRequest(error.message));
      return next(false);
    });
  };
}

// header.payload.signature, base64url: the shape of a Bot Framework token; botbuilder checks the rest.
const bearerJwt = /^Bearer [A-Za-z0-9_-]+={0,2}\.[A-Za-z0-9_-]+={0,2}\.[A-Za-z0-9_\-+/]*={0,2}$/;

/** A missing or malformed token gets 401 here, quietly; botbuilder would log a stack for each. */
export function requireBearerToken(logger: Logger | undefined) {
  return (req: Request, res: Response, next: Next): void => {
    if (bearerJwt.test(req.headers.authorization ?? "")) return next();
    logger?.warn({ route: "/api/messages" }, activityErrors.unauthorized);
    res.send(401, errorBody("Unauthorized", activityErrors.unauthorized));
    return next(false);
  };
}

/** Parses the raw body ourselves so that bad JSON is a 400 with our error shape, never a 500. */
export function parseActivityBody(req: Request, res: Response, next: Next): void {
  const raw: unknown = req.body;
  const text = Buffer.isBuffer(raw) ? raw.toString("utf8") : typeof raw === "string" ? raw : "";
  try {
    req.body = withoutProtoKeys(JSON.parse(text));
  } catch {
    res.send(400, badRequest(activityErrors.notJson));
    return next(false);
  }
  const problem = checkActivity(req.body);
  if (problem) {
    res.send(400, badRequest(problem));
    return next(false);
  }
  next();
}
