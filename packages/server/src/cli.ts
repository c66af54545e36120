#!/usr/bin/env node
import { Accounts } from "./accounts";
import { describeStore, openDatabase, storeConfigFromEnv } from "./db/open";
import { demoAccounts, seedDemoAccounts } from "./demo";

// tianbiao-server seed-demo: creates the demo accounts in the store named by DATABASE_URL or
// TIANBIAO_DATA_DIR, when it has no account yet.
async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (command !== "seed-demo") {
    console.error(
      "usage: tianbiao-server seed-demo   (store: DATABASE_URL, or TIANBIAO_DATA_DIR, default ./data)",
    );
    return 2;
  }
  const config = storeConfigFromEnv(process.env, "data");
  const store = await openDatabase(config);
  try {
    const created = await seedDemoAccounts(new Accounts(store.db));
    console.log(
      created > 0
        ? `created ${created} demo accounts in ${describeStore(config)}: ${demoAccounts.map((a) => ("username" in a ? a.username : a.creditCode)).join(", ")}`
        : `${describeStore(config)} already has accounts; nothing created`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`tianbiao-server: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
