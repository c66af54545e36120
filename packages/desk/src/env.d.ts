// Stylesheets imported for their side effect (the stories load the desk's CSS).
declare module "*.css";
