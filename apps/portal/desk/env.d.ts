declare module "virtual:tianbiao-tokens.css";
declare module "*.css";
