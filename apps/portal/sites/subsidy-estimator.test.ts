import {
  enterpriseYearlyCapText,
  enterpriseYearlyCapYuan,
  subsidyRules,
} from "@tianbiao/tables/subsidy-rules";
import { describe, expect, it } from "vitest";
import { type EstimateLine, estimateSubsidies, type SubsidyEstimateInput } from "./subsidy-estimator";

// Hand-worked examples on the document's numbers (3%, 10%, 15%, 70%, 50%, 30%, the caps, 100万美元,
// 500万元, 1000 平方米…). The exchange rate 7 is a round test figure, not a published rate.
const fx = 7;

function line(input: SubsidyEstimateInput, ruleId: string): EstimateLine {
  const found = estimateSubsidies(input)
    .groups.flatMap((group) => group.lines)
    .find((l) => l.ruleId === ruleId);
  if (!found) throw new Error(`no line for ${ruleId}`);
  return found;
}

const zhOf = (l: EstimateLine) => l.explanation.map((t) => t.zh).join("\n");
const enOf = (l: EstimateLine) => l.explanation.map((t) => t.en).join("\n");

describe("estimateSubsidies: every rule has a line", () => {
  it("gives one line per rule of the data, grouped by recipient", () => {
    const estimate = estimateSubsidies({});
    const ids = estimate.groups.flatMap((group) => group.lines.map((l) => l.ruleId));
    expect(ids.sort()).toEqual(subsidyRules.map((r) => r.id).sort());
    expect(estimate.groups.map((group) => group.recipient)).toEqual([
      "enterprise",
      "parkOperator",
      "trainingInstitution",
    ]);
    for (const group of estimate.groups) {
      for (const l of group.lines) expect(l.recipient).toBe(group.recipient);
    }
  });

  it("reports rules without figures as not filled in, and says nothing was estimated", () => {
    const estimate = estimateSubsidies({});
    const statuses = new Set(estimate.groups.flatMap((group) => group.lines.map((l) => l.status)));
    expect([...statuses].sort()).toEqual(["noInput", "notComputable"]);
    expect(estimate.summary.zh).toContain("不是补贴决定");
    expect(estimate.summary.en).toContain("not a subsidy decision");
  });
});

describe("（一） increase in business: 3%, at most 200万 a year", () => {
  const base = { lastYearExecutedYuan: 40_000_000, onshoreExecutedYuan: 30_000_000 };

  it("converts offshore dollars at the year's rate and pays 3% of the increase", () => {
    // 3000万 + 200万美元 × 7 = 4400万; increase 400万; 3% = 12万.
    const l = line({ ...base, offshoreExecutedUsd: 2_000_000, usdRate: fx }, "businessGrowth");
    expect(l.status).toBe("estimated");
    expect(l.awardYuan).toBe(120_000);
    expect(zhOf(l)).toContain(
      "在岸 3000.00 万元 + 离岸 200.00 万美元 × 汇率 7 元/美元（折 1400.00 万元）= 4400.00 万元",
    );
    expect(zhOf(l)).toContain("业务增量 = 本年度 4400.00 万元 − 上年度 4000.00 万元 = 400.00 万元");
    expect(zhOf(l)).toContain("给予 3% 的奖励：400.00 万元 × 3% = 12.00 万元");
    expect(enOf(l)).toContain("Estimate: 12.00 (CNY 10,000).");
  });

  it("caps the award at 200万", () => {
    // Increase 1亿 × 3% = 300万 → 200万.
    const l = line({ lastYearExecutedYuan: 0, onshoreExecutedYuan: 100_000_000 }, "businessGrowth");
    expect(l.awardYuan).toBe(2_000_000);
    expect(zhOf(l)).toContain(
      "单个企业年度奖励金额最高 200 万元：300.00 万元 超过年度最高 200.00 万元，按 200.00 万元 计",
    );
  });

  it("counts a new enterprise's whole first year as increase", () => {
    const l = line({ newEnterprise: true, onshoreExecutedYuan: 10_000_000 }, "businessGrowth");
    expect(l.awardYuan).toBe(300_000);
    expect(zhOf(l)).toContain("新增企业首年计算纯增量");
  });

  it("pays nothing without an increase", () => {
    const l = line({ lastYearExecutedYuan: 50_000_000, onshoreExecutedYuan: 40_000_000 }, "businessGrowth");
    expect(l.status).toBe("estimated");
    expect(l.awardYuan).toBe(0);
    expect(zhOf(l)).toContain("无业务增量");
  });

  it("asks for last year's amount and for the rate when they are missing", () => {
    const withoutLast = line({ onshoreExecutedYuan: 1_000_000 }, "businessGrowth");
    expect(withoutLast.status).toBe("missingInput");
    expect(zhOf(withoutLast)).toContain("上年度合同执行额");
    const withoutRate = line({ ...base, offshoreExecutedUsd: 10 }, "businessGrowth");
    expect(withoutRate.status).toBe("missingInput");
    expect(enOf(withoutRate)).toContain("The central parity exchange rate is missing");
  });
});

