import { describeApi } from "./api-suite.test-helper";
import { startTestDatabase } from "./postgres-server.test-helper";
import { PostgresStore } from "./postgres-store";

describeApi("the submission API on PostgreSQL", async () => {
  const database = await startTestDatabase();
  try {
    const store = await PostgresStore.open(database.url);
    return { store, dispose: () => database.stop() };
  } catch (error) {
    await database.stop();
    throw error;
  }
});
