import rendererCss from "@tianbiao/react/styles.css?inline";
import { css as tokensCss } from "@tianbiao/tokens";

/** Host-isolated styles: the tokens' variables on :host, the renderer's rules inside the shadow root. */
export function styleText(): string {
  return `:host { display: block; all: initial; }\n${tokensCss}\n${rendererCss}`;
}
