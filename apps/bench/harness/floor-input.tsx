import { useState } from "react";

/**
 * One controlled input and nothing else: what any React form pays per keystroke in this browser
 * (event dispatch, one state update, one commit). The ratios of the other cases read against it.
 */
export function FloorInput({ benchField }: { benchField: string }) {
  const [value, setValue] = useState("");
  return (
    <label>
      {benchField}
      <input name={benchField} value={value} onChange={(event) => setValue(event.target.value)} />
    </label>
  );
}
