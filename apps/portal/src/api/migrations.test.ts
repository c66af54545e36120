import { describe, expect, it } from "vitest";
import { migrations, pendingMigrations } from "./migrations";

describe("migrations", () => {
  it("are numbered 1, 2, … without gaps, each with both dialects", () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, index) => index + 1));
    for (const migration of migrations) {
      expect(migration.sqlite).toMatch(/CREATE TABLE/);
      expect(migration.postgres).toMatch(/CREATE TABLE/);
    }
  });

  it("leaves only the ones not yet applied, in order", () => {
    expect(pendingMigrations([]).map((m) => m.version)).toEqual([1, 2]);
    expect(pendingMigrations([{ version: 1, name: "submissions" }]).map((m) => m.version)).toEqual([2]);
    expect(pendingMigrations(migrations.map(({ version, name }) => ({ version, name })))).toEqual([]);
  });

  it("refuses a database migrated by a newer server or with a different history", () => {
    expect(() => pendingMigrations([{ version: 99, name: "future" }])).toThrow(/does not know/);
    expect(() => pendingMigrations([{ version: 1, name: "other" }])).toThrow(/"other" in the database/);
  });
});
