// The Undo and Redo buttons under a text field, named for the field so a screen reader says which one.
// Rule source: undo/redo in text fields.
type Props = {
  label: string;
  canUndo: boolean;
  canRedo: boolean;
  onStep: (which: 'undo' | 'redo') => void;
};

export function UndoRedoButtons({ label, canUndo, canRedo, onStep }: Props) {
  return (
    <div className="text-block__tools">
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={!canUndo}
        aria-label={`Undo in ${label}`}
        title="Undo (Ctrl+Z)"
        onClick={() => onStep('undo')}
      >
        Undo
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={!canRedo}
        aria-label={`Redo in ${label}`}
        title="Redo (Ctrl+Y or Ctrl+Shift+Z)"
        onClick={() => onStep('redo')}
      >
        Redo
      </button>
    </div>
  );
}
