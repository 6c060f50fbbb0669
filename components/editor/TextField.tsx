/** A labelled single-line (or multi-line) text input that commits every keystroke to the draft. */
export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(next: string): void;
  multiline?: boolean;
  type?: 'text' | 'url' | 'number';
  required?: boolean;
  hint?: string;
  /** What is wrong with the value, in words: shown beside it, the field marked invalid. */
  error?: string;
}

export function TextField({ id, label, value, onChange, multiline, type = 'text', required, hint, error }: TextFieldProps) {
  const common = {
    id,
    value,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined,
    onInput: (e: Event) => onChange((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {multiline ? <textarea rows={2} {...common} /> : <input type={type} {...common} />}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