describe("（二） offshore business: more than 100万美元, 10%, at most 200万", () => {
  it("pays 10% of the dollar amount, converted to yuan", () => {
    const l = line({ offshoreExecutedUsd: 2_000_000, usdRate: fx }, "offshoreBusiness");
    // 200万美元 × 10% = 20万美元 × 7 = 140万元.
    expect(l.awardYuan).toBe(1_400_000);
    expect(zhOf(l)).toContain("条件：年度离岸服务外包业务须超过 100.00 万美元，填报为 200.00 万美元：符合");
    expect(zhOf(l)).toContain("200.00 万美元 × 10% = 20.00 万美元，按汇率 7 元/美元 折合 140.00 万元");
  });

  it("treats 超过 100 万美元 as exclusive: exactly 100万美元 gets nothing, one dollar more qualifies", () => {
    const at = line({ offshoreExecutedUsd: 1_000_000, usdRate: fx }, "offshoreBusiness");
    expect(at.status).toBe("notEligible");
    expect(at.awardYuan).toBe(0);
    expect(zhOf(at)).toContain("须超过 100.00 万美元，填报为 100.00 万美元：不符合");
    const above = line({ offshoreExecutedUsd: 1_000_001, usdRate: fx }, "offshoreBusiness");
    expect(above.status).toBe("estimated");
    expect(above.awardYuan).toBe(700_000.7);
  });

  it("caps the award at 200万", () => {
    // 300万美元 × 10% × 7 = 210万元 → 200万元.
    const l = line({ offshoreExecutedUsd: 3_000_000, usdRate: fx }, "offshoreBusiness");
    expect(l.awardYuan).toBe(2_000_000);
    expect(zhOf(l)).toContain("210.00 万元 超过年度最高 200.00 万元");
  });

  it("needs the exchange rate", () => {
    expect(line({ offshoreExecutedUsd: 2_000_000 }, "offshoreBusiness").status).toBe("missingInput");
  });
});

describe("（三） innovation: 15% of the awards of （一） and （二）", () => {
  const business = {
    lastYearExecutedYuan: 40_000_000,
    onshoreExecutedYuan: 30_000_000,
    offshoreExecutedUsd: 2_000_000,
    usdRate: fx,
  };

  it("pays 15% of （一）+（二） after their own caps", () => {
    // 15% × (12万 + 140万) = 22.8万.
    const l = line({ ...business, newPatentsTwoYears: true }, "innovation");
    expect(l.awardYuan).toBe(228_000);
    expect(zhOf(l)).toContain("（一） 12.00 万元 + （二） 140.00 万元 = 152.00 万元");
    expect(zhOf(l)).toContain("152.00 万元 × 15% = 22.80 万元");
  });

  it("uses the capped awards: 15% × (200万 + 200万) = 60万", () => {
    const l = line(
      {
        lastYearExecutedYuan: 0,
        onshoreExecutedYuan: 100_000_000,
        offshoreExecutedUsd: 3_000_000,
        usdRate: fx,
        rdGrowthTwoYears: true,
      },
      "innovation",
    );
    expect(l.awardYuan).toBe(600_000);
  });

  it("needs one of its conditions", () => {
    expect(line(business, "innovation").status).toBe("noInput");
    expect(line({ rdGrowthTwoYears: true }, "innovation").awardYuan).toBe(0);
  });
});

