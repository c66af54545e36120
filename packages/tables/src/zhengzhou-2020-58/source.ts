import type { SourceRef, Text } from "@tianbiao/core";

/** 郑政办〔2020〕58号 at one of its parts. */
export const zhengzhouSource = (section: Text): SourceRef => ({
  document: {
    zh: "郑政办〔2020〕58号 郑州市人民政府办公厅关于印发郑州市进一步加快服务外包发展政策措施的通知",
    en: "Zhengzhengban [2020] No. 58, Notice of the General Office of the Zhengzhou Municipal People's Government on issuing the Zhengzhou measures to further speed up the development of service outsourcing",
  },
  seed: "004_d68624f843cbab38.txt",
  section,
});
