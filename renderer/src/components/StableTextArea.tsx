// A textarea that React renders once and then leaves alone: its props never change, so typing in a 40-page field
// re-renders the field around it but never touches the textarea element (no DOM writes, no relayout of its
// text). Its handlers are read from a ref that the owning field keeps current.
import { memo } from 'react';
import type { KeyboardEvent, Ref, RefObject } from 'react';

/** What the owning field does on each event; kept in a ref so the textarea's props stay the same. */
export type TextAreaHandlers = {
  change: (text: string) => void;
  keyDown: (e: KeyboardEvent<HTMLTextAreaElement>) => void;
  blur: () => void;
};

type Props = {
  id: string;
  rows: number;
  describedBy: string | undefined;
  areaRef: Ref<HTMLTextAreaElement>;
  handlers: RefObject<TextAreaHandlers>;
};

export const StableTextArea = memo(function StableTextArea(props: Props) {
  const { id, rows, describedBy, areaRef, handlers } = props;
  return (
    <textarea
      id={id}
      ref={areaRef}
      rows={rows}
      aria-describedby={describedBy}
      onChange={(e) => handlers.current.change(e.target.value)}
      onKeyDown={(e) => handlers.current.keyDown(e)}
      onBlur={() => handlers.current.blur()}
    />
  );
});