describe("（四） advanced technology service enterprise: 10万 once", () => {
  it("pays 10万 for a new recognition", () => {
    const l = line({ newlyRecognisedAdvancedTechnology: true }, "advancedTechnologyServiceEnterprise");
    expect(l.awardYuan).toBe(100_000);
    expect(zhOf(l)).toContain("一次性给予 10 万元资金奖励：1 项 × 10.00 万元 = 10.00 万元");
  });
});

describe("（五） opening up markets: up to 70%, per event and yearly caps", () => {
  it("caps each event in China at 2万", () => {
    // 3万 × 70% = 2.1万 → 2万; 1万 × 70% = 0.7万; together 2.7万.
    const l = line({ eventCostsInChinaYuan: [30_000, 10_000] }, "marketsInChina");
    expect(l.awardYuan).toBe(27_000);
    expect(zhOf(l)).toContain(
      "第 1 项：3.00 万元 × 70% = 2.10 万元，超过每场最高 2.00 万元，按 2.00 万元 计",
    );
    expect(zhOf(l)).toContain("估算结果：最高 2.70 万元");
  });

  it("caps events in China at 20万 a year", () => {
    const l = line({ eventCostsInChinaYuan: Array(15).fill(30_000) }, "marketsInChina");
    expect(l.awardYuan).toBe(200_000);
    expect(zhOf(l)).toContain("30.00 万元 超过年度最高 20.00 万元");
  });

  it("caps each event abroad at 5万 and the year at 30万", () => {
    // 10万 × 70% = 7万 → 5万; 4万 × 70% = 2.8万.
    expect(line({ eventCostsAbroadYuan: [100_000, 40_000] }, "marketsAbroad").awardYuan).toBe(78_000);
    expect(line({ eventCostsAbroadYuan: Array(7).fill(100_000) }, "marketsAbroad").awardYuan).toBe(300_000);
  });
});

describe("（六） certification: 70%, at most 30万 per project and 3 projects a year", () => {
  it("caps each project and keeps the three highest", () => {
    // 50万→35万→30万, 20万→14万, 10万→7万, 60万→42万→30万: 30 + 30 + 14 = 74万.
    const l = line(
      { certificationFeesYuan: [500_000, 200_000, 100_000, 600_000] },
      "qualificationCertification",
    );
    expect(l.awardYuan).toBe(740_000);
    expect(zhOf(l)).toContain("4 项中取补贴额最高的 3 项");
  });
});

