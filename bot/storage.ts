// Builds the bot's storage from config: conversation state and insights in memory, or both in one blob container.
import type { Storage } from "botbuilder";
import { BlobsStorage } from "botbuilder-azure-blobs";
import type { BotConfig } from "./config";
import { BlobInsightsStore, ListableMemoryStorage, MemoryInsightsStore, type InsightsStore } from "./insightsStore";

export interface BotStorage {
  state: Storage;
  insights: InsightsStore;
}

export function createStorage(config: Pick<BotConfig, "storage" | "blobConnectionString" | "blobContainer">): BotStorage {
  if (config.storage === "blob") {
    const state = new BlobsStorage(config.blobConnectionString, config.blobContainer);
    return { state, insights: new BlobInsightsStore(state, config.blobConnectionString, config.blobContainer) };
  }
  const memory = new ListableMemoryStorage();
  return { state: memory, insights: new MemoryInsightsStore(memory) };
}
