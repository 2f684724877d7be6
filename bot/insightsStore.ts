// Where feedback and unanswered questions go: a botbuilder Storage to write to, plus a way to list what
// was written (botbuilder's Storage cannot list), so `npm run report` can read it back.
import { ContainerClient } from "@azure/storage-blob";
import { MemoryStorage, type Storage, type StoreItem, type StoreItems } from "botbuilder";
import type { StorageKind } from "./config";

export interface InsightsStore {
  readonly kind: StorageKind;
  readonly storage: Storage;
  /** Keys of every item whose key starts with the prefix. */
  listKeys(prefix: string): Promise<string[]>;
}

/**
 * Writes one timed record (feedback, an unanswered question) under a key of its own, `<prefix><at>/<id>`:
 * no read-modify-write, so concurrent writers never clash, and listing a prefix lists them in time order.
 */
export async function writeTimedRecord(storage: Storage, prefix: string, record: { at: string }, newId: () => string): Promise<void> {
  const item: StoreItem = { ...record };
  await storage.write({ [`${prefix}${record.at}/${newId()}`]: item });
}

/** Items kept in memory at most: every unanswered question and feedback is a new item. */
const maxMemoryItems = 10_000;

/**
 * MemoryStorage whose keys can be listed, bounded: past maxItems the least recently written items go (down
 * to 90%, so that the cost comes once per many writes), and a long-running instance without Blob Storage
 * does not grow without end. (MemoryStorage itself never forgets a key, not even a deleted one.)
 */
export class ListableMemoryStorage extends MemoryStorage {
  /** Keys in the order they were last written. */
  private readonly written = new Set<string>();

  constructor(private readonly maxItems: number = maxMemoryItems) {
    super();
  }

  override async write(changes: StoreItems): Promise<void> {
    try {
      await super.write(changes);
    } finally {
      for (const key of Object.keys(changes)) {
        this.written.delete(key);
        if (this.memory[key] !== undefined) this.written.add(key);
      }
      if (this.written.size > this.maxItems) {
        const keep = Math.floor(this.maxItems * 0.9);
        for (const key of this.written) {
          if (this.written.size <= keep) break;
          this.forget(key);
        }
      }
    }
  }

  override async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.forget(key);
  }

  keysWith(prefix: string): string[] {
    return [...this.written].filter((k) => k.startsWith(prefix));
  }

  get size(): number {
    return this.written.size;
  }

  private forget(key: string): void {
    this.written.delete(key);
    delete this.memory[key];
  }
}

export class MemoryInsightsStore implements InsightsStore {
  readonly kind = "memory";
  constructor(readonly storage: ListableMemoryStorage = new ListableMemoryStorage()) {}

  async listKeys(prefix: string): Promise<string[]> {
    return this.storage.keysWith(prefix);
  }
}

/** BlobsStorage names a blob after encodeURIComponent(key), slashes included. */
export class BlobInsightsStore implements InsightsStore {
  readonly kind = "blob";
  private readonly container: ContainerClient;

  constructor(
    readonly storage: Storage,
    connectionString: string,
    containerName: string,
  ) {
    this.container = new ContainerClient(connectionString, containerName);
  }

  async listKeys(prefix: string): Promise<string[]> {
    if (!(await this.container.exists())) return [];
    const keys: string[] = [];
    for await (const blob of this.container.listBlobsFlat({ prefix: encodeURIComponent(prefix) })) keys.push(decodeURIComponent(blob.name));
    return keys;
  }
}

const readChunk = 50;

/** Every item under a prefix, key and value. */
export async function readAll(store: InsightsStore, prefix: string): Promise<Array<{ key: string; value: StoreItem }>> {
  const keys = await store.listKeys(prefix);
  const out: Array<{ key: string; value: StoreItem }> = [];
  for (let i = 0; i < keys.length; i += readChunk) {
    const chunk = keys.slice(i, i + readChunk);
    const items = await store.storage.read(chunk);
    for (const key of chunk) {
      const value = items[key];
      if (value) out.push({ key, value });
    }
  }
  return out;
}