describe("（七） talent training and employment", () => {
  it("1. government purchase: no amount to estimate", () => {
    const l = line({}, "trainingPurchase");
    expect(l.status).toBe("notComputable");
    expect(zhOf(l)).toContain("采用政府购买服务的方式予以支持");
  });

  it("2. training institutions: at most 500元 per qualifying trainee", () => {
    const l = line({ qualifyingTrainees: 100 }, "trainingInstitutions");
    expect(l.awardYuan).toBe(50_000);
    expect(l.recipient).toBe("trainingInstitution");
    expect(zhOf(l)).toContain("只计入符合条件者：《劳动合同》不低于 1 年");
  });

  it("3. senior talent: 50%, at most 3万 a person, at most 20 persons", () => {
    // 8万 × 50% = 4万 → 3万 each; 25 persons, 20 count: 60万.
    const l = line({ seniorTrainingCostsYuan: Array(25).fill(80_000) }, "seniorTalentTraining");
    expect(l.awardYuan).toBe(600_000);
    expect(zhOf(l)).toContain("25 项中取补贴额最高的 20 项");
    expect(line({ seniorTrainingCostsYuan: [20_000] }, "seniorTalentTraining").awardYuan).toBe(10_000);
  });

  it("4. internship bases: 5000元 a graduate, thresholds inclusive, 50万 in total", () => {
    const ok = { internshipAgreementYears: 2, internsPerYear: 20 };
    expect(line({ ...ok, qualifyingGraduates: 60 }, "internshipBases").awardYuan).toBe(300_000);
    expect(
      line({ ...ok, internshipAgreementYears: 1, qualifyingGraduates: 60 }, "internshipBases").status,
    ).toBe("notEligible");
    expect(line({ ...ok, internsPerYear: 19, qualifyingGraduates: 60 }, "internshipBases").status).toBe(
      "notEligible",
    );
    expect(line({ ...ok, qualifyingGraduates: 120 }, "internshipBases").awardYuan).toBe(500_000);
    const topUp = line(
      { ...ok, qualifyingGraduates: 60, internshipSubsidyReceivedYuan: 450_000 },
      "internshipBases",
    );
    expect(topUp.awardYuan).toBe(50_000);
    expect(zhOf(topUp)).toContain("此前已获得 45.00 万元，尚可获得 5.00 万元");
    expect(line({ qualifyingGraduates: 60 }, "internshipBases").status).toBe("missingInput");
  });
});

describe("（八） demonstration parks", () => {
  it("1. recognition: 20万 once, to the park operator", () => {
    const l = line({ newlyRecognisedPark: true }, "parkRecognition");
    expect(l.awardYuan).toBe(200_000);
    expect(l.recipient).toBe("parkOperator");
  });

  it("2. key enterprises brought in: 10—30万 each, as a range", () => {
    const l = line({ keyEnterprisesBroughtIn: 2 }, "parkKeyEnterprises");
    expect(l.awardMinYuan).toBe(200_000);
    expect(l.awardYuan).toBe(600_000);
    expect(zhOf(l)).toContain("估算结果：20.00 万元—60.00 万元");
  });

  it("2. foreign investment: 10万 per full 1000万美元, at most 30万 per park", () => {
    expect(line({ foreignInvestmentUsd: 35_000_000 }, "parkForeignInvestment").awardYuan).toBe(300_000);
    expect(line({ foreignInvestmentUsd: 9_999_999 }, "parkForeignInvestment").awardYuan).toBe(0);
    const capped = line({ foreignInvestmentUsd: 45_000_000 }, "parkForeignInvestment");
    expect(capped.awardYuan).toBe(300_000);
    expect(zhOf(capped)).toContain("4500.00 万美元 含 4 个 1000.00 万美元");
    const received = { foreignInvestmentUsd: 35_000_000, foreignInvestmentAwardReceivedYuan: 100_000 };
    expect(line(received, "parkForeignInvestment").awardYuan).toBe(200_000);
  });

  it("3. rent: 30%, at most 1000 平方米 and 3 years, 3 years in the park, more than 500万 executed", () => {
    const ok = { yearsInPark: 3, onshoreExecutedYuan: 5_000_001, annualRentYuan: 600_000 };
    // 60万 × 1000 ÷ 1200 = 50万; 30% = 15万.
    const large = line({ ...ok, leasedSquareMetres: 1200 }, "parkRent");
    expect(large.awardYuan).toBe(150_000);
    expect(zhOf(large)).toContain("60.00 万元 × 1000 平方米 ÷ 1200 平方米 = 50.00 万元");
    expect(line({ ...ok, leasedSquareMetres: 800 }, "parkRent").awardYuan).toBe(180_000);
    const atThreshold = line({ ...ok, onshoreExecutedYuan: 5_000_000, leasedSquareMetres: 800 }, "parkRent");
    expect(atThreshold.status).toBe("notEligible");
    expect(zhOf(atThreshold)).toContain("合同执行额须超过 500.00 万元，填报为 500.00 万元：不符合");
    expect(line({ ...ok, yearsInPark: 2, leasedSquareMetres: 800 }, "parkRent").status).toBe("notEligible");
    expect(line({ ...ok, leasedSquareMetres: 800, rentSubsidyYearsReceived: 2 }, "parkRent").awardYuan).toBe(
      180_000,
    );
    const spent = line({ ...ok, leasedSquareMetres: 800, rentSubsidyYearsReceived: 3 }, "parkRent");
    expect(spent.status).toBe("notEligible");
    expect(zhOf(spent)).toContain("期限已满");
    expect(line({ annualRentYuan: 600_000 }, "parkRent").status).toBe("missingInput");
  });
});

