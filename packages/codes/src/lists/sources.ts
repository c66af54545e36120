import type { Text } from "../types";

// The documents the lists were typed from; each list names the part it comes from.

export const statisticalSurveySystem: Text = {
  zh: "国统制〔2022〕45号 服务外包统计调查制度",
  en: "Guotongzhi [2022] No. 45 Statistical Survey System for Service Outsourcing",
};

export const keyEnterpriseNotice: Text = {
  zh: "商办服贸函〔2021〕360号 商务部办公厅 工业和信息化部办公厅关于组织申报信息技术外包和制造业融合发展重点企业的通知",
  en:
    "Shangban Fumaohan [2021] No. 360 Notice of the General Offices of the Ministry of Commerce and the Ministry " +
    "of Industry and Information Technology on applications for key enterprises in the integrated development " +
    "of information technology outsourcing and manufacturing",
};

export const outsourcingPlanOutline: Text = {
  zh: "中国对外经济贸易文告 2013年第11期 商服贸发〔2012〕431号 中国国际服务外包产业发展规划纲要(2011—2015)",
  en:
    "China Foreign Trade and Economic Cooperation Gazette 2013 No. 11, Shangfumaofa [2012] No. 431 Guideline " +
    "of China International Service Outsourcing Development Planning (2011-2015)",
};

export const zhengzhouMeasures: Text = {
  zh: "郑政办〔2020〕58号 附件：服务外包产业重点发展领域指导目录（2018 年版）",
  en:
    "Zhengzhengban [2020] No. 58, annex: Guidance Catalogue of Key Development Fields of the Service " +
    "Outsourcing Industry (2018 edition)",
};

export const cciipNotice: Text = {
  zh: "中投促函[2020] 25号 关于开展2020年中国数字服务暨服务外包领军企业推介工作的通知",
  en:
    "CCIIP Letter [2020] No. 25 Notice on the 2020 Recommendation of China's Leading Digital Service and " +
    "Service Outsourcing Enterprises",
};
