import { LANGS } from '../../data/lang.ts';
import { t } from '../../lib/strings.ts';
import { useAppActions, useAppStore } from '../../store/AppContext.tsx';

/** English · Русский · Қазақша: each name in its own language, the selection kept. */
export function LanguageSwitch() {
  const lang = useAppStore((s) => s.selection.lang);
  const { setLang } = useAppActions();
  return (
    <div className="language-switch" role="group" aria-label={t.language}>
      {LANGS.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={l === lang} onClick={() => setLang(l)}>
          {t.languageNames[l]}
        </button>
      ))}
    </div>
  );
}