describe("（九） public service platforms: 30%, at most 200万 per platform", () => {
  it("caps each platform", () => {
    // 800万 × 30% = 240万 → 200万; 300万 × 30% = 90万.
    const l = line({ platformCostsYuan: [8_000_000, 3_000_000] }, "publicServicePlatforms");
    expect(l.awardYuan).toBe(2_900_000);
  });
});

describe("四、（三） at most 500万 a year for a single enterprise", () => {
  const large: SubsidyEstimateInput = {
    lastYearExecutedYuan: 0,
    onshoreExecutedYuan: 100_000_000,
    offshoreExecutedUsd: 3_000_000,
    usdRate: fx,
    newPatentsTwoYears: true,
    newlyRecognisedAdvancedTechnology: true,
    platformCostsYuan: [8_000_000],
  };

  it("cuts the enterprise's total to 500万 and says by how much", () => {
    // 200 + 200 + 60 + 10 + 200 = 670万 → 500万, 170万 taken off.
    const enterprise = estimateSubsidies(large).groups.find((g) => g.recipient === "enterprise");
    expect(enterprise?.subtotalYuan).toBe(6_700_000);
    expect(enterprise?.totalYuan).toBe(enterpriseYearlyCapYuan);
    expect(enterprise?.capCutYuan).toBe(1_700_000);
    const zh = enterprise?.explanation.map((t) => t.zh).join("\n") ?? "";
    expect(zh).toContain(enterpriseYearlyCapText.zh);
    expect(zh).toContain("合计 670.00 万元 超过 500.00 万元，按 500.00 万元 计，核减 170.00 万元");
    const summary = estimateSubsidies(large).summary;
    expect(summary.zh).toContain(
      "申报企业：500.00 万元（合计 670.00 万元，按单个企业年度最高 500.00 万元 核减 170.00 万元）",
    );
  });

  it("leaves a total under the cap alone", () => {
    const enterprise = estimateSubsidies({ newlyRecognisedAdvancedTechnology: true }).groups[0];
    expect(enterprise?.totalYuan).toBe(100_000);
    expect(enterprise?.capCutYuan).toBe(0);
    expect(enterprise?.explanation.map((t) => t.zh).join("")).toContain("无需核减");
  });

  it("applies to the park's operating enterprise, range and all, but not to a training institution", () => {
    const groups = estimateSubsidies({ keyEnterprisesBroughtIn: 20, qualifyingTrainees: 20_000 }).groups;
    const park = groups.find((g) => g.recipient === "parkOperator");
    expect(park?.subtotalYuan).toBe(6_000_000);
    expect(park?.subtotalMinYuan).toBe(2_000_000);
    expect(park?.totalYuan).toBe(5_000_000);
    expect(park?.totalMinYuan).toBe(2_000_000);
    const training = groups.find((g) => g.recipient === "trainingInstitution");
    expect(training?.capYuan).toBeUndefined();
    expect(training?.totalYuan).toBe(10_000_000);
  });
});
