// Every data table reflows to stacked rows when its container is narrow (styles/reflow.css): each cell then shows
// its column's name from a data-label attribute. This labels the cells of every `.data-table` from its header row,
// once when a table appears and again when its rows change, so each screen's table needs no code of its own.
// Work is batched to one animation frame; typing into a cell changes no rows, so it costs nothing.
// Rule source: docs/architecture.md (renderer), WCAG 2.2 SC 1.4.10 (reflow at 320 CSS pixels wide).

/** The text of each column's header, by column index, from the table's last header row. */
function columnNames(table: HTMLTableElement): string[] {
  const rows = table.tHead?.rows;
  const row = rows && rows.length > 0 ? rows[rows.length - 1] : undefined;
  if (!row) {
    return [];
  }
  const names: string[] = [];
  for (const cell of Array.from(row.cells)) {
    const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
    for (let i = 0; i < cell.colSpan; i += 1) {
      names.push(text);
    }
  }
  return names;
}

/** Sets data-label on every body cell of `table` that has a named column and no label of its own. */
export function labelTable(table: HTMLTableElement): void {
  const names = columnNames(table);
  if (names.length === 0) {
    return;
  }
  for (const body of Array.from(table.tBodies)) {
    for (const row of Array.from(body.rows)) {
      let column = 0;
      for (const cell of Array.from(row.cells)) {
        const name = names[column];
        if (name && cell.dataset.label !== name && !cell.hasAttribute('data-label-own')) {
          cell.dataset.label = name;
        }
        column += cell.colSpan;
      }
    }
  }
}

/** Watches the document and labels the cells of every data table it shows. Returns a function to stop. */
export function watchTableLabels(root: HTMLElement = document.body): () => void {
  const pending = new Set<HTMLTableElement>();
  let frame = 0;
  const run = () => {
    frame = 0;
    for (const table of pending) {
      if (table.isConnected) {
        labelTable(table);
      }
    }
    pending.clear();
  };
  const queue = (table: HTMLTableElement | null) => {
    if (table?.classList.contains('data-table')) {
      pending.add(table);
      if (frame === 0) {
        frame = requestAnimationFrame(run);
      }
    }
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target;
      if (!(target instanceof Element)) {
        continue;
      }
      const table = target.closest('table');
      if (table) {
        queue(table);
        continue;
      }
      for (const node of Array.from(record.addedNodes)) {
        if (node instanceof Element) {
          node.querySelectorAll<HTMLTableElement>('table.data-table').forEach(queue);
          if (node instanceof HTMLTableElement) {
            queue(node);
          }
        }
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  root.querySelectorAll<HTMLTableElement>('table.data-table').forEach(queue);
  return () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
  };
}
