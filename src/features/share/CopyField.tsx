import { useId, useState } from 'react';
import { t } from '../../lib/strings.ts';

/** A read-only text with a Copy button: the link, the embed code, the alt text. */
export function CopyField({ label, value, multiline }: { label: string; value: string; multiline?: boolean }) {
  const [copied, setCopied] = useState(false);
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1500);
    } catch {
      // No clipboard permission: select the text so the reader can copy it by hand.
      (document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null)?.select();
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div>
        {multiline ? (
          <textarea id={id} readOnly value={value} rows={4} onFocus={(e) => e.currentTarget.select()} />
        ) : (
          <input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        )}
        <button type="button" onClick={() => void copy()} aria-live="polite">
          {copied ? t.share.copied : t.share.copy}
        </button>
      </div>
    </div>
  );
}
