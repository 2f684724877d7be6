// Message turns over the per-conversation limit get one polite reply per window and no engine work.
import { ActivityTypes, type Middleware, type TurnContext } from "botbuilder";
import type { RateLimiter } from "./rateLimiter";
import type { Responder } from "./responder";
import { noteTurn } from "./turnLog";

export class RateLimitMiddleware implements Middleware {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly responder: Responder,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    const conversationId = activity.conversation?.id;
    if (activity.type !== ActivityTypes.Message || !conversationId) return next();
    const decision = this.limiter.hit(conversationId);
    if (decision === "allow") return next();
    noteTurn(context, { status: "rateLimited" });
    if (decision === "notify") await context.sendActivity(this.responder.message("rateLimited", activity.locale));
  }
}
