import { type GdpTier, provinces, quotaByGdpTier } from "@tianbiao/codes";
import { describe, expect, it } from "vitest";
import { quotaStatement, tierWording } from "./henan-quota";

describe("the 360号 quota of a province", () => {
  it("gives Henan the ≥5万亿 tier: 10 per category, with the notice's words and source", () => {
    const henan = quotaStatement("41");
    expect(henan.province.zh).toBe("河南省");
    expect(henan.tier).toBe("5+");
    expect(henan.quota).toBe(10);
    expect(henan.wording.sentence.zh).toContain(
      "5 万亿人民币以上的省份②可推荐制造业类重点企业、信息技术外包类重点企业各不超过 10 家",
    );
    expect(henan.wording.note?.zh).toContain("河南");
    expect(henan.source.zh).toContain("商办服贸函〔2021〕360号");
    expect(henan.source.zh).toContain("第七条");
  });

  it("prints in each tier's sentence the quota the codes compute", () => {
    for (const [tier, wording] of Object.entries(tierWording) as [GdpTier, (typeof tierWording)[GdpTier]][]) {
      expect(wording.sentence.zh).toContain(`各不超过 ${quotaByGdpTier[tier]} 家`);
      expect(wording.sentence.en).toContain(`no more than ${quotaByGdpTier[tier]} `);
    }
  });

  it("finds every province the footnotes name in the tier the codes give it", () => {
    for (const province of provinces) {
      const note = tierWording[province.gdpTier].note;
      if (note) expect(note.zh).toContain(province.shortLabel.zh);
      for (const [tier, wording] of Object.entries(tierWording)) {
        if (tier !== province.gdpTier && wording.note) {
          expect(wording.note.zh.split(/[、。]/)).not.toContain(province.shortLabel.zh);
        }
      }
    }
  });

  it("refuses an unknown code", () => {
    expect(() => quotaStatement("99")).toThrow();
  });
});
