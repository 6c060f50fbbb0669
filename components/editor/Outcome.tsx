/** The result of an editor action, said in words: a status line, or an alert listing each problem. */
export type OutcomeValue = { kind: 'ok' | 'error'; text: string; errors?: string[] };

export function Outcome({ value }: { value: OutcomeValue | null }) {
  if (!value) return null;
  return (
    <div role={value.kind === 'error' ? 'alert' : 'status'} class={value.kind === 'error' ? 'problem' : 'notice-ok'}>
      <p>{value.text}</p>
      {value.errors && (
        <ul>
          {value.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
