import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeApi } from "./api-suite.test-helper";
import { SqliteStore } from "./sqlite-store";

describeApi("the submission API on SQLite", async () => {
  const dir = await mkdtemp(join(tmpdir(), "tianbiao-api-"));
  const store = await SqliteStore.open(join(dir, "tianbiao.sqlite"));
  return { store, dispose: () => rm(dir, { recursive: true, force: true }) };
});
