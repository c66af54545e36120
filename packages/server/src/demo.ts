import type { AccountInput, Accounts } from "./accounts";

/** The demo accounts' password: for the demo only, printed in the README. Real accounts get their own. */
export const demoPassword = "tianbiao-demo-2026";

/**
 * The demo accounts: an enterprise in 郑州市金水区 (another in 二七区, so a district reviewer has
 * something it must not see), the review chain above 金水区, a second district, and an administrator.
 * The credit codes are fictitious, with valid check characters.
 */
export const demoAccounts: readonly AccountInput[] = [
  {
    kind: "enterprise",
    creditCode: "91410105MA9K7T2X3G",
    name: "郑州金水云数软件服务有限公司",
    regionCode: "410105",
    contact: { person: "李娜", telephone: "0371-65501234", email: "tianbiao-demo@example.com" },
  },
  {
    kind: "enterprise",
    creditCode: "91410103MA9L4R8N2F",
    name: "郑州二七数据处理服务有限公司",
    regionCode: "410103",
    contact: { person: "张伟", telephone: "0371-68801234" },
  },
  { kind: "reviewer", username: "jinshui", name: "金水区商务局", level: "district", regionCode: "410105" },
  { kind: "reviewer", username: "erqi", name: "二七区商务局", level: "district", regionCode: "410103" },
  { kind: "reviewer", username: "zhengzhou", name: "郑州市商务局", level: "city", regionCode: "4101" },
  { kind: "reviewer", username: "henan", name: "河南省商务厅", level: "province", regionCode: "41" },
  { kind: "reviewer", username: "mofcom", name: "商务部服务贸易司", level: "ministry", regionCode: "" },
  { kind: "admin", username: "admin", name: "系统管理员" },
];

/** Creates the demo accounts on an empty store; answers how many it created (0 when any account exists). */
export async function seedDemoAccounts(accounts: Accounts, password = demoPassword): Promise<number> {
  if ((await accounts.count()) > 0) return 0;
  for (const input of demoAccounts) await accounts.create({ ...input, password });
  return demoAccounts.length;
}
